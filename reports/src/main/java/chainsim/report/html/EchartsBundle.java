package chainsim.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The ECharts library as shipped in the {@code org.mvnpm:echarts} jar, read once. */
public final class EchartsBundle {
  public static final String VERSION = "6.0.0";
  private static final String BASE = "/META-INF/resources/_static/echarts/" + VERSION + "/";
  private static volatile String script;

  private EchartsBundle() {}

  /** {@code dist/echarts.min.js}, to inline in a {@code <script>} element. */
  public static String script() {
    String s = script;
    if (s == null) {
      s = read("dist/echarts.min.js");
      script = s;
    }
    return s;
  }

  /** The ECharts licence notice, which a page embedding the library carries. */
  public static String notice() {
    return read("NOTICE");
  }

  private static String read(String path) {
    try (InputStream in = EchartsBundle.class.getResourceAsStream(BASE + path)) {
      if (in == null) {
        throw new IllegalStateException("ECharts " + VERSION + " not on the classpath (" + path + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

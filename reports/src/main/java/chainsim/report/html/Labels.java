package chainsim.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of a report in one language, from {@code <name>_zh.properties} and
 * {@code <name>_en.properties} files (UTF-8) next to a class. The page machinery has its own
 * ({@code html/labels_*.properties}: units, percentiles, table words); each report adds its own
 * with {@link #with}.
 */
public final class Labels {
  private final Lang lang;
  private final Map<String, String> words;

  private Labels(Lang lang, Map<String, String> words) {
    this.lang = lang;
    this.words = Collections.unmodifiableMap(words);
  }

  /** The page machinery's words. */
  public static Labels of(Lang lang) {
    return new Labels(lang, read(Labels.class, "labels", lang));
  }

  /** These words and those of {@code <baseName>_<lang>.properties} next to {@code anchor}, which win. */
  public Labels with(Class<?> anchor, String baseName) {
    Map<String, String> merged = new TreeMap<>(words);
    merged.putAll(read(anchor, baseName, lang));
    return new Labels(lang, merged);
  }

  public Lang lang() {
    return lang;
  }

  /** The word for a key; a missing key is a bug in the report, not the user's input. */
  public String get(String key) {
    String w = words.get(key);
    if (w == null) {
      throw new IllegalArgumentException("no " + lang.code() + " label '" + key + "'");
    }
    return w;
  }

  /** The word for a key that comes from data (a cost account, an event type), or a fallback. */
  public String getOr(String key, String fallback) {
    return words.getOrDefault(key, fallback);
  }

  /** The word with {@code {0}}, {@code {1}}... replaced by the arguments in order. */
  public String format(String key, Object... args) {
    String w = get(key);
    for (int i = 0; i < args.length; i++) {
      w = w.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return w;
  }

  /** Every key and word, sorted by key. */
  public Map<String, String> all() {
    return words;
  }

  /** Words whose keys start with a prefix, the prefix removed (for the page script). */
  public Map<String, String> withPrefix(String prefix) {
    Map<String, String> out = new TreeMap<>();
    words.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  static Map<String, String> read(Class<?> anchor, String baseName, Lang lang) {
    String name = baseName + "_" + lang.code() + ".properties";
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("labels file " + name + " missing next to " + anchor.getName());
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/** Through the command line, a broken scenario exits with 2 and located lines, never a stack trace. */
class CliMutationTest {
  private static final String BASELINE = read(Path.of("../scenarios/baseline.yaml"));

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void brokenFileExitsWithTwoAndLocatedLines(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    String[] lines = BASELINE.split("\n", -1);
    int i = random.nextInt(lines.length);
    String[] breakages = {"zz_unknown: 1", "seed: [", "name: ~", "\u0007", "deep: " + "[".repeat(80)};
    lines[i] = breakages[random.nextInt(breakages.length)] + "\n" + lines[i];
    Path file = Files.createTempFile("broken", ".yaml");
    try {
      Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = ChainsimCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate",
          file.toString());
      assertThat(exit).isEqualTo(2);
      assertThat(err.toString().lines()).isNotEmpty().allMatch(l -> l.matches("^[^:]+:\\d+:\\d+: .+"));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

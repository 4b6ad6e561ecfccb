package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.testing.YamlEdits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Through the command line, a mutated example either validates ({@code FILE: ok}, exit 0) or exits
 * with 2 and nothing but {@code file:line:column: message} lines on standard error: never a stack
 * trace, exit 1 or a hang. Mutations that always break a file must give exit 2.
 */
class CliMutationTest {
  private static final Pattern LOCATED = Pattern.compile("^[^:]+:\\d+:\\d+: .+");
  private static final Pattern KEY_LINE = Pattern.compile("(?m)^( *)(?:- )?([a-z_]+):.*$");
  private static final Pattern SCALAR = Pattern.compile("(?m)^( *)([a-z_]+): ([^{\\[&*|>#\\s][^#\\n]*?)(\\s*#.*)?$");
  private static final Pattern NUMBER = Pattern.compile("(?m)^( *)([a-z_]+): (-?[0-9][0-9_.eE+-]*)(\\s*#.*)?$");
  private static final List<String> EXAMPLES = List.of("baseline.yaml", "growth.yaml", "agent-comparator.yaml");
  /** A copy of the examples and the root marker, so that extends behaves as in scenarios/. */
  private static final Path ROOT = copyOfTheExamples();
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "cli-mutation-worker");
    t.setDaemon(true);
    return t;
  });

  record Mutated(byte[] bytes, boolean breaks, String what) {}

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void mutatedFileValidatesOrExitsWithTwoAndLocatedLines(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    String name = EXAMPLES.get(random.nextInt(EXAMPLES.size()));
    Mutated m = mutate(Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8), name, random);
    Path file = ROOT.resolve("mutated.yaml");
    Files.write(file, m.bytes());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Future<Integer> run = WORKER.submit(() -> ChainsimCommand.execute(new PrintWriter(out, true),
        new PrintWriter(err, true), "validate", file.toString()));
    int exit;
    try {
      exit = run.get(20, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      throw new AssertionError("validate did not answer within 20 s (" + m.what() + ")", e);
    }
    String stderr = err.toString();
    assertThat(stderr).as(m.what()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    if (exit == 0 && !m.breaks()) {
      assertThat(out.toString()).isEqualTo(file + ": ok\n");
      assertThat(stderr).isEmpty();
    } else {
      assertThat(exit).as("%s: %s", m.what(), stderr).isEqualTo(2);
      assertThat(out.toString()).isEmpty();
      assertThat(stderr.lines()).as(m.what()).isNotEmpty().allMatch(l -> LOCATED.matcher(l).matches());
    }
  }

  /** One random change: some always break a scenario, some may leave it valid. */
  static Mutated mutate(String text, String name, Random random) {
    switch (random.nextInt(12)) {
      case 0: {
        String[] lines = {"zz_unknown: 1", "seed: [", "name: ~", "\u0007", "deep: " + "[".repeat(80), "  - x: {"};
        String line = lines[random.nextInt(lines.length)];
        return text(insertLine(text, line, random), true, "inserted " + line);
      }
      case 1: {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return text(String.join("\n", lines), false, "a line deleted");
      }
      case 2: {
        Matcher k = pick(KEY_LINE, text, random);
        return text(YamlEdits.withoutBlock(text, k.start()), false, "key " + k.group(2) + " deleted");
      }
      case 3: {
        String[] values = {"1e300", "99999999999999999999", "2147483648", "-1", "-0.5", "-2147483649", "0"};
        return number(text, values[random.nextInt(values.length)], false, random);
      }
      case 4: {
        String[] values = {"-1e300", "-99999999999999999999", ".nan", "-.inf", "1e999", "\"12\"", "yes", "012"};
        return number(text, values[random.nextInt(values.length)], true, random);
      }
      case 5: {
        Matcher s = pick(SCALAR, text, random);
        String swapped = s.group(3).strip().matches("-?[0-9][0-9_.eE+-]*") ? "\"text\"" : "[1, 2]";
        return text(text.substring(0, s.start(3)) + swapped + text.substring(s.end(3)), !s.group(3).contains("-"),
            s.group(2) + " of another type");
      }
      case 6: {
        String[] bases = {"nowhere.yaml", "mutated.yaml", "[baseline.yaml, ./baseline.yaml]", "../../outside.yaml", ".",
            "[1]"};
        return text(YamlEdits.withExtends(text, bases[random.nextInt(bases.length)]), true, "broken extends");
      }
      case 7: {
        String[] bases = {"baseline.yaml", "growth.yaml", "agent-comparator.yaml", "[baseline.yaml, growth.yaml]"};
        String base = bases[random.nextInt(bases.length)];
        return text(YamlEdits.withExtends(text, base), false, "extends " + base);
      }
      case 8: {
        int at = random.nextInt(text.length());
        String junk = "{}[]:,-#&*!|>'\"%@` ~?\t";
        return text(text.substring(0, at) + junk.charAt(random.nextInt(junk.length())) + text.substring(at), false,
            "a character inserted");
      }
      case 9:
        return text(text.substring(0, random.nextInt(text.length())), false, "truncated");
      case 10: {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(utf8.length);
        byte[] bytes = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, bytes, 0, at);
        bytes[at] = (byte) (0xF8 + random.nextInt(8));
        System.arraycopy(utf8, at, bytes, at + 1, utf8.length - at);
        return new Mutated(bytes, true, "invalid UTF-8 at byte " + at);
      }
      default: {
        StringBuilder bomb = new StringBuilder("zz_bomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
          bomb.append("  a").append(i).append(": &a").append(i).append(" [");
          for (int j = 0; j < 10; j++) {
            bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
          }
          bomb.append("]\n");
        }
        return text(text + "\n" + bomb, true, "alias bomb");
      }
    }
  }

  private static Mutated text(String text, boolean breaks, String what) {
    return new Mutated(text.getBytes(StandardCharsets.UTF_8), breaks, what);
  }

  private static String insertLine(String text, String line, Random random) {
    String[] lines = text.split("\n", -1);
    int i = random.nextInt(lines.length);
    lines[i] = line + "\n" + lines[i];
    return String.join("\n", lines);
  }

  private static Mutated number(String text, String value, boolean breaks, Random random) {
    Matcher n = pick(NUMBER, text, random);
    return text(text.substring(0, n.start(3)) + value + text.substring(n.end(3)), breaks,
        n.group(2) + ": " + value);
  }

  private static Matcher pick(Pattern pattern, String text, Random random) {
    Matcher m = YamlEdits.pick(pattern, text, random);
    if (m == null) {
      throw new IllegalStateException("no " + pattern + " in the example");
    }
    return m;
  }

  private static Path copyOfTheExamples() {
    try {
      Path root = Files.createTempDirectory("cli-mutation");
      root.toFile().deleteOnExit();
      for (String name : List.of("baseline.yaml", "growth.yaml", "agent-comparator.yaml", "chainsim.schema.json")) {
        Files.copy(Path.of("../scenarios", name), root.resolve(name));
        root.resolve(name).toFile().deleteOnExit();
      }
      root.resolve("mutated.yaml").toFile().deleteOnExit();
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

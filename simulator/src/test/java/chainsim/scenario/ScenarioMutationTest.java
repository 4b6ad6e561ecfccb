package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.testing.YamlEdits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
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
import net.jqwik.api.constraints.IntRange;

/**
 * Mutated example scenarios never make the loader throw or hang: a broken file gives a non-empty
 * list of located one-line problems, and a file the validator accepts also binds and round-trips.
 * One property tries each kind of mutation alone, 10,000 times; the other one to three of them
 * together, with random edits of the text.
 */
class ScenarioMutationTest {
  private static final Pattern LINE = Pattern.compile("^[^:]+:\\d+:\\d+: .+");
  private static final Pattern KEY_LINE = Pattern.compile("(?m)^( *)(?:- )?([a-z_]+):(.*)$");
  private static final Pattern SCALAR_LINE =
      Pattern.compile("(?m)^( *)([a-z_]+): ([^{\\[&*|>#\\s][^#\\n]*?)(\\s*#.*)?$");
  private static final Pattern NUMBER_LINE =
      Pattern.compile("(?m)^( *)([a-z_]+): (-?[0-9][0-9_.eE+-]*)(\\s*#.*)?$");
  private static final Pattern EXTENDS_LINE = Pattern.compile("(?m)^extends:.*$");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9_]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  /** Top-level keys every scenario needs, written by each example without extends. */
  private static final List<String> REQUIRED =
      List.of("name", "seed", "horizon", "capital", "industries", "skills", "roles", "regions", "products");
  private static final Duration PER_TRY = Duration.ofSeconds(10);
  /** One worker for every try: a thread per try would cost more than the validation itself. */
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mutation-worker");
    t.setDaemon(true);
    return t;
  });
  private static final List<Path> EXAMPLES = List.of(
      Path.of("../scenarios/baseline.yaml"), Path.of("../scenarios/growth.yaml"),
      Path.of("../scenarios/agent-comparator.yaml"), Path.of("../scenarios/national.yaml"));
  private static final List<String> TEXTS = EXAMPLES.stream().map(ScenarioMutationTest::read).toList();

  /** Ways to change a file; {@code breaks} when every scenario must then be rejected. */
  enum Mutation {
    UNKNOWN_KEY(true), WRONG_TYPE(true), TYPE_SWAP(true), NOT_A_FINITE_NUMBER(true), HUGE_NEGATIVE_NUMBER(true),
    CONTROL_CHARACTER(true), DEEP_NESTING(true), ALIAS_BOMB(true), HUGE_STRING(true), DUPLICATE_KEY(true),
    REQUIRED_KEY_REMOVED(true), INVALID_UTF8_BYTES(true), BROKEN_EXTENDS(true),
    KEY_DELETED(false), LINE_DELETED(false), LARGE_NUMBER(false), NEGATIVE_NUMBER(false), OTHER_EXTENDS(false);

    final boolean breaks;

    Mutation(boolean breaks) {
      this.breaks = breaks;
    }
  }

  @Property(tries = 10_000, shrinking = ShrinkingMode.OFF)
  void mutatedScenarioGivesLocatedProblemsOrOneThatRoundTrips(
      @ForAll @IntRange(min = 0, max = 99) int example, @ForAll Mutation mutation, @ForAll long seed) {
    // national.yaml is four times the size of the others: one try in fifty keeps the suite quick.
    int index = example < 2 ? 3 : example % 3;
    Random random = new Random(seed);
    Path file = EXAMPLES.get(index);
    String text = mutation == Mutation.INVALID_UTF8_BYTES ? null : mutated(TEXTS.get(index), file, mutation, random);
    List<Problem> problems = assertTimeoutPreemptively(PER_TRY, () -> text == null
        ? validateBytes(TEXTS.get(index), random)
        : ScenarioLoader.validate(text, file));
    assertLocated(problems);
    if (mutation.breaks) {
      assertThat(problems).as("%s of %s", mutation, file).isNotEmpty();
    } else if (problems.isEmpty() && random.nextInt(4) == 0) {
      // a quarter of the accepted ones is enough to catch a scenario that does not round-trip
      assertRoundTrips(text, file);
    }
  }

  @Property(tries = 1_000, shrinking = ShrinkingMode.OFF)
  void anyMutationsGiveLocatedProblemsOrAScenarioThatRoundTrips(
      @ForAll @IntRange(min = 0, max = 2) int example, @ForAll long seed) {
    Random random = new Random(seed);
    Path file = EXAMPLES.get(example);
    String text = TEXTS.get(example);
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
      text = m == Mutation.INVALID_UTF8_BYTES || random.nextInt(3) == 0 ? edited(text, random)
          : mutated(text, file, m, random);
    }
    String mutated = text;
    List<Problem> problems = assertTimeoutPreemptively(PER_TRY, () -> ScenarioLoader.validate(mutated, file));
    assertLocated(problems);
    if (problems.isEmpty()) {
      assertRoundTrips(mutated, file);
    }
  }

  private static void assertRoundTrips(String text, Path file) {
    LoadedScenario loaded = assertTimeoutPreemptively(PER_TRY, () -> ScenarioLoader.load(text, file));
    assertThat(ScenarioLoader.validate(loaded.resolvedYaml(), file)).isEmpty();
  }

  /** The call's result, or a failure when it takes longer than {@link #PER_TRY} (a hang). */
  private static <T> T assertTimeoutPreemptively(Duration limit, Callable<T> call) {
    Future<T> result = WORKER.submit(call);
    try {
      return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new AssertionError("no answer within " + limit + ": a hang", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("the loader threw", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void assertLocated(List<Problem> problems) {
    for (Problem p : problems) {
      assertThat(p.format()).matches(LINE).doesNotContain("\n").doesNotContain("internal error");
    }
  }

  /** Thrown when a mutation finds nothing to change (an earlier edit took it away). */
  private static final class NothingToMutate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NothingToMutate() {
      super(null, null, false, false);
    }
  }

  /**
   * The text with one mutation (INVALID_UTF8_BYTES works on bytes; see {@link #validateBytes}), or
   * the text unchanged when it has nothing the mutation applies to (only after other edits).
   */
  static String mutated(String text, Path file, Mutation mutation, Random random) {
    try {
      return mutation(text, file, mutation, random);
    } catch (NothingToMutate e) {
      return text;
    }
  }

  private static String mutation(String text, Path file, Mutation mutation, Random random) {
    switch (mutation) {
      case UNKNOWN_KEY: {
        Matcher m = pick(KEY_LINE, text, random);
        String indent = m.group(0).startsWith(m.group(1) + "- ") ? m.group(1) + "  " : m.group(1);
        return text.substring(0, m.start()) + indent + "zz_unknown_key: 1\n" + text.substring(m.start());
      }
      case WRONG_TYPE: {
        Matcher m = pick(SCALAR_LINE, text, random);
        return text.substring(0, m.start(3)) + "{ zz_bogus: 1 }" + text.substring(m.end(3));
      }
      case TYPE_SWAP: {
        // a number where text goes, a list where a number, a string or a boolean goes
        Matcher m = pick(SCALAR_LINE, text, random);
        String swapped = NUMBER.matcher(m.group(3).strip()).matches() ? "\"not a number\"" : "[1, 2]";
        return text.substring(0, m.start(3)) + swapped + text.substring(m.end(3));
      }
      case NOT_A_FINITE_NUMBER:
        return number(text, random, ".nan", ".inf", "-.inf", "1e999", "\"NaN\"");
      case HUGE_NEGATIVE_NUMBER:
        return number(text, random, "-1e300", "-99999999999999999999", "-" + "9".repeat(2000));
      case LARGE_NUMBER:
        return number(text, random, "1e15", "1e300", "99999999999999999999", "2147483648", "9223372036854775808",
            "1e-300", "123456789.123456789");
      case NEGATIVE_NUMBER:
        return number(text, random, "-1", "-0.5", "-1e-9", "-2147483649", "-0");
      case CONTROL_CHARACTER: {
        int[] bad = {0, 1, 7, 8, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0xFFFE};
        int at = random.nextInt(text.length());
        return text.substring(0, at) + (char) bad[random.nextInt(bad.length)] + text.substring(at);
      }
      case DEEP_NESTING: {
        int depth = 65 + random.nextInt(500);
        return text + "\nzz_deep: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
      }
      case ALIAS_BOMB:
        return text + "\n" + aliasBomb(8 + random.nextInt(8));
      case HUGE_STRING:
        return text + "\nzz_huge: \"" + "x".repeat(10_000 + random.nextInt(50_000)) + "\"\n";
      case DUPLICATE_KEY: {
        Matcher m = pick(SCALAR_LINE, text, random);
        return text.substring(0, m.end()) + "\n" + m.group() + text.substring(m.end());
      }
      case REQUIRED_KEY_REMOVED: {
        // an overlay without its extends lacks most required keys; a full file loses one
        Matcher e = EXTENDS_LINE.matcher(text);
        return e.find() ? text.substring(0, e.start()) + text.substring(e.end())
            : YamlEdits.withoutBlock(text, topLevelKey(text, REQUIRED.get(random.nextInt(REQUIRED.size()))));
      }
      case BROKEN_EXTENDS: {
        String self = file.getFileName().toString();
        String[] bases = {"nowhere.yaml", self, "[baseline.yaml, ./baseline.yaml]", "../../../../../etc/hostname",
            ".", "[1]", "{ a: 1 }", "\"\"", "[" + self + "]"};
        return YamlEdits.withExtends(text, bases[random.nextInt(bases.length)]);
      }
      case OTHER_EXTENDS: {
        String[] bases = {"baseline.yaml", "growth.yaml", "agent-comparator.yaml", "[baseline.yaml, growth.yaml]",
            "[agent-comparator.yaml, growth.yaml]", "./baseline.yaml"};
        return YamlEdits.withExtends(text, bases[random.nextInt(bases.length)]);
      }
      case KEY_DELETED: {
        Matcher m = pick(KEY_LINE, text, random);
        return YamlEdits.withoutBlock(text, m.start());
      }
      case LINE_DELETED: {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
      }
      default:
        throw new IllegalArgumentException(mutation.toString());
    }
  }

  /** A random number replaced by one of the values. */
  private static String number(String text, Random random, String... values) {
    Matcher m = pick(NUMBER_LINE, text, random);
    return text.substring(0, m.start(3)) + values[random.nextInt(values.length)] + text.substring(m.end(3));
  }

  private static int topLevelKey(String text, String key) {
    Matcher m = Pattern.compile("(?m)^" + key + ":").matcher(text);
    if (!m.find()) {
      throw new NothingToMutate();
    }
    return m.start();
  }

  /** Random edits of the text itself, which may or may not leave the file valid. */
  static String edited(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    switch (random.nextInt(5)) {
      case 0:
        return text.substring(0, random.nextInt(text.length()));
      case 1:
        lines.add(random.nextInt(lines.size()), lines.get(i));
        break;
      case 2: {
        String line = lines.get(i);
        int at = random.nextInt(line.length() + 1);
        String junk = "{}[]:,-#&*!|>'\"%@` ~?";
        lines.set(i, line.substring(0, at) + junk.charAt(random.nextInt(junk.length())) + line.substring(at));
        break;
      }
      case 3: {
        String line = lines.get(i);
        int at = random.nextInt(line.length() + 1);
        lines.set(i, line.substring(0, at) + line.substring(Math.min(line.length(), at + 1 + random.nextInt(4))));
        break;
      }
      default: {
        int j = random.nextInt(lines.size());
        String tmp = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, tmp);
      }
    }
    return String.join("\n", lines);
  }

  private static List<Problem> validateBytes(String text, Random random) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(utf8.length);
    byte[] bytes = new byte[utf8.length + 1];
    System.arraycopy(utf8, 0, bytes, 0, at);
    bytes[at] = (byte) (0xF8 + random.nextInt(8)); // never valid in UTF-8
    System.arraycopy(utf8, at, bytes, at + 1, utf8.length - at);
    Path file = Files.createTempFile("mutated", ".yaml");
    try {
      Files.write(file, bytes);
      return ScenarioLoader.validate(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static String aliasBomb(int levels) {
    StringBuilder bomb = new StringBuilder("zz_bomb:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < levels; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    return bomb.toString();
  }

  private static Matcher pick(Pattern pattern, String text, Random random) {
    Matcher m = YamlEdits.pick(pattern, text, random);
    if (m == null) {
      throw new NothingToMutate();
    }
    return m;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

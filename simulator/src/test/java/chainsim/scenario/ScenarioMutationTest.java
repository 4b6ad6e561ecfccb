package chainsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

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
 */
class ScenarioMutationTest {
  private static final Pattern LINE = Pattern.compile("^[^:]+:\\d+:\\d+: .+");
  private static final Pattern KEY_LINE = Pattern.compile("(?m)^( *)([a-z_]+):(.*)$");
  private static final Pattern SCALAR_LINE =
      Pattern.compile("(?m)^( *)([a-z_]+): ([^{\\[&*|>#\\s][^#\\n]*?)(\\s*#.*)?$");
  private static final Pattern NUMBER_LINE =
      Pattern.compile("(?m)^( *)([a-z_]+): (-?[0-9][0-9_.eE+-]*)(\\s*#.*)?$");
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

  /** Ways to break a file that every scenario must reject. */
  enum Breakage {
    UNKNOWN_KEY, WRONG_TYPE, NOT_A_FINITE_NUMBER, CONTROL_CHARACTER, DEEP_NESTING, ALIAS_BOMB, HUGE_STRING,
    DUPLICATE_KEY, REQUIRED_KEY_REMOVED, INVALID_UTF8_BYTES
  }

  @Property(tries = 10_000, shrinking = ShrinkingMode.OFF)
  void brokenScenarioGivesLocatedProblems(
      @ForAll @IntRange(min = 0, max = 99) int example, @ForAll Breakage breakage, @ForAll long seed) {
    // national.yaml is four times the size of the others: one try in fifty keeps the suite quick.
    int index = example < 2 ? 3 : example % 3;
    Random random = new Random(seed);
    List<Problem> problems = assertTimeoutPreemptively(PER_TRY, () -> breakage == Breakage.INVALID_UTF8_BYTES
        ? validateBytes(TEXTS.get(index), random)
        : ScenarioLoader.validate(broken(TEXTS.get(index), breakage, random), EXAMPLES.get(index)));
    assertThat(problems).as("%s of %s", breakage, EXAMPLES.get(index)).isNotEmpty();
    assertLocated(problems);
  }

  @Property(tries = 2_000, shrinking = ShrinkingMode.OFF)
  void anyMutationGivesLocatedProblemsOrAScenarioThatRoundTrips(
      @ForAll @IntRange(min = 0, max = 2) int example, @ForAll long seed) {
    Random random = new Random(seed);
    String text = mutated(TEXTS.get(example), random);
    Path file = EXAMPLES.get(example);
    List<Problem> problems = assertTimeoutPreemptively(PER_TRY, () -> ScenarioLoader.validate(text, file));
    assertLocated(problems);
    if (problems.isEmpty()) {
      LoadedScenario loaded = assertTimeoutPreemptively(PER_TRY, () -> ScenarioLoader.load(text, file));
      assertThat(ScenarioLoader.validate(loaded.resolvedYaml(), file)).isEmpty();
    }
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

  static String broken(String text, Breakage breakage, Random random) {
    switch (breakage) {
      case UNKNOWN_KEY: {
        Matcher m = pick(KEY_LINE, text, random);
        return text.substring(0, m.start()) + m.group(1) + "zz_unknown_key: 1\n" + text.substring(m.start());
      }
      case WRONG_TYPE: {
        Matcher m = pick(SCALAR_LINE, text, random);
        return text.substring(0, m.start(3)) + "{ zz_bogus: 1 }" + text.substring(m.end(3));
      }
      case NOT_A_FINITE_NUMBER: {
        Matcher m = pick(NUMBER_LINE, text, random);
        String[] values = {".nan", ".inf", "-.inf", "1e999", "\"NaN\""};
        return text.substring(0, m.start(3)) + values[random.nextInt(values.length)] + text.substring(m.end(3));
      }
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
      case REQUIRED_KEY_REMOVED:
        return text.replaceFirst("(?m)^name: .*$", "name: ~");
      default:
        throw new IllegalArgumentException(breakage.toString());
    }
  }

  /** Random edits that may or may not leave the file valid. */
  static String mutated(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = random.nextInt(lines.size());
    switch (random.nextInt(6)) {
      case 0:
        lines.remove(i);
        break;
      case 1:
        return text.substring(0, random.nextInt(text.length()));
      case 2: {
        Matcher m = pick(NUMBER_LINE, text, random);
        String[] values = {"-1", "0", "1e308", "-1e308", "99999999999999999999", "0.5", "2", "1e-300", "-0"};
        return text.substring(0, m.start(3)) + values[random.nextInt(values.length)] + text.substring(m.end(3));
      }
      case 3:
        lines.add(random.nextInt(lines.size()), lines.get(i));
        break;
      case 4: {
        String line = lines.get(i);
        int at = random.nextInt(line.length() + 1);
        String junk = "{}[]:,-#&*!|>'\"%@` ~?";
        lines.set(i, line.substring(0, at) + junk.charAt(random.nextInt(junk.length())) + line.substring(at));
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
    List<Integer> starts = new ArrayList<>();
    Matcher all = pattern.matcher(text);
    while (all.find()) {
      starts.add(all.start());
    }
    Matcher m = pattern.matcher(text);
    if (!m.find(starts.get(random.nextInt(starts.size())))) {
      throw new IllegalStateException("no match");
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

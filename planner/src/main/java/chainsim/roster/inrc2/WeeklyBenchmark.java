package chainsim.roster.inrc2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Runs INRC-II instances week by week within the competition's time per week (scaled) and tabulates
 * the evaluator's cost against the reference costs of the datasets' README.
 */
public final class WeeklyBenchmark {

  /** One instance's result. */
  public record Row(String instance, int nurses, double secondsPerWeek, Inrc2Evaluator.Cost cost,
      OptionalInt reference, long steps) {

    public Double gapPercent() {
      if (reference.isEmpty() || reference.getAsInt() == 0) {
        return null;
      }
      return 100.0 * (cost.total() - reference.getAsInt()) / reference.getAsInt();
    }
  }

  private WeeklyBenchmark() {
  }

  /**
   * The competition's time per week for N nurses on its machine: {@code 10 + 3 (N - 20)} seconds
   * (problem description §4.3), and no less than its 10 s at 20 nurses for the small test datasets.
   */
  public static double competitionSecondsPerWeek(int nurses) {
    return 10 + 3.0 * Math.max(0, nurses - 20);
  }

  /** Instance name to reference cost, from the README's table rows ({@code | n030w4_1_6-2-9-1 | 1755 |}). */
  public static Map<String, Integer> references(Path readme) throws IOException {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(readme)) {
      return out;
    }
    for (String line : Files.readAllLines(readme)) {
      String[] cells = line.trim().split("\\|");
      if (cells.length >= 3) {
        Matcher m = Inrc2Instance.NAME.matcher(cells[1].trim());
        if (m.matches() && cells[2].trim().matches("\\d+")) {
          out.put(cells[1].trim(), Integer.parseInt(cells[2].trim()));
        }
      }
    }
    return out;
  }

  /**
   * @param timeScale the share of the competition's time per week to give each week
   * @param stepsPerWeek a step budget per week (reproducible); with it the time is only a cap
   * @param solutions where to write each instance's weeks as {@code <instance>/sol-week<w>.txt}; null for nowhere
   * @param whole the offline reference instead: the whole horizon solved at once seeing every week
   *     ({@link WeeklyRun#runWhole}), with the weeks' budgets added up
   */
  public static List<Row> run(Path root, List<String> instances, Map<String, Integer> references, double timeScale,
      long stepsPerWeek, long seed, Path solutions, boolean whole, Consumer<String> progress) throws IOException {
    List<Inrc2Instance> loaded = new ArrayList<>();
    for (String name : instances) {
      loaded.add(Inrc2Instance.load(root, name));
    }
    List<Row> rows = new ArrayList<>();
    for (Inrc2Instance instance : loaded) {
      int nurses = instance.scenario().nurses().size();
      double seconds = competitionSecondsPerWeek(nurses) * timeScale;
      Duration perWeek = Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
      int weeks = instance.weeks().size();
      WeeklyRun.Result result = whole
          ? WeeklyRun.runWhole(instance, new WeekSolver.Budget(
              stepsPerWeek == Long.MAX_VALUE ? Long.MAX_VALUE : stepsPerWeek * weeks, perWeek.multipliedBy(weeks)), seed)
          : WeeklyRun.run(instance, w -> new WeekSolver.Budget(stepsPerWeek, perWeek), seed);
      if (solutions != null) {
        Path dir = solutions.resolve(instance.name());
        Files.createDirectories(dir);
        for (int w = 0; w < result.weeks().size(); w++) {
          Files.writeString(dir.resolve("sol-week" + w + ".txt"),
              Inrc2SolutionWriter.text(w, instance.scenario().id(), result.weeks().get(w)));
        }
      }
      Integer ref = references.get(instance.name());
      Row row = new Row(instance.name(), nurses, seconds, result.cost(),
          ref == null ? OptionalInt.empty() : OptionalInt.of(ref), result.steps());
      rows.add(row);
      progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: cost %d%s%s, %d weeks of %.1f s, %,d moves",
          rows.size(), loaded.size(), row.instance(), row.cost().total(),
          row.cost().feasible() ? "" : " INFEASIBLE (" + row.cost().hardViolations() + " hard)",
          row.gapPercent() == null ? "" : String.format(Locale.ROOT, " (reference %d, %+.1f %%)",
              ref, row.gapPercent()),
          instance.weeks().size(), seconds, row.steps()));
    }
    return rows;
  }

  /** The table: total cost, the validator's terms, the reference and the gap. */
  public static String markdown(List<Row> rows, String title) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(title).append("\n\n");
    out.append("| instance | s per week | cost | reference | gap % | hard | total assignments | consecutive "
        + "| days off | preferences | weekends | complete weekends | optimal cover |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      Map<String, Integer> s = r.cost().soft();
      Double gap = r.gapPercent();
      out.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |%n",
          r.instance(), r.secondsPerWeek(), r.cost().total(),
          r.reference().isPresent() ? Integer.toString(r.reference().getAsInt()) : "-",
          gap == null ? "-" : String.format(Locale.ROOT, "%.1f", gap), r.cost().hardViolations(),
          s.get(Inrc2Evaluator.TOTAL_ASSIGNMENTS), s.get(Inrc2Evaluator.CONSECUTIVE),
          s.get(Inrc2Evaluator.NON_WORKING_DAYS), s.get(Inrc2Evaluator.PREFERENCES),
          s.get(Inrc2Evaluator.MAX_WORKING_WEEKEND), s.get(Inrc2Evaluator.COMPLETE_WEEKENDS),
          s.get(Inrc2Evaluator.OPTIMAL_COVERAGE)));
    }
    return out.toString();
  }
}

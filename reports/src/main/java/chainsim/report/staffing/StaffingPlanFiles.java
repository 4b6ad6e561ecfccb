package chainsim.report.staffing;

import chainsim.report.html.Lang;
import chainsim.scenario.Planning;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioWriter;
import chainsim.staffing.MovesFile;
import chainsim.staffing.PlanOverlay;
import chainsim.staffing.StaffingResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A plan directory. {@code staffing-plan.yaml} extends {@code scenario.yaml}, the scenario exactly
 * as planned (resolved, like a run directory's): a plan file outside the scenarios' directory
 * could not extend the input where it lies (bases must stay inside the scenarios' root), and the
 * copy keeps the plan runnable and reproducible whatever later happens to the input.
 */
public final class StaffingPlanFiles {
  public static final String PLAN = "staffing-plan.yaml";
  public static final String SCENARIO = "scenario.yaml";
  public static final String SUMMARY = "staffing-summary.md";
  public static final String CHART = "headcount.html";

  private StaffingPlanFiles() {}

  /** The files, in the order they are listed to the user. */
  public static List<String> names() {
    return List.of(PLAN, SUMMARY, CHART, MovesFile.NAME, SCENARIO);
  }

  /**
   * Writes the plan into a directory.
   *
   * @param dir a fresh directory beside the plan's (renamed into place after), so that paths
   *     relative to it are relative to the plan's directory too
   * @param inputFile the scenario file planned; {@code input} is its name as the user gave it,
   *     recorded in the plan's header
   */
  public static void write(Path dir, StaffingResult r, Path inputFile, String input, String inputSha256)
      throws IOException {
    write(dir, r, inputFile, input, inputSha256, Lang.EN);
  }

  /** As {@link #write(Path, StaffingResult, Path, String, String)}, with the summary in {@code lang}. */
  public static void write(Path dir, StaffingResult r, Path inputFile, String input, String inputSha256, Lang lang)
      throws IOException {
    List<String> comments = List.of(
        "Staffing plan for " + r.scenario().name() + ", months " + r.firstMonth() + " to " + r.lastMonth() + " ("
            + r.calendar(r.firstMonth()) + " to " + r.calendar(r.lastMonth()) + "), written by chainsim plan staffing.",
        "Planned from " + input + " (resolved scenario sha256 " + inputSha256 + "), copied beside it as " + SCENARIO
            + ".",
        "Score " + r.score() + (r.feasible() ? "" : ": NOT FEASIBLE, see " + SUMMARY) + ". Run it: chainsim run "
            + PLAN);
    // the copy's employees files named from this directory, so the roster planner finds them from here
    Scenario copy = r.scenario().withPlanning(new Planning(r.scenario().planning().expansion(),
        r.scenario().planning().staffing(), r.scenario().planning().roster().movedTo(inputFile, dir),
        r.scenario().planning().rebalance()));
    write(dir.resolve(SCENARIO), ScenarioWriter.write(copy));
    String name = r.scenario().name().endsWith("-staffing") ? r.scenario().name() : r.scenario().name() + "-staffing";
    write(dir.resolve(PLAN), PlanOverlay.yaml(r.scenario(), SCENARIO, name, comments, r.targets()));
    write(dir.resolve(SUMMARY), StaffingSummary.markdown(r, PLAN, lang));
    write(dir.resolve(CHART), HeadcountChart.html(r, lang));
    write(dir.resolve(MovesFile.NAME), MovesFile.write(r.moves()));
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}

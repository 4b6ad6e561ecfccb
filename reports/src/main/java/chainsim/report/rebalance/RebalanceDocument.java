package chainsim.report.rebalance;

import chainsim.rebalance.calibration.PriorPosteriorRow;
import chainsim.rebalance.observations.NotCalibrated;
import chainsim.rebalance.replan.PlanChanges;
import chainsim.rebalance.replan.PlanInForce;
import chainsim.report.compare.Comparison;
import chainsim.staffing.StaffingResult;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything a rebalance found, for its pages.
 *
 * @param scenario the scenario's name
 * @param start the horizon's first month (month 1)
 * @param command the command line that made it
 * @param planInForce the plan the rebalance started from, each opening's status
 * @param changes what moved between the plan in force and the new plan
 * @param expansionSummary the expansion re-plan's verdict and score terms (Markdown), null when not re-planned
 * @param staffing the staffing re-plan, null when there was nothing to staff
 * @param comparison the previous forecast against the new one, null without a previous run
 * @param forecastCheckMarkdown the forecast check's section, null without a previous run
 * @param forecastCheck fills the page's forecast-check section, null without a previous run
 * @param staffingSkipped why staffing was not re-planned, when {@code staffing} is null
 * @param notes what the reader should know (steps skipped and why)
 */
public record RebalanceDocument(
    String scenario,
    YearMonth start,
    YearMonth asOf,
    String command,
    List<PriorPosteriorRow> calibrated,
    List<NotCalibrated> notCalibrated,
    PlanInForce planInForce,
    List<PlanChanges.Change> changes,
    String expansionSummary,
    StaffingResult staffing,
    Comparison comparison,
    String forecastCheckMarkdown,
    java.util.function.Consumer<chainsim.report.html.HtmlPage.Section> forecastCheck,
    String staffingSkipped,
    List<String> notes) {

  public RebalanceDocument {
    calibrated = List.copyOf(calibrated);
    notCalibrated = List.copyOf(notCalibrated);
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  /** Openings whose plan changed. */
  public long moved() {
    return changes.stream().filter(PlanChanges.Change::changed).count();
  }
}

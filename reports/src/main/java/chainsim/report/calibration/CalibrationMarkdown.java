package chainsim.report.calibration;

import chainsim.rebalance.calibration.PriorPosteriorRow;
import chainsim.rebalance.observations.NotCalibrated;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code calibration.md}: what the actuals changed in the scenario's assumptions, for a pull
 * request. Stable formatting so a month's change reads as a small diff: rows in the scenario's
 * declaration order, numbers with four significant digits in plain notation, no dates or paths
 * that depend on the machine.
 */
public final class CalibrationMarkdown {
  /** Significant digits shown: enough to see a move, few enough to read. */
  static final int DIGITS = 4;

  private CalibrationMarkdown() {}

  /**
   * @param scenarioName the calibrated scenario's name
   * @param scenarioShown the scenario file as the overlay names it (its {@code extends})
   */
  public static String of(String scenarioName, String scenarioShown, YearMonth asOf, List<PriorPosteriorRow> rows,
      List<NotCalibrated> notCalibrated) {
    StringBuilder md = new StringBuilder();
    md.append("# Calibration of ").append(scenarioName).append(" from the actuals to ").append(asOf).append("\n\n");
    md.append("`calibrated.yaml` extends `").append(scenarioShown).append("` and states the posterior of each")
        .append(" parameter below in place of its prior (docs/calibration.md). Parameters live on templates:")
        .append(" the branches built from one template pool into one update.\n\n");
    md.append("## Calibrated\n\n");
    if (rows.isEmpty()) {
      md.append("Nothing: the actuals inform no uncertain parameter of the scenario.\n");
    } else {
      md.append("| parameter | draw | prior | prior mean | prior P5–P95 | posterior mean | posterior P5–P95")
          .append(" | written as | observations | method | refit distance |\n");
      md.append("|---|---|---|---:|---|---:|---|---|---|---|---:|\n");
      for (PriorPosteriorRow r : rows) {
        md.append("| `").append(r.path()).append("` | ").append(r.draw()).append(" | ").append(r.priorDist())
            .append(" | ").append(number(r.priorMean()))
            .append(" | ").append(number(r.priorP5())).append("–").append(number(r.priorP95()))
            .append(" | ").append(number(r.posteriorMean()))
            .append(" | ").append(number(r.posteriorP5())).append("–").append(number(r.posteriorP95()))
            .append(" | ").append(r.posteriorDist())
            .append(" | ").append(r.observationShape()).append(": ").append(r.observations())
            .append(" | ").append(r.method())
            .append(" | ").append(number(r.refitDistance())).append(" |\n");
      }
    }
    md.append("\n## Not calibrated\n\n");
    if (notCalibrated.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append("| parameter | why |\n|---|---|\n");
      for (NotCalibrated n : notCalibrated) {
        md.append("| `").append(n.path()).append("` | ").append(n.reason().replace("|", "\\|")).append(" |\n");
      }
    }
    return md.toString();
  }

  /** The short table the command prints: parameter, prior mean, posterior mean and P5–P95, observations. */
  public static String console(List<PriorPosteriorRow> rows) {
    if (rows.isEmpty()) {
      return "Nothing calibrated: the actuals inform no uncertain parameter of the scenario." + System.lineSeparator();
    }
    int width = "parameter".length();
    for (PriorPosteriorRow r : rows) {
      width = Math.max(width, r.path().length());
    }
    StringBuilder out = new StringBuilder();
    String format = "%-" + width + "s  %10s  %10s  %-21s  %s%n";
    out.append(String.format(java.util.Locale.ROOT, format, "parameter", "prior mean", "posterior", "posterior P5-P95",
        "observations"));
    for (PriorPosteriorRow r : rows) {
      out.append(String.format(java.util.Locale.ROOT, format, r.path(), number(r.priorMean()),
          number(r.posteriorMean()), number(r.posteriorP5()) + "-" + number(r.posteriorP95()), r.observations()));
    }
    return out.toString();
  }

  /** Four significant digits, plain notation, no trailing zeros. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(value).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }
}

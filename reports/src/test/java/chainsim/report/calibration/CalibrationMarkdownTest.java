package chainsim.report.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.rebalance.calibration.PriorPosteriorRow;
import chainsim.rebalance.observations.NotCalibrated;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationMarkdownTest {

  @Test
  void tableRowsShowFourSignificantDigitsInPlainNotationAndReasonsEscapePipes() {
    PriorPosteriorRow row = new PriorPosteriorRow("branch_templates[t].productivity.conversion_rate", "replication",
        "beta", 0.2, 0.09415502607649039, 0.32887269243481676, 84.0 / 1073, 0.06526363224935168, 0.09220049275376357,
        "beta", "binomial", "78/1043 over 6 months", "beta-binomial", 0.0);
    String md = CalibrationMarkdown.of("suzhou", "../../baseline.yaml", YearMonth.of(2027, 6), List.of(row),
        List.of(new NotCalibrated("products[p].price", "a | b")));

    assertThat(md).startsWith("# Calibration of suzhou from the actuals to 2027-06\n")
        .contains("| `branch_templates[t].productivity.conversion_rate` | replication | beta | 0.2 | 0.09416–0.3289"
            + " | 0.07829 | 0.06526–0.0922 | beta | binomial: 78/1043 over 6 months | beta-binomial | 0 |\n")
        .contains("| `products[p].price` | a \\| b |\n");
    assertThat(CalibrationMarkdown.number(1234567)).isEqualTo("1235000");
    assertThat(CalibrationMarkdown.number(0.000012345)).isEqualTo("0.00001234");
  }

  @Test
  void withNothingCalibratedTheTableSaysSo() {
    String md = CalibrationMarkdown.of("s", "s.yaml", YearMonth.of(2027, 1), List.of(), List.of());
    assertThat(md).contains("Nothing: the actuals inform no uncertain parameter").contains("## Not calibrated\n\nNone.\n");
    assertThat(CalibrationMarkdown.console(List.of())).startsWith("Nothing calibrated");
  }
}

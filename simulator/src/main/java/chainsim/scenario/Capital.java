package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The head office's capital and how the plan is valued. */
public record Capital(
    @NotNull @PositiveOrZero @DrawnOnce("the capital the company starts with")
        @JsonPropertyDescription("Cash at the start of month 1, in yuan.")
        Uncertain initial,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Share of initial capital kept as an elastic reserve (brief: 15%). Default 0.15.")
        Double reserveRatio,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Annual discount rate for NPV. Default 0.10.")
        Double discountRateAnnual,
    @PositiveOrZero @DrawnOnce("a valuation assumption at the horizon")
        @JsonPropertyDescription(
            "Terminal value as a multiple of the last 12 months' net operating cash flow, added at the horizon"
                + " (0 = none): the company's own operations, platform fees included, one-off investments and the"
                + " stakes' dividends left out (each stake counts by its exit value). Default 0.")
        Uncertain terminalMultiple) {

  public Capital {
    reserveRatio = reserveRatio == null ? 0.15 : reserveRatio;
    discountRateAnnual = discountRateAnnual == null ? 0.10 : discountRateAnnual;
    terminalMultiple = Uncertain.orZero(terminalMultiple);
  }

  /**
   * The reserve the head office keeps at the expected initial capital, in yuan. A replication keeps
   * the reserve ratio of the capital it draws.
   */
  public double reserveAmount() {
    return initial.mean() * reserveRatio;
  }
}

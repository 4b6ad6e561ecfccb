package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Tiered sales commission. The tier is chosen by signed revenue per sales consultant in a month;
 * with {@code next_month: true} the rate that tier earns is paid on the next month's sales
 * (the brief's variable commission: this month's result sets next month's rate).
 */
public record Commission(
    @NotNull @JsonPropertyDescription("Tiers in ascending order of 'from'; the first must start at 0.")
        List<Tier> tiers,
    @JsonPropertyDescription("Apply the rate earned this month to next month's sales. Default true.")
        Boolean nextMonth,
    @Min(1)
        @JsonPropertyDescription(
            "The tier (1 = the first) whose rate a new branch pays in its first month, before any month's result"
                + " has set a rate (with next_month). Default 1.")
        Integer firstMonthTier) {

  public Commission {
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
    nextMonth = nextMonth == null ? Boolean.TRUE : nextMonth;
    firstMonthTier = firstMonthTier == null ? 1 : firstMonthTier;
  }

  /** One commission tier. */
  public record Tier(
      @NotNull @PositiveOrZero
          @JsonPropertyDescription("Signed revenue per consultant per month from which the tier applies, in yuan.")
          Double from,
      @NotNull @DecimalMin("0") @DecimalMax("1") @DrawnOnce("a commission schedule agreed with the sales team")
          @JsonPropertyDescription("Commission as a share of signed revenue.")
          Uncertain rate) {}

  /** The index of the tier that a month's signed revenue per consultant reaches, or -1 with no tiers. */
  public int tierFor(double revenuePerConsultant) {
    int tier = -1;
    for (int t = 0; t < tiers.size(); t++) {
      if (revenuePerConsultant >= tiers.get(t).from()) {
        tier = t;
      }
    }
    return tier;
  }

  public static Commission none() {
    return new Commission(List.of(), false, null);
  }
}

package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** What one fully ramped person achieves in a month (the single-salesperson capability). */
public record Productivity(
    @NotNull @PositiveOrZero
        @JsonPropertyDescription("Firms a sales consultant contacts per month (outbound prospecting).")
        Uncertain contactsPerConsultantMonth,
    @NotNull @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Chance that a contacted firm with a current need signs.")
        Uncertain conversionRate,
    @NotNull @Positive
        @JsonPropertyDescription("Billable delivery hours of a service consultant per month.")
        Uncertain serviceHoursPerMonth,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Delivery quality in [0,1]; moves client health (0.7 is neutral). Default 0.8.")
        Uncertain quality,
    @PositiveOrZero
        @JsonPropertyDescription(
            "Signed revenue per consultant per month at which performance pay is paid in full, in yuan. Default 0"
                + " (always in full).")
        Double salesTargetPerConsultantMonth) {

  public Productivity {
    quality = Uncertain.orFixed(quality, 0.8);
    salesTargetPerConsultantMonth = salesTargetPerConsultantMonth == null ? 0.0 : salesTargetPerConsultantMonth;
  }
}

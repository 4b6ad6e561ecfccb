package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/** A region (usually a city) and its market of target firms, per industry. */
public record Region(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to elsewhere.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @Ref("regions")
        @JsonPropertyDescription("Regions close enough to share staff (transfers) and partners. Default none.")
        List<String> neighbours,
    @NotNull @Positive @DrawnOnce("the region's wage level")
        @JsonPropertyDescription("Wage level relative to the templates' base pay (1.0 = base).")
        Uncertain wageIndex,
    @NotNull @PositiveOrZero @JsonPropertyDescription("Office rent per seat per month, in yuan.") Uncertain rentPerSeatMonth,
    @NotNull @Ref("industries")
        @JsonPropertyDescription(
            "Target firms per industry at the start: firms the big-data screen qualifies as potential clients."
                + " Each is simulated individually.")
        Map<String, @PositiveOrZero Integer> firms,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("New target firms per year, as a share of the population. Default 0.08.")
        Uncertain firmBirthRateAnnual,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Firms closing per year, as a share of the population. Default 0.05.")
        Uncertain firmDeathRateAnnual,
    @DecimalMin("-0.5") @DecimalMax("1")
        @JsonPropertyDescription("Yearly growth of every firm's need for services. Default 0.")
        Uncertain marketGrowthAnnual,
    @DecimalMin("0") @DecimalMax("20")
        @JsonPropertyDescription(
            "How much enterprise big data raises the chance that a contacted firm has a current need"
                + " (1 = no lift). Default 1.")
        Uncertain dataTargetingLift)
    implements Identified {

  public Region {
    neighbours = neighbours == null ? List.of() : List.copyOf(neighbours);
    firms = firms == null ? Map.of() : Collections2.orderedCopy(firms);
    firmBirthRateAnnual = Uncertain.orFixed(firmBirthRateAnnual, 0.08);
    firmDeathRateAnnual = Uncertain.orFixed(firmDeathRateAnnual, 0.05);
    marketGrowthAnnual = Uncertain.orZero(marketGrowthAnnual);
    dataTargetingLift = Uncertain.orFixed(dataTargetingLift, 1.0);
  }

  /** Target firms at the start across all industries. */
  public int totalFirms() {
    return firms.values().stream().mapToInt(Integer::intValue).sum();
  }
}

package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A marketing budget line of a branch. Its inbound leads are firms with a current need; the line's
 * ROI (gross margin it brings per yuan spent) is watched against its benchmark and the line is
 * paused when it stays below (see {@code policies.spend_pause}).
 */
public record MarketingLine(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier of the line.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @NotNull @PositiveOrZero @JsonPropertyDescription("Spend per month, in yuan.") Uncertain budgetPerMonth,
    @NotNull @Positive @JsonPropertyDescription("Cost of one inbound lead, in yuan.") Uncertain costPerLead,
    @Positive
        @JsonPropertyDescription("Conversion of an inbound lead relative to an outbound contact with a need. Default 1.")
        Uncertain conversionMultiplier,
    @NotNull @PositiveOrZero @DrawnOnce("the benchmark the line is judged against")
        @JsonPropertyDescription("ROI benchmark: gross margin per yuan spent below which the line underperforms.")
        Uncertain roiBenchmark)
    implements Identified {

  public MarketingLine {
    conversionMultiplier = Uncertain.orFixed(conversionMultiplier, 1.0);
  }
}

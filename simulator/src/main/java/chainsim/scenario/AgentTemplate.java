package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A traditional agent channel (代理制), kept as a comparator: a local agent sells and serves on
 * commission, and clients leak away when the agent takes them and goes solo (跑单/单干).
 */
public record AgentTemplate(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to by openings.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @NotNull @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Agent's commission as a share of each order's revenue.")
        Uncertain commissionRate,
    @NotNull @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Chance per month that a client of the agent is taken solo and lost to the company.")
        Uncertain leakageRateMonthly,
    @NotNull @PositiveOrZero @JsonPropertyDescription("Firms the agent contacts per month.") Uncertain contactsPerMonth,
    @NotNull @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Chance that a contacted firm with a current need signs.")
        Uncertain conversionRate,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Delivery quality in [0,1] (0.7 is neutral). Default 0.6.")
        Uncertain quality,
    @PositiveOrZero @JsonPropertyDescription("Channel support cost per month, in yuan. Default 0.")
        Uncertain supportCostPerMonth)
    implements Identified {

  public AgentTemplate {
    quality = Uncertain.orFixed(quality, 0.6);
    supportCostPerMonth = Uncertain.orZero(supportCostPerMonth);
  }
}

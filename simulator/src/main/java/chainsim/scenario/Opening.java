package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * One step of the expansion plan: open a branch or channel of a mode in a region, serving some
 * industries, from a month on. Mode-specific fields override the template's.
 */
public record Opening(
    @NotNull @Pattern(regexp = Ids.PATTERN)
        @JsonPropertyDescription("Identifier of the branch or channel this opens; its name in every output.")
        String id,
    @NotNull @Min(1) @JsonPropertyDescription("Month index of the opening, inside the horizon.") Integer month,
    @NotNull @Ref("regions") @JsonPropertyDescription("Region entered.") String region,
    @Ref("industries")
        @JsonPropertyDescription("Industries served; default all industries with firms in the region.")
        List<String> industries,
    @NotNull @JsonPropertyDescription("direct, equity, partner or agent.") Mode mode,
    @NotNull
        @JsonPropertyDescription(
            "Template id, looked up in branch_templates, equity_templates, partner_templates or agent_templates by"
                + " mode.")
        String template,
    @OnlyForMode(Mode.EQUITY) @DecimalMin("0.01") @DecimalMax("0.5") @DrawnOnce("a term of the deal")
        @JsonPropertyDescription("equity: overrides the template's stake (and its profit share).")
        Uncertain stake,
    @OnlyForMode(Mode.EQUITY) @PositiveOrZero @DrawnOnce("a one-off price, paid at opening")
        @JsonPropertyDescription("equity: overrides the template's investment, in yuan.")
        Uncertain investment,
    @OnlyForMode(Mode.PARTNER) @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("partner: overrides the template's revenue share.")
        Uncertain revenueShare,
    @OnlyForMode(Mode.PARTNER) @Positive
        @JsonPropertyDescription("partner: overrides the template's capacity hours per month.")
        Uncertain capacityHoursPerMonth,
    @OnlyForMode(Mode.PARTNER)
    @JsonPropertyDescription("partner: also sell centrally in these cells (partner-only entry). Default: true when"
            + " the template has remote_sales.")
        Boolean remoteSales,
    @OnlyForMode(Mode.AGENT) @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("agent: overrides the template's commission rate.")
        Uncertain commissionRate,
    @OnlyForMode(Mode.AGENT) @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("agent: overrides the template's leakage rate.")
        Uncertain leakageRateMonthly,
    @JsonPropertyDescription("Planner: keep this opening as it is when re-planning. Default false.") Boolean pinned)
    implements Identified {

  public Opening {
    industries = industries == null ? List.of() : List.copyOf(industries);
    pinned = pinned == null ? Boolean.FALSE : pinned;
  }
}

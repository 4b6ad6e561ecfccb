package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * An equity channel (自有渠道): a minority stake in a local service firm. The company pays for the
 * stake, supervises contracts, orders and finance, and earns its share of profit plus platform
 * fees; the local firm keeps its own clients and staff, run as described by {@code operations}.
 */
public record EquityTemplate(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to by openings.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @NotNull @Ref("branch_templates")
        @JsonPropertyDescription("Branch template describing the local firm's own staff, pay and productivity.")
        String operations,
    @NotNull @DecimalMin("0.01") @DecimalMax("0.5") @DrawnOnce("a term of the deal")
        @JsonPropertyDescription("Equity stake: a minority, so at most 0.5 (control would make it direct).")
        Uncertain stake,
    @NotNull @PositiveOrZero @DrawnOnce("a one-off price, paid at opening")
        @JsonPropertyDescription("Price of the stake, paid at opening, in yuan.")
        Uncertain investment,
    @DecimalMin("0") @DecimalMax("1") @DrawnOnce("a term of the deal")
        @JsonPropertyDescription("Share of the local firm's profit due to the company. Default: the stake.")
        Uncertain profitShare,
    @DecimalMin("0") @DecimalMax("0.5") @DrawnOnce("a term of the deal")
        @JsonPropertyDescription("Platform fee as a share of the local firm's revenue, paid monthly. Default 0.03.")
        Uncertain platformFeeRate,
    @DecimalMin("0") @DecimalMax("1") @DrawnOnce("the local firm's payout policy")
        @JsonPropertyDescription("Share of positive profit paid out as dividends. Default 0.5.")
        Uncertain dividendPayoutRatio,
    @Min(1) @Max(24) @JsonPropertyDescription("Months between dividend payments. Default 12.") Integer dividendEveryMonths,
    @PositiveOrZero @DrawnOnce("the local firm's clients when the stake is taken, counted once")
        @JsonPropertyDescription("Clients the local firm already has when the stake is taken. Default 0.")
        Uncertain ownClients,
    @PositiveOrZero @DrawnOnce("a valuation assumption at the horizon")
        @JsonPropertyDescription(
            "Value of the stake at the horizon as a multiple of the company's share of the last 12 months' profit"
                + " after the platform fee; the stake's whole value at the horizon (its dividends are left out of the"
                + " terminal value's run-rate). Default 0.")
        Uncertain exitMultiple,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription(
            "Share of the investment paid into the local firm (a capital increase) rather than to its other owners;"
                + " it is the firm's opening cash, which dividends are paid out of. Default 1.")
        Double paidInShare)
    implements Identified {

  public EquityTemplate {
    // profit_share left out means the stake's share: the same draw, so it stays null here
    platformFeeRate = Uncertain.orFixed(platformFeeRate, 0.03);
    dividendPayoutRatio = Uncertain.orFixed(dividendPayoutRatio, 0.5);
    dividendEveryMonths = dividendEveryMonths == null ? 12 : dividendEveryMonths;
    ownClients = Uncertain.orZero(ownClients);
    exitMultiple = Uncertain.orZero(exitMultiple);
    paidInShare = paidInShare == null ? 1.0 : paidInShare;
  }
}

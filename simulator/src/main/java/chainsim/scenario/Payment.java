package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When a client pays for an order: a share when signing, a share when the work is delivered, and
 * the rest as a receivable collected some days after delivery (some of which may never arrive).
 */
public record Payment(
    @DecimalMin("0") @DecimalMax("1") @JsonPropertyDescription("Share paid when the order is signed. Default 0.5.")
        Double upfront,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Share paid when delivery completes. Default: 1 - upfront.")
        Double onCompletion,
    @PositiveOrZero @Max(720)
        @JsonPropertyDescription("Days after completion the remaining share is collected. Default 60.")
        Integer receivableDays,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Share of the receivable never collected. Default 0.")
        Double badDebtRatio) {

  public Payment {
    upfront = upfront == null ? 0.5 : upfront;
    onCompletion = onCompletion == null ? Math.max(0.0, 1.0 - upfront) : onCompletion;
    receivableDays = receivableDays == null ? 60 : receivableDays;
    badDebtRatio = badDebtRatio == null ? 0.0 : badDebtRatio;
  }

  /** The share left as a receivable after signing and completion payments. */
  public double receivableShare() {
    return Math.max(0.0, 1.0 - upfront - onCompletion);
  }

  /** Whole months between completion and collecting the receivable (30-day months, rounded up). */
  public int receivableMonths() {
    return (receivableDays + 29) / 30;
  }

  public static Payment defaults() {
    return new Payment(null, null, null, null);
  }
}

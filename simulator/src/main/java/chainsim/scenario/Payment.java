package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * When a client pays for an order: a share when signing, a share when the work is delivered, and
 * the rest as a receivable collected some days after delivery (some of which may never arrive).
 */
public record Payment(
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription(
            "Share paid when the order is signed (draw: month draws it per order). Default 0.5.")
        Uncertain upfront,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription(
            "Share paid when delivery completes (draw: month draws it per order). Default: the rest after upfront,"
                + " nothing left as a receivable.")
        Uncertain onCompletion,
    @PositiveOrZero @Max(720)
        @JsonPropertyDescription("Days after completion the remaining share is collected. Default 60.")
        Integer receivableDays,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Share of the receivable never collected (draw: month draws it per order). Default 0.")
        Uncertain badDebtRatio,
    @Min(1) @Max(31)
        @JsonPropertyDescription(
            "Days counted as a month when receivable_days becomes whole months of delay (rounded up). Default 30.")
        Integer daysPerMonth) {

  public Payment {
    upfront = Uncertain.orFixed(upfront, 0.5);
    badDebtRatio = Uncertain.orZero(badDebtRatio);
    receivableDays = receivableDays == null ? 60 : receivableDays;
    daysPerMonth = daysPerMonth == null ? 30 : daysPerMonth;
  }

  /** Whether completion pays all the rest (no on_completion given): nothing is left as a receivable. */
  public boolean completionPaysTheRest() {
    return onCompletion == null;
  }

  /** Whole months between completion and collecting the receivable (months of days_per_month days, rounded up). */
  public int receivableMonths() {
    return (receivableDays + daysPerMonth - 1) / daysPerMonth;
  }

  public static Payment defaults() {
    return new Payment(null, null, null, null, null);
  }
}

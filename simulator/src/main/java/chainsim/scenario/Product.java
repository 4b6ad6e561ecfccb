package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/** A service the chain sells, e.g. high-tech-enterprise certification or tax filing. */
public record Product(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to elsewhere.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @NotNull @Positive @JsonPropertyDescription("Price of one order, in yuan.") Uncertain price,
    @NotNull @Ref("skills")
        @JsonPropertyDescription(
            "Delivery effort of one order: hours per skill (draw: month draws each order's hours).")
        Map<String, @Positive Uncertain> deliveryHours,
    @Min(1) @Max(36) @JsonPropertyDescription("Months one order takes to deliver, at the least. Default 1.")
        Integer deliveryMonths,
    @JsonPropertyDescription("When the client pays. Default: half upfront, half on completion.") Payment payment,
    @NotNull @Ref(value = "industries", alsoAllowed = "default")
        @JsonPropertyDescription(
            "Share of firms that need this product in a year, per industry; 'default' covers industries not listed.")
        Map<String, @DecimalMin("0") @DecimalMax("1") Uncertain> needRateAnnual,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Chance per year that a client who bought it buys it again (repeat signing). Default 0.")
        Uncertain repeatRateAnnual,
    @Ref("products")
        @JsonPropertyDescription(
            "Chance per year that a client who bought this product buys each listed product too (depth signing)."
                + " Default none.")
        Map<String, @DecimalMin("0") @DecimalMax("1") Uncertain> crossSellAnnual,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription(
            "Third-party costs (fees, filings, materials) as a share of the price: the gross-margin driver besides"
                + " labour. Default 0.")
        Uncertain directCostRatio,
    @Ref("clients.milestones")
        @JsonPropertyDescription(
            "How much buying this product multiplies a client's yearly chance of reaching each milestone"
                + " (client success). Default none.")
        Map<String, @PositiveOrZero Uncertain> milestoneBoost)
    implements Identified {

  public Product {
    deliveryHours = deliveryHours == null ? Map.of() : Collections2.orderedCopy(deliveryHours);
    deliveryMonths = deliveryMonths == null ? 1 : deliveryMonths;
    payment = payment == null ? Payment.defaults() : payment;
    needRateAnnual = needRateAnnual == null ? Map.of() : Collections2.orderedCopy(needRateAnnual);
    repeatRateAnnual = Uncertain.orZero(repeatRateAnnual);
    crossSellAnnual = crossSellAnnual == null ? Map.of() : Collections2.orderedCopy(crossSellAnnual);
    directCostRatio = Uncertain.orZero(directCostRatio);
    milestoneBoost = milestoneBoost == null ? Map.of() : Collections2.orderedCopy(milestoneBoost);
  }

  /** The need rate for an industry, or the default, or zero when neither is given. */
  public Uncertain needRateFor(String industry) {
    Uncertain rate = needRateAnnual.get(industry);
    if (rate == null) {
      rate = needRateAnnual.get("default");
    }
    return rate == null ? Uncertain.fixed(0.0) : rate;
  }

  /** Expected delivery hours of one order, all skills together. */
  public double totalDeliveryHours() {
    return deliveryHours.values().stream().mapToDouble(Uncertain::mean).sum();
  }
}

package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A partner channel (合作渠道): an independent provider that executes subcontracted "three-no"
 * orders for a share of their revenue. The signing side keeps the contract and the client.
 * With {@code remote_sales}, the head office also sells in the opening's cells from a central desk
 * and subcontracts all of that delivery: the "partner only" way to enter a region.
 */
public record PartnerTemplate(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to by openings.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @NotNull @NotEmpty @Ref("skills") @JsonPropertyDescription("Skills the partner can deliver.") List<String> skills,
    @NotNull @Positive @JsonPropertyDescription("Delivery hours the partner can take per month.")
        Uncertain capacityHoursPerMonth,
    @NotNull @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Partner's share of the revenue of each order it executes.")
        Uncertain revenueShare,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Delivery quality in [0,1]; moves the client's health (0.7 is neutral). Default 0.7.")
        Uncertain quality,
    @JsonPropertyDescription("Whose orders the partner takes: its region, also neighbours, or all. Default region.")
        Reach reach,
    @JsonPropertyDescription("A central sales desk selling in the opening's cells, delivery by this partner.")
        RemoteSales remoteSales,
    @Positive @DecimalMax("24")
        @JsonPropertyDescription(
            "Partner room: the partner takes new work while its queue is below this many months of its capacity."
                + " Default 2.")
        Double monthsOfWorkAccepted,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription(
            "Chance that an order the partner finishes is a month late (reliability; the evaluation loop"
                + " lowers its rating). Default 0.")
        Uncertain lateRate,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription(
            "Chance that the partner fails an order it would finish: the order goes back to the signing side,"
                + " which delivers it itself if it can, else cancels it. Default 0.")
        Uncertain failureRate)
    implements Identified {

  public PartnerTemplate {
    skills = skills == null ? List.of() : List.copyOf(skills);
    quality = Uncertain.orFixed(quality, 0.7);
    reach = reach == null ? Reach.REGION : reach;
    monthsOfWorkAccepted = monthsOfWorkAccepted == null ? 2.0 : monthsOfWorkAccepted;
    lateRate = Uncertain.orZero(lateRate);
    failureRate = Uncertain.orZero(failureRate);
  }

  /** How far a partner's service reaches. */
  public enum Reach {
    @JsonProperty("region")
    REGION,
    @JsonProperty("neighbours")
    NEIGHBOURS,
    @JsonProperty("national")
    NATIONAL
  }

  /** The central sales desk of the "partner only" entry mode. */
  public record RemoteSales(
      @NotNull @PositiveOrZero @JsonPropertyDescription("Firms contacted per month by the desk.")
          Uncertain contactsPerMonth,
      @NotNull @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Chance that a contacted firm with a current need signs.")
          Uncertain conversionRate,
      @PositiveOrZero @JsonPropertyDescription("Cost of the desk per month, in yuan. Default 0.")
          Uncertain costPerMonth) {

    public RemoteSales {
      costPerMonth = Uncertain.orZero(costPerMonth);
    }
  }
}

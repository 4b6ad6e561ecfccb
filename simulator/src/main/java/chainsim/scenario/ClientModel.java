package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * How an individual client firm lives: its health index, when it churns, how long a need stays
 * open, and the client-success milestones it may reach within three years.
 */
public record ClientModel(
    @DecimalMin("0") @DecimalMax("100")
        @JsonPropertyDescription("Health of a new client (draw: month draws it per segment and month). Default 75.")
        Uncertain initialHealth,
    @DecimalMin("-20") @DecimalMax("20")
        @JsonPropertyDescription("Health change per month without any service event. Default -1.")
        Uncertain healthDriftMonthly,
    @PositiveOrZero @DrawnOnce("a coefficient of the health model")
        @JsonPropertyDescription(
            "Standard deviation of each client's own monthly health change around the drift (clients differ:"
                + " a good or bad month of their own). Default 0.")
        Uncertain healthNoiseMonthly,
    @DecimalMin("0") @DecimalMax("200") @DrawnOnce("a coefficient of the health model")
        @JsonPropertyDescription(
            "Health points per completed order per unit of delivery quality above 0.7 (below: loss). Default 30.")
        Uncertain qualityHealthWeight,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Monthly churn of a client at health 80 or more. Default 0.01.")
        Uncertain churnMonthlyHealthy,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Monthly churn at health 40 or less (linear in between). Default 0.08.")
        Uncertain churnMonthlyUnhealthy,
    @Min(1) @Max(24) @JsonPropertyDescription("Months a firm's need stays open before it goes elsewhere. Default 3.")
        Integer needWindowMonths,
    @Min(1) @Max(120) @JsonPropertyDescription("Months after the first order in which milestones count. Default 36.")
        Integer milestoneWindowMonths,
    @JsonPropertyDescription("Client-success milestones, each reachable once. Default: the five of the brief.")
        List<Milestone> milestones,
    @JsonPropertyDescription("How the company's lifetime value (LTV) and LTV/CAC are estimated and judged.")
        LifetimeValue lifetimeValue) {

  public ClientModel {
    initialHealth = Uncertain.orFixed(initialHealth, 75.0);
    healthDriftMonthly = Uncertain.orFixed(healthDriftMonthly, -1.0);
    healthNoiseMonthly = Uncertain.orZero(healthNoiseMonthly);
    qualityHealthWeight = Uncertain.orFixed(qualityHealthWeight, 30.0);
    churnMonthlyHealthy = Uncertain.orFixed(churnMonthlyHealthy, 0.01);
    churnMonthlyUnhealthy = Uncertain.orFixed(churnMonthlyUnhealthy, 0.08);
    needWindowMonths = needWindowMonths == null ? 3 : needWindowMonths;
    milestoneWindowMonths = milestoneWindowMonths == null ? 36 : milestoneWindowMonths;
    milestones = milestones == null ? defaultMilestones() : List.copyOf(milestones);
    lifetimeValue = lifetimeValue == null ? LifetimeValue.defaults() : lifetimeValue;
  }

  public static ClientModel defaults() {
    return new ClientModel(null, null, null, null, null, null, null, null, null, null);
  }

  /** The brief's milestones, each a step up the ladder from the one before. */
  public static List<Milestone> defaultMilestones() {
    return List.of(
        new Milestone("high_tech", new Label("高新技术企业", "High-tech enterprise"), Uncertain.fixed(0.08), null),
        new Milestone("srdi_sme", new Label("专精特新企业", "Specialised & innovative SME"), Uncertain.fixed(0.05), null),
        new Milestone("little_giant", new Label("科技小巨人", "Little giant"), Uncertain.fixed(0.04), "srdi_sme"),
        new Milestone("unicorn", new Label("独角兽企业", "Unicorn"), Uncertain.fixed(0.003), "little_giant"),
        new Milestone("listed", new Label("上市企业", "Listed"), Uncertain.fixed(0.01), "little_giant"));
  }

  /** A client-success milestone. */
  public record Milestone(
      @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier.") String id,
      @JsonPropertyDescription("Display names.") Label label,
      @NotNull @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Chance per year that a healthy client reaches it.")
          Uncertain hazardAnnual,
      @Ref("clients.milestones") @JsonPropertyDescription("Milestone that must be reached first, if any.")
          String requires)
      implements Identified {}

  /**
   * Lifetime value = mean lifetime x contribution per client-month, the lifetime a Kaplan-Meier
   * restricted mean over the individual client spells (clients still active are censored).
   */
  public record LifetimeValue(
      @Min(1) @Max(600)
          @JsonPropertyDescription(
              "Months at which a client's lifetime is capped (the restricted mean lifetime): a client is"
                  + " valued for at most this long. Default 60.")
          Integer lifetimeCapMonths,
      @Min(0) @Max(1000000)
          @JsonPropertyDescription(
              "Clients lost below which the lifetime estimate rests on too few exits: the summary flags"
                  + " it (ltv_few_exits) and the reports warn. Default 30.")
          Integer minExits,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("LTV/CAC from which unit economics count as healthy (seed 001: 3:1). Default 3.")
          Double healthyLtvCac) {

    public LifetimeValue {
      lifetimeCapMonths = lifetimeCapMonths == null ? 60 : lifetimeCapMonths;
      minExits = minExits == null ? 30 : minExits;
      healthyLtvCac = healthyLtvCac == null ? 3.0 : healthyLtvCac;
    }

    public static LifetimeValue defaults() {
      return new LifetimeValue(null, null, null);
    }
  }
}

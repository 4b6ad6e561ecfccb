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
            "Health points per completed order per unit of delivery quality above neutral_quality (below: loss)."
                + " Default 30.")
        Uncertain qualityHealthWeight,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Monthly churn of a client at health churn_healthy_at (80) or more. Default 0.01.")
        Uncertain churnMonthlyHealthy,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Monthly churn at health churn_unhealthy_at (40) or less (linear in between). Default 0.08.")
        Uncertain churnMonthlyUnhealthy,
    @Min(1) @Max(24) @JsonPropertyDescription("Months a firm's need stays open before it goes elsewhere. Default 3.")
        Integer needWindowMonths,
    @Min(1) @Max(120) @JsonPropertyDescription("Months after the first order in which milestones count. Default 36.")
        Integer milestoneWindowMonths,
    @JsonPropertyDescription("Client-success milestones, each reachable once. Default: the five of the brief.")
        List<Milestone> milestones,
    @DecimalMin("0") @DecimalMax("100")
        @JsonPropertyDescription(
            "Health at or above which a client churns at churn_monthly_healthy (linear down to churn_unhealthy_at)."
                + " Default 80.")
        Double churnHealthyAt,
    @DecimalMin("0") @DecimalMax("100")
        @JsonPropertyDescription(
            "Health at or below which a client churns at churn_monthly_unhealthy; below churn_healthy_at. Default 40.")
        Double churnUnhealthyAt,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription(
            "Delivery quality that leaves a client's health unchanged (above it health rises, below it falls)."
                + " Default 0.7.")
        Double neutralQuality,
    @JsonPropertyDescription("How a client's health changes its complaint rate.") ComplaintCurve complaintCurve,
    @JsonPropertyDescription("The client tiers (core, growth, potential, dormant).") TierRules tiers,
    @Min(1) @Max(60)
        @JsonPropertyDescription(
            "Months after an order in which a further order counts as signing again (repeat or depth signing"
                + " rate). Default 12.")
        Integer signingWindowMonths,
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
    churnHealthyAt = churnHealthyAt == null ? 80.0 : churnHealthyAt;
    churnUnhealthyAt = churnUnhealthyAt == null ? 40.0 : churnUnhealthyAt;
    neutralQuality = neutralQuality == null ? 0.7 : neutralQuality;
    complaintCurve = complaintCurve == null ? ComplaintCurve.defaults() : complaintCurve;
    tiers = tiers == null ? TierRules.defaults() : tiers;
    signingWindowMonths = signingWindowMonths == null ? 12 : signingWindowMonths;
    lifetimeValue = lifetimeValue == null ? LifetimeValue.defaults() : lifetimeValue;
  }

  public static ClientModel defaults() {
    return new ClientModel(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * A client's complaint rate at a health: the base rate times max(floor, 1 + (neutral_health -
   * health) / points_per_base_rate), e.g. twice the base rate 30 points below the neutral health.
   */
  public record ComplaintCurve(
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("Health at which a client complains at the base rate. Default 70.")
          Double neutralHealth,
      @DecimalMin("1") @DecimalMax("100")
          @JsonPropertyDescription("Health points below the neutral health that add one base rate. Default 30.")
          Double pointsPerBaseRate,
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Least multiple of the base rate, however healthy the client. Default 0.2.")
          Double floor) {

    public ComplaintCurve {
      neutralHealth = neutralHealth == null ? 70.0 : neutralHealth;
      pointsPerBaseRate = pointsPerBaseRate == null ? 30.0 : pointsPerBaseRate;
      floor = floor == null ? 0.2 : floor;
    }

    public static ComplaintCurve defaults() {
      return new ComplaintCurve(null, null, null);
    }
  }

  /**
   * The client tiers (002: core, growth, potential, dormant users): dormant when no order for
   * dormant_after_months; else core with at least core_products products bought and health at least
   * core_health; growth with at least growth_products products; potential otherwise.
   */
  public record TierRules(
      @Min(1) @Max(120) @JsonPropertyDescription("Months without an order after which a client is dormant. Default 12.")
          Integer dormantAfterMonths,
      @DecimalMin("0") @DecimalMax("100") @JsonPropertyDescription("Least health of a core client. Default 80.")
          Double coreHealth,
      @Min(1) @Max(32) @JsonPropertyDescription("Least products bought by a core client. Default 2.")
          Integer coreProducts,
      @Min(1) @Max(32) @JsonPropertyDescription("Least products bought by a growth client. Default 2.")
          Integer growthProducts) {

    public TierRules {
      dormantAfterMonths = dormantAfterMonths == null ? 12 : dormantAfterMonths;
      coreHealth = coreHealth == null ? 80.0 : coreHealth;
      coreProducts = coreProducts == null ? 2 : coreProducts;
      growthProducts = growthProducts == null ? 2 : growthProducts;
    }

    public static TierRules defaults() {
      return new TierRules(null, null, null, null);
    }
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

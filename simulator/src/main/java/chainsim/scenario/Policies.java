package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** The operating rules of the brief, each with the numbers the strategy team can change. */
public record Policies(
    @JsonPropertyDescription("The one-year cash-flow gate on expansion.") BreakevenGate breakevenGate,
    @JsonPropertyDescription(
            "Postpone an opening whose cost (set-up, and for a direct branch its projected losses to break-even:"
                + " see opening_burn_months) would take cash below the reserve. Default true.")
        Boolean reserveGate,
    @PositiveOrZero @Max(60)
        @JsonPropertyDescription(
            "Months to break-even the reserve gate assumes for a new direct branch: its projected losses are its"
                + " monthly fixed costs (base pay of the template's team at the region's wage index, rent of its"
                + " seats, other fixed costs, marketing budgets) falling linearly to nothing over these months,"
                + " i.e. fixed costs x months / 2, counted on top of its set-up. 0 = judge by the set-up alone."
                + " Default 12 (brief: cash-flow positive within a year).")
        Integer openingBurnMonths,
    @JsonPropertyDescription("Pausing marketing lines that stay below their ROI benchmark.") SpendPause spendPause,
    @JsonPropertyDescription("Recall campaigns for clients whose health stays low.") HealthRecall healthRecall,
    @DecimalMin("0") @DecimalMax("10")
        @JsonPropertyDescription("Alert when active clients change by more than this share in a month. Default 0.15.")
        Double swingAlertThreshold,
    @PositiveOrZero
        @JsonPropertyDescription(
            "Active clients below which a month's swing is noise, not an alert (a small book swings by chance)."
                + " Default 100.")
        Integer swingAlertMinClients,
    @JsonPropertyDescription("Which orders are subcontracted to partners (the three-no rule).") Subcontract subcontract,
    @JsonPropertyDescription("Complaint service levels that delivery capacity must meet.") Complaints complaints,
    @JsonPropertyDescription("The churn early warning on client health (001: warn 45 days ahead).")
        ChurnWarning churnWarning) {

  public Policies {
    breakevenGate = breakevenGate == null ? BreakevenGate.defaults() : breakevenGate;
    reserveGate = reserveGate == null ? Boolean.TRUE : reserveGate;
    openingBurnMonths = openingBurnMonths == null ? 12 : openingBurnMonths;
    spendPause = spendPause == null ? SpendPause.defaults() : spendPause;
    healthRecall = healthRecall == null ? HealthRecall.defaults() : healthRecall;
    swingAlertThreshold = swingAlertThreshold == null ? 0.15 : swingAlertThreshold;
    swingAlertMinClients = swingAlertMinClients == null ? 100 : swingAlertMinClients;
    subcontract = subcontract == null ? Subcontract.defaults() : subcontract;
    complaints = complaints == null ? Complaints.defaults() : complaints;
    churnWarning = churnWarning == null ? ChurnWarning.defaults() : churnWarning;
  }

  public static Policies defaults() {
    return new Policies(null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The brief's chain-operation rule (seed 000: 现金流在一年之内能够转正说明经营能力是可行的,
   * 否则就不能进行更大规模的扩张): a branch must turn cash-flow positive within a year, otherwise
   * no further expansion. "Cash-flow positive" is its own operating cash flow summed over the
   * trailing window; the first month that sum is positive is the branch's reported break-even month.
   */
  public record BreakevenGate(
      @JsonPropertyDescription("Apply the gate. Default true.") Boolean enabled,
      @Min(1) @Max(60)
          @JsonPropertyDescription("Months a branch has to turn cash-flow positive. Default 12.")
          Integer months,
      @JsonPropertyDescription(
              "skip: a blocked opening is dropped; defer: it waits until the gate clears. Default skip.")
          GateAction action,
      @JsonPropertyDescription("Which opening modes the gate blocks. Default [direct, equity].")
          List<Mode> blocks,
      @JsonPropertyDescription(
              "first_positive_within: a direct branch older than the gate's months that has not yet broken even"
                  + " (its trailing cash flow never positive) shuts the gate until it does; once broken even it"
                  + " never shuts it again (the seed's reading: cash flow turns positive within a year)."
                  + " rolling: a branch older than the gate's months shuts the gate in any month its trailing"
                  + " cash flow is not positive, also after break-even. Default first_positive_within.")
          GateRule rule,
      @Min(1) @Max(12)
          @JsonPropertyDescription(
              "Months of own operating cash flow summed to judge whether a branch is cash-flow positive"
                  + " (break-even month, the gate, and the chain's cash-flow positive month). Default 3.")
          Integer trailingMonths) {

    public BreakevenGate {
      enabled = enabled == null ? Boolean.TRUE : enabled;
      months = months == null ? 12 : months;
      action = action == null ? GateAction.SKIP : action;
      blocks = blocks == null ? List.of(Mode.DIRECT, Mode.EQUITY) : List.copyOf(blocks);
      rule = rule == null ? GateRule.FIRST_POSITIVE_WITHIN : rule;
      trailingMonths = trailingMonths == null ? 3 : trailingMonths;
    }

    public static BreakevenGate defaults() {
      return new BreakevenGate(null, null, null, null, null, null);
    }
  }

  /** How the one-year gate judges a branch. */
  public enum GateRule {
    @JsonProperty("first_positive_within")
    FIRST_POSITIVE_WITHIN,
    @JsonProperty("rolling")
    ROLLING
  }

  /** What happens to an opening the gate blocks. */
  public enum GateAction {
    @JsonProperty("skip")
    SKIP,
    @JsonProperty("defer")
    DEFER
  }

  /** Pause a spend line whose ROI stays below its benchmark for consecutive periods. */
  public record SpendPause(
      @JsonPropertyDescription("Apply the rule. Default true.") Boolean enabled,
      @Min(1) @Max(24) @JsonPropertyDescription("Consecutive periods below benchmark before pausing. Default 2.")
          Integer periodsBelowBenchmark,
      @Min(1) @Max(12) @JsonPropertyDescription("Length of a period in months. Default 3.") Integer periodMonths,
      @PositiveOrZero @Max(60)
          @JsonPropertyDescription("Months after which a paused line is tried again (0 = never). Default 6.")
          Integer resumeAfterMonths) {

    public SpendPause {
      enabled = enabled == null ? Boolean.TRUE : enabled;
      periodsBelowBenchmark = periodsBelowBenchmark == null ? 2 : periodsBelowBenchmark;
      periodMonths = periodMonths == null ? 3 : periodMonths;
      resumeAfterMonths = resumeAfterMonths == null ? 6 : resumeAfterMonths;
    }

    public static SpendPause defaults() {
      return new SpendPause(null, null, null, null);
    }
  }

  /**
   * Client health index below a threshold for consecutive months triggers a recall campaign. The
   * seed (001) says three consecutive weeks; health is stepped once a month, so the rule counts
   * month-end observations: three weeks (0.7 of a month) round to one month below the threshold.
   */
  public record HealthRecall(
      @DecimalMin("0") @DecimalMax("100") @JsonPropertyDescription("Health threshold. Default 65.") Double threshold,
      @Min(1) @Max(Limits.MAX_WATCH_MONTHS)
          @JsonPropertyDescription(
              "Consecutive monthly health checks below the threshold (health is stepped monthly; the seed's three"
                  + " weeks round to one month). Default 1.")
          Integer consecutiveMonths,
      @PositiveOrZero @JsonPropertyDescription("Cost of one recall campaign, in yuan. Default 1500.")
          Uncertain costPerRecall,
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Chance a recall restores the client's health. Default 0.38.")
          Uncertain successRate,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("Health points a successful recall adds. Default 20.")
          Uncertain healthBoost) {

    public HealthRecall {
      threshold = threshold == null ? 65.0 : threshold;
      consecutiveMonths = consecutiveMonths == null ? 1 : consecutiveMonths;
      costPerRecall = Uncertain.orFixed(costPerRecall, 1500.0);
      successRate = Uncertain.orFixed(successRate, 0.38);
      healthBoost = Uncertain.orFixed(healthBoost, 20.0);
    }

    public static HealthRecall defaults() {
      return new HealthRecall(null, null, null, null, null);
    }
  }

  /** The three-no rule: orders the signing side won't, can't do well, or can't do. */
  public record Subcontract(
      @JsonPropertyDescription("Subcontract orders needing a skill the signing side lacks. Default true.")
          Boolean noSkill,
      @JsonPropertyDescription("Subcontract orders beyond delivery capacity. Default true.") Boolean overCapacity,
      @DecimalMin("-1") @DecimalMax("1")
          @JsonPropertyDescription(
              "Subcontract orders whose own-delivery gross margin would be below this share (null = never).")
          Double marginBelow,
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription(
              "Can't do well (做不好): subcontract orders needing a skill where the signing side's delivery quality is"
                  + " below the best open partner's (observed) quality reaching it by more than this (null = never).")
          Double qualityBelowPartnerBy,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription(
              "Dispatch: a partner's score is its rating (observed quality x on-time share) less this weight x its"
                  + " revenue share; the best score takes the order. Default 1 (a point of share costs a point of"
                  + " quality).")
          Double priceWeight,
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription(
              "Evaluation loop (评价反馈): weight of each new observation of a partner's quality and punctuality in"
                  + " its rating (exponential moving average; 0 = ratings never move). Default 0.2.")
          Double ratingWeight,
      @JsonPropertyDescription(
          "Use the emergency staffing pool (seed 002: 应急人力资源池) before subcontracting: a branch takes on work beyond"
              + " its own capacity while the excess fits planning.staffing.pool_hours_per_month a month, and pays"
              + " planning.staffing.pool_cost_per_hour for the pool hours it uses. Default false.")
          Boolean emergencyPool) {

    public Subcontract {
      noSkill = noSkill == null ? Boolean.TRUE : noSkill;
      overCapacity = overCapacity == null ? Boolean.TRUE : overCapacity;
      priceWeight = priceWeight == null ? 1.0 : priceWeight;
      ratingWeight = ratingWeight == null ? 0.2 : ratingWeight;
      emergencyPool = emergencyPool == null ? Boolean.FALSE : emergencyPool;
    }

    public static Subcontract defaults() {
      return new Subcontract(null, null, null, null, null, null, null);
    }
  }

  /**
   * Complaint handling: acknowledge within 24 h, answer within 48 h, as far as capacity allows: the
   * complaint hours set aside, the people handling them in parallel and the desk's opening hours.
   */
  public record Complaints(
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Complaints per active client per month at neutral health. Default 0.02.")
          Uncertain ratePerClientMonth,
      @Positive @Max(720) @JsonPropertyDescription("Service level for acknowledging. Default 24 h.")
          Integer acknowledgeWithinHours,
      @Positive @Max(720) @JsonPropertyDescription("Service level for a full answer. Default 48 h.")
          Integer answerWithinHours,
      @PositiveOrZero @JsonPropertyDescription("Staff hours to acknowledge one complaint. Default 0.5.")
          Uncertain acknowledgeHours,
      @PositiveOrZero @JsonPropertyDescription("Staff hours to answer one complaint. Default 3.")
          Uncertain answerHours,
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Share of service hours set aside for complaints. Default 0.05.")
          Double capacityShare,
      @Min(1) @Max(24)
          @JsonPropertyDescription(
              "Hours a day the complaint desk is open, every day, closing at 18:00 (24 = round the clock);"
                  + " complaints arrive at any hour. Default 10.")
          Integer deskHoursPerDay,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("Health points a client loses when its complaint breaches a level. Default 10.")
          Uncertain breachHealthPenalty,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription(
              "Health points a client gains when the satisfaction follow-up finds its complaint answered within both"
                  + " levels. Default 2.")
          Uncertain resolvedHealthGain,
      @JsonPropertyDescription(
              "Serious complaints (002: complaints are classified by severity): their share and own service levels;"
                  + " the keys above are the general class.")
          SeriousComplaints serious) {

    public Complaints {
      ratePerClientMonth = Uncertain.orFixed(ratePerClientMonth, 0.02);
      acknowledgeWithinHours = acknowledgeWithinHours == null ? 24 : acknowledgeWithinHours;
      answerWithinHours = answerWithinHours == null ? 48 : answerWithinHours;
      acknowledgeHours = Uncertain.orFixed(acknowledgeHours, 0.5);
      answerHours = Uncertain.orFixed(answerHours, 3.0);
      capacityShare = capacityShare == null ? 0.05 : capacityShare;
      deskHoursPerDay = deskHoursPerDay == null ? 10 : deskHoursPerDay;
      breachHealthPenalty = Uncertain.orFixed(breachHealthPenalty, 10.0);
      resolvedHealthGain = Uncertain.orFixed(resolvedHealthGain, 2.0);
      serious = serious == null ? SeriousComplaints.defaults() : serious;
    }

    public static Complaints defaults() {
      return new Complaints(null, null, null, null, null, null, null, null, null, null);
    }
  }

  /**
   * The serious class of complaints: a share of all complaints, with its own service levels, work
   * and health effects. Answers to serious complaints go before general ones.
   */
  public record SeriousComplaints(
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Share of complaints that are serious. Default 0.1.")
          Double share,
      @Positive @Max(720) @JsonPropertyDescription("Service level for acknowledging. Default 24 h.")
          Integer acknowledgeWithinHours,
      @Positive @Max(720) @JsonPropertyDescription("Service level for a full answer. Default 24 h.")
          Integer answerWithinHours,
      @PositiveOrZero @JsonPropertyDescription("Staff hours to answer one serious complaint. Default 8.")
          Uncertain answerHours,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("Health points a client loses when its serious complaint breaches a level. Default 20.")
          Uncertain breachHealthPenalty,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("Health points gained when a serious complaint is answered within both levels. Default 5.")
          Uncertain resolvedHealthGain) {

    public SeriousComplaints {
      share = share == null ? 0.1 : share;
      acknowledgeWithinHours = acknowledgeWithinHours == null ? 24 : acknowledgeWithinHours;
      answerWithinHours = answerWithinHours == null ? 24 : answerWithinHours;
      answerHours = Uncertain.orFixed(answerHours, 8.0);
      breachHealthPenalty = Uncertain.orFixed(breachHealthPenalty, 20.0);
      resolvedHealthGain = Uncertain.orFixed(resolvedHealthGain, 5.0);
    }

    public static SeriousComplaints defaults() {
      return new SeriousComplaints(null, null, null, null, null, null);
    }
  }

  /**
   * The churn early warning (001: warn of churn 45 days ahead): a client whose health falls below a
   * level is warned; the warning is right when the client churns within the window, false when the
   * window passes without it. A client whose window passed while still below the level is not
   * warned again until its health recovers to the level.
   */
  public record ChurnWarning(
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("Health below which a client is warned of. Default 60.")
          Double belowHealth,
      @Min(1) @Max(Limits.MAX_WATCH_MONTHS)
          @JsonPropertyDescription("Months after a warning in which the client's churn proves it right. Default 3.")
          Integer windowMonths,
      @Min(0) @Max(365)
          @JsonPropertyDescription(
              "Lead the warning aims for: churners warned at least this many days (30 a month) ahead count as"
                  + " warned in time. Default 45.")
          Integer leadDays) {

    public ChurnWarning {
      belowHealth = belowHealth == null ? 60.0 : belowHealth;
      windowMonths = windowMonths == null ? 3 : windowMonths;
      leadDays = leadDays == null ? 45 : leadDays;
    }

    public static ChurnWarning defaults() {
      return new ChurnWarning(null, null, null);
    }
  }
}

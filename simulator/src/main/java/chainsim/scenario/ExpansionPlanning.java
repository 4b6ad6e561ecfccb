package chainsim.scenario;

import chainsim.input.Durations;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * What the expansion planner may decide for each region x industry cell (a mode and a start
 * quarter, or not to enter) and the limits and risk appetite it plans under.
 */
public record ExpansionPlanning(
    @Ref("regions") @JsonPropertyDescription("Candidate regions. Default: all regions.") List<String> regions,
    @Ref("industries") @JsonPropertyDescription("Candidate industries. Default: all industries.")
        List<String> industries,
    @JsonPropertyDescription("Modes the planner may choose; a mode without a template of its kind is left out."
            + " Default [direct, equity, partner].")
        List<Mode> modes,
    @JsonPropertyDescription("Template used for each mode.") ModeTemplates templates,
    @Min(1) @Max(40)
        @JsonPropertyDescription("Quarters in which openings may start (quarter q opens in month 3(q-1)+1). Default: the"
            + " horizon's, at most 8.")
        Integer quarters,
    @Min(1) @Max(40)
        @JsonPropertyDescription("Earliest quarter in which the planner may start a new opening: the quarter after the"
            + " as-of month when rebalancing (openings already executed or committed are pinned). Default 1.")
        Integer firstQuarter,
    @Min(0) @Max(100)
        @JsonPropertyDescription("Management bandwidth: openings per quarter at most. The cells of a region entered by"
            + " one mode in one quarter are one opening. Default 2.")
        Integer maxOpeningsPerQuarter,
    @Min(0) @Max(100) @JsonPropertyDescription("Openings per region per quarter at most. Default 1.")
        Integer maxOpeningsPerRegionPerQuarter,
    @JsonPropertyDescription("A direct branch must prove a region before channels open there: an equity, partner or"
            + " agent opening needs a direct one in its region in an earlier quarter. Default true.")
        Boolean directBeforeChannels,
    @JsonPropertyDescription("Cells the planner must not enter.") List<Cell> exclude,
    @JsonPropertyDescription("Cells whose mode and quarter are fixed (or fixed as not entered).") List<PinnedCell> pin,
    @JsonPropertyDescription("What 'best' means: expected NPV and the risk appetite.") Objective objective,
    @DecimalMin("0.5") @DecimalMax("0.999")
        @JsonPropertyDescription("Cash must stay above the reserve on this quantile of paths (0.95 = the P5 path)."
            + " Default 0.95.")
        Double reserveConfidence,
    @Pattern(regexp = Durations.SCENARIO_PATTERN, message = "a duration such as 60s, 5m, 1h or 500ms")
        @JsonPropertyDescription("Solver time limit, e.g. 60s or 5m. Default 60s.")
        String timeLimit,
    @Pattern(regexp = Durations.SCENARIO_PATTERN, message = "a duration such as 60s, 5m, 1h or 500ms")
        @JsonPropertyDescription("The search stops when its best plan has not improved for this long, e.g. 20s"
            + " (before the time limit when more time would not help). Default: none, the search runs to its limit.")
        String unimprovedTimeLimit,
    @Min(4) @Max(10000)
        @JsonPropertyDescription("Replications of each candidate opening simulated alone to learn the surrogate (the"
            + " same replications as the full simulation's first ones). Default 32.")
        Integer surrogateReplications,
    @Min(1) @Max(100000)
        @JsonPropertyDescription("Replications of the full simulation that check the plan, the greedy baseline and the"
            + " scenario's own plan, on the same seeds. Default 200.")
        Integer validationReplications,
    @Min(0) @Max(10000)
        @JsonPropertyDescription("Full simulations (of validation_replications each) the planner may spend repairing"
            + " plans that run dry more often than the greedy baseline: neighbours that delay an opening a quarter,"
            + " take a cheaper mode, drop it or narrow its industries, simulated on the same seeds. 0: no repair."
            + " Default 20.")
        Integer repairSimulations,
    @JsonPropertyDescription("A previous plan to stay close to (rebalancing): a scenario file, such as a plan.yaml,"
            + " whose expansion list gives each cell's previous decision; relative to this file.")
        String previousPlan,
    @PositiveOrZero
        @JsonPropertyDescription("Penalty per cell whose decision differs from the previous plan, in yuan of NPV."
            + " Default 0.")
        Double changePenalty) {

  public ExpansionPlanning {
    regions = regions == null ? List.of() : List.copyOf(regions);
    industries = industries == null ? List.of() : List.copyOf(industries);
    modes = modes == null ? List.of(Mode.DIRECT, Mode.EQUITY, Mode.PARTNER) : List.copyOf(modes);
    templates = templates == null ? new ModeTemplates(null, null, null, null) : templates;
    maxOpeningsPerQuarter = maxOpeningsPerQuarter == null ? 2 : maxOpeningsPerQuarter;
    maxOpeningsPerRegionPerQuarter = maxOpeningsPerRegionPerQuarter == null ? 1 : maxOpeningsPerRegionPerQuarter;
    directBeforeChannels = directBeforeChannels == null ? Boolean.TRUE : directBeforeChannels;
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    pin = pin == null ? List.of() : List.copyOf(pin);
    objective = objective == null ? Objective.defaults() : objective;
    reserveConfidence = reserveConfidence == null ? 0.95 : reserveConfidence;
    timeLimit = timeLimit == null ? "60s" : timeLimit;
    surrogateReplications = surrogateReplications == null ? 32 : surrogateReplications;
    validationReplications = validationReplications == null ? 200 : validationReplications;
    repairSimulations = repairSimulations == null ? 20 : repairSimulations;
    changePenalty = changePenalty == null ? 0.0 : changePenalty;
    firstQuarter = firstQuarter == null ? 1 : firstQuarter;
  }

  public static ExpansionPlanning defaults() {
    return new ExpansionPlanning(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  /** The template the planner uses for each mode; null means the first template of that kind. */
  public record ModeTemplates(
      @JsonPropertyDescription("Branch template for direct openings.") String direct,
      @JsonPropertyDescription("Equity template for equity openings.") String equity,
      @JsonPropertyDescription("Partner template for partner-only openings.") String partner,
      @JsonPropertyDescription("Agent template for agent openings.") String agent) {}

  /** A region x industry cell. */
  public record Cell(
      @NotNull @Ref("regions") @JsonPropertyDescription("Region.") String region,
      @NotNull @Ref("industries") @JsonPropertyDescription("Industry.") String industry) {}

  /** A cell whose decision is fixed. */
  public record PinnedCell(
      @NotNull @Ref("regions") @JsonPropertyDescription("Region.") String region,
      @NotNull @Ref("industries") @JsonPropertyDescription("Industry.") String industry,
      @JsonPropertyDescription("Mode, or absent for 'do not enter'.") Mode mode,
      @Min(1) @Max(40) @JsonPropertyDescription("Quarter of the opening (1 = months 1-3); needed with a mode.")
          Integer quarter) {}

  /** Expected NPV, less a weight times a risk measure, under a cap on the chance of running dry. */
  public record Objective(
      @JsonPropertyDescription("Risk measure subtracted from expected NPV: none, or cvar (how far the mean NPV of the"
              + " worst cvar_alpha share of futures falls below the expected NPV). Default cvar.")
          RiskMeasure riskMeasure,
      @DecimalMin("0.01") @DecimalMax("0.5")
          @JsonPropertyDescription("Tail share for CVaR (0.05 = the worst 5% of NPVs). Default 0.05.")
          Double cvarAlpha,
      @DecimalMin("0") @DecimalMax("10")
          @JsonPropertyDescription("Weight of the risk measure against expected NPV. Default 0.2.")
          Double riskWeight,
      @DecimalMin("0") @DecimalMax("1")
          @JsonPropertyDescription("Largest acceptable chance that cash falls below zero at some month (a hard"
              + " limit). Default 0.05.")
          Double maxProbCashBelowZero) {

    public Objective {
      riskMeasure = riskMeasure == null ? RiskMeasure.CVAR : riskMeasure;
      cvarAlpha = cvarAlpha == null ? 0.05 : cvarAlpha;
      riskWeight = riskWeight == null ? 0.2 : riskWeight;
      maxProbCashBelowZero = maxProbCashBelowZero == null ? 0.05 : maxProbCashBelowZero;
    }

    public static Objective defaults() {
      return new Objective(null, null, null, null);
    }
  }

  /** How downside risk enters the objective. */
  public enum RiskMeasure {
    @JsonProperty("none")
    NONE,
    @JsonProperty("cvar")
    CVAR
  }
}

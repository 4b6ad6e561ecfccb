package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of {@code chainsim rebalance}: the monthly loop that checks the forecast against the
 * actuals, calibrates, restarts from the as-of state and re-plans. Search budgets are counted in
 * moves and steps, not seconds, so that the same inputs give the same plan on any machine.
 */
public record RebalancePlanning(
    @Min(0) @Max(36)
        @JsonPropertyDescription("Openings planned to start within this many months after the as-of month are"
            + " committed (premises leased, people hired) and pinned like the openings already open. Default 3.")
        Integer committedMonths,
    @Min(1) @Max(100000000)
        @JsonPropertyDescription("Moves the expansion re-plan evaluates (a budget that gives the same plan on any"
            + " machine). Default 200000.")
        Long expansionMoves,
    @Min(100) @Max(100000000)
        @JsonPropertyDescription("The staffing re-plan stops after this many steps without a better plan (a cap of 10"
            + " minutes only guards it). Default: the staffing planner's, 10 per line-month and at least 2000.")
        Integer staffingUnimprovedSteps,
    @Min(1) @Max(100000)
        @JsonPropertyDescription("Replications of the new plan's restarted forecast. Default: the scenario's"
            + " run.replications. (The re-plans use planning.expansion.validation_replications and"
            + " planning.staffing.forecast_replications.)")
        Integer replications) {

  public RebalancePlanning {
    committedMonths = committedMonths == null ? 3 : committedMonths;
    expansionMoves = expansionMoves == null ? 200_000L : expansionMoves;
  }

  public static RebalancePlanning defaults() {
    return new RebalancePlanning(null, null, null, null);
  }
}

package chainsim.scenario;

import chainsim.input.Durations;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** Settings of the monthly headcount planner. */
public record StaffingPlanning(
    @Min(1) @Max(240)
        @JsonPropertyDescription(
            "First month of the planning window (the month planned for: next month when re-planning). Default 1.")
        Integer firstMonth,
    @Min(1) @Max(36) @JsonPropertyDescription("Months planned ahead. Default 6.") Integer windowMonths,
    @Min(0) @Max(36)
        @JsonPropertyDescription(
            "Months at the start of the window already decided: their hires, releases and transfers stay as the"
                + " scenario's headcount plan has them. Default 0.")
        Integer pinnedMonths,
    @PositiveOrZero
        @JsonPropertyDescription(
            "Penalty per person hired, released or transferred differently from the scenario's headcount plan in"
                + " the window (re-planning keeps last month's plan unless change pays), in yuan. Default 5000.")
        Double changePenaltyPerPerson,
    @DecimalMin("0.5") @DecimalMax("0.999")
        @JsonPropertyDescription("Quantile of simulated workload to cover (0.9 = P90). Default 0.9.")
        Double serviceLevel,
    @Min(0) @Max(1000) @JsonPropertyDescription("New hires a branch can train per month. Default 4.")
        Integer trainingCapacityPerMonth,
    @Min(0) @Max(12) @JsonPropertyDescription("Months of notice before a release takes effect. Default 1.")
        Integer noticeMonths,
    @Min(0) @Max(60) @JsonPropertyDescription("Months of tenure before a person may transfer. Default 6.")
        Integer minTenureMonthsForTransfer,
    @PositiveOrZero @JsonPropertyDescription("Cost of one transfer, in yuan. Default 10000.") Double transferCost,
    @PositiveOrZero @JsonPropertyDescription("Cost of one release (severance), in months of base pay. Default 2.")
        Double releaseCostMonths,
    @PositiveOrZero @JsonPropertyDescription("Emergency pool cost per hour, in yuan. Default 400.")
        Double poolCostPerHour,
    @PositiveOrZero @JsonPropertyDescription("Emergency pool hours available per branch per month. Default 320.")
        Double poolHoursPerMonth,
    @PositiveOrZero @JsonPropertyDescription("Penalty per demanded hour left uncovered, in yuan. Default 1500.")
        Double unmetPenaltyPerHour,
    @PositiveOrZero @JsonPropertyDescription(
            "Payroll budget per month across the direct branches (equity channels' local firms pay their own), in"
                + " yuan (null = none).")
        Double payrollBudgetPerMonth,
    @Pattern(regexp = Durations.SCENARIO_PATTERN, message = "a duration such as 60s, 5m, 1h or 500ms")
        @JsonPropertyDescription("Solver time limit. Default 30s.") String timeLimit,
    @Min(4) @Max(10000)
        @JsonPropertyDescription("Replications of the simulation that forecast the workload. Default 100.")
        Integer forecastReplications) {

  public StaffingPlanning {
    firstMonth = firstMonth == null ? 1 : firstMonth;
    windowMonths = windowMonths == null ? 6 : windowMonths;
    pinnedMonths = pinnedMonths == null ? 0 : pinnedMonths;
    changePenaltyPerPerson = changePenaltyPerPerson == null ? 5000.0 : changePenaltyPerPerson;
    serviceLevel = serviceLevel == null ? 0.9 : serviceLevel;
    trainingCapacityPerMonth = trainingCapacityPerMonth == null ? 4 : trainingCapacityPerMonth;
    noticeMonths = noticeMonths == null ? 1 : noticeMonths;
    minTenureMonthsForTransfer = minTenureMonthsForTransfer == null ? 6 : minTenureMonthsForTransfer;
    transferCost = transferCost == null ? 10000.0 : transferCost;
    releaseCostMonths = releaseCostMonths == null ? 2.0 : releaseCostMonths;
    poolCostPerHour = poolCostPerHour == null ? 400.0 : poolCostPerHour;
    poolHoursPerMonth = poolHoursPerMonth == null ? 320.0 : poolHoursPerMonth;
    unmetPenaltyPerHour = unmetPenaltyPerHour == null ? 1500.0 : unmetPenaltyPerHour;
    timeLimit = timeLimit == null ? "30s" : timeLimit;
    forecastReplications = forecastReplications == null ? 100 : forecastReplications;
  }

  public static StaffingPlanning defaults() {
    return new StaffingPlanning(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}

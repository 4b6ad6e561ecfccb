package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/**
 * How a direct branch (or the local firm behind an equity channel) is staffed, paid and run. An
 * opening refers to a template; the region supplies wage index and rent.
 */
public record BranchTemplate(
    @NotNull @Pattern(regexp = Ids.PATTERN) @JsonPropertyDescription("Identifier, referred to by openings.") String id,
    @JsonPropertyDescription("Display names.") Label label,
    @NotNull @JsonPropertyDescription("Target headcount by role and skill; the branch opens with it and hires to it.")
        List<StaffLine> staffing,
    @NotNull @Ref("roles")
        @JsonPropertyDescription("Monthly base pay per role at wage index 1.0, in yuan.")
        Map<String, @PositiveOrZero @DrawnOnce("a contracted wage") Uncertain> basePay,
    @DecimalMin("0") @DecimalMax("5") @DrawnOnce("a pay policy")
        @JsonPropertyDescription("Performance pay at full target attainment, as a share of base pay. Default 0.")
        Uncertain performancePayRatio,
    @JsonPropertyDescription("Tiered commission of sales consultants. Default none.") Commission commission,
    @NotNull @JsonPropertyDescription("What one ramped person achieves.") Productivity productivity,
    @PositiveOrZero @Max(36)
        @JsonPropertyDescription("Months until a new hire is fully productive (linear ramp). Default 3.")
        Integer rampUpMonths,
    @DecimalMin("0") @DecimalMax("1")
        @JsonPropertyDescription("Chance per month that a person leaves (culture shows here). Default 0.03.")
        Uncertain attritionMonthly,
    @PositiveOrZero @Max(24) @JsonPropertyDescription("Months from requisition to start date. Default 2.")
        Integer hiringLagMonths,
    @PositiveOrZero @JsonPropertyDescription("Recruiting cost per hire, in yuan. Default 0.") Uncertain hiringCostPerHire,
    @JsonPropertyDescription("When to hire beyond the targets. Default: replace leavers only.") Hiring hiring,
    @NotNull @Positive @Max(10000) @JsonPropertyDescription("Seats in the office: headcount never exceeds it.")
        Integer seats,
    @PositiveOrZero @DrawnOnce("a one-off cost, paid at opening")
        @JsonPropertyDescription("One-off opening cost (fit-out, licences), in yuan. Default 0.")
        Uncertain setupCost,
    @PositiveOrZero @JsonPropertyDescription("Other fixed costs per month, in yuan. Default 0.")
        Uncertain otherFixedPerMonth,
    @JsonPropertyDescription("Marketing budget lines. Default none.") List<MarketingLine> marketing)
    implements Identified {

  public BranchTemplate {
    staffing = staffing == null ? List.of() : List.copyOf(staffing);
    basePay = basePay == null ? Map.of() : Collections2.orderedCopy(basePay);
    performancePayRatio = Uncertain.orZero(performancePayRatio);
    commission = commission == null ? Commission.none() : commission;
    rampUpMonths = rampUpMonths == null ? 3 : rampUpMonths;
    attritionMonthly = Uncertain.orFixed(attritionMonthly, 0.03);
    hiringLagMonths = hiringLagMonths == null ? 2 : hiringLagMonths;
    hiringCostPerHire = Uncertain.orZero(hiringCostPerHire);
    hiring = hiring == null ? Hiring.defaults() : hiring;
    setupCost = Uncertain.orZero(setupCost);
    otherFixedPerMonth = Uncertain.orZero(otherFixedPerMonth);
    marketing = marketing == null ? List.of() : List.copyOf(marketing);
  }

  /** Total target headcount. */
  public int targetHeadcount() {
    return staffing.stream().mapToInt(StaffLine::count).sum();
  }
}

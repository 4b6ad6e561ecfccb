package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A headcount target that replaces the template's for one opening, role and skill from a month on:
 * what the staffing planner writes. The branch hires towards it (after the hiring lag) and releases
 * above it.
 */
public record HeadcountTarget(
    @NotNull @Ref("expansion") @JsonPropertyDescription("The opening (direct or equity) it applies to.")
        String opening,
    @NotNull @Min(1) @JsonPropertyDescription("Month index from which the target holds.") Integer fromMonth,
    @NotNull @Ref("roles") @JsonPropertyDescription("Role.") String role,
    @Ref("skills") @JsonPropertyDescription("Skill, for service roles.") String skill,
    @NotNull @PositiveOrZero @Max(10000) @JsonPropertyDescription("Target number of people.") Integer count,
    @PositiveOrZero @Max(10000)
        @JsonPropertyDescription("People moved in from another opening this month (part of reaching the target).")
        Integer transfersIn,
    @Ref("expansion") @JsonPropertyDescription("Where the transferred people come from.") String transferFrom) {

  public HeadcountTarget {
    transfersIn = transfersIn == null ? 0 : transfersIn;
  }
}

package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Headcount of one role (and, for service roles, one skill) in a branch. */
public record StaffLine(
    @NotNull @Ref("roles") @JsonPropertyDescription("The role.") String role,
    @Ref("skills") @JsonPropertyDescription("The skill; required for service roles, absent for the others.")
        String skill,
    @NotNull @PositiveOrZero @Max(10000) @JsonPropertyDescription("Number of people.") Integer count) {}

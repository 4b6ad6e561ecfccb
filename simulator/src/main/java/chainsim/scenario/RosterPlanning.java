package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/** Settings of the weekly shift roster planner. */
public record RosterPlanning(
    @Ref("expansion")
        @JsonPropertyDescription(
            "Per opening id, the employees file (YAML or CSV, relative to the scenario) with staff, contracts,"
                + " shifts and cover.")
        Map<String, String> employeesFiles,
    @Pattern(regexp = "^[0-9]+(ms|s|m|h)$", message = "a duration such as 60s, 5m, 1h or 500ms")
        @JsonPropertyDescription("Solver time limit. Default 30s.")
        String timeLimit) {

  public RosterPlanning {
    employeesFiles = employeesFiles == null ? Map.of() : Collections2.orderedCopy(employeesFiles);
    timeLimit = timeLimit == null ? "30s" : timeLimit;
  }

  public static RosterPlanning defaults() {
    return new RosterPlanning(null, null);
  }
}

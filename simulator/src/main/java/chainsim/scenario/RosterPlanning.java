package chainsim.scenario;

import chainsim.input.Durations;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings of the weekly shift roster planner ({@code chainsim plan roster}, docs/roster.md). */
public record RosterPlanning(
    @Ref("expansion")
        @JsonPropertyDescription(
            "Per opening id, the employees file (YAML, relative to the scenario file): shifts, contracts, employees"
                + " with skills, availability and requests, and optionally cover (docs/roster.md).")
        Map<String, String> employeesFiles,
    @Pattern(regexp = Durations.SCENARIO_PATTERN, message = "a duration such as 60s, 5m, 1h or 500ms")
        @JsonPropertyDescription(
            "Longest the roster search may take; it normally ends sooner, after its steps (--steps). Default 30s.")
        String timeLimit,
    @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])(-[0-3][0-9])?$", message = "a Monday as YYYY-MM-DD or a month as YYYY-MM")
        @JsonPropertyDescription(
            "First day of the roster, a Monday (YYYY-MM-DD), or a month (YYYY-MM: its first Monday). Default: the"
                + " first Monday of planning.staffing.first_month.")
        String start) {

  public RosterPlanning {
    employeesFiles = employeesFiles == null ? Map.of() : Collections2.orderedCopy(employeesFiles);
    timeLimit = timeLimit == null ? "30s" : timeLimit;
  }

  /**
   * The same settings for a scenario file written into {@code directory}: each employees file, named
   * relative to {@code scenarioFile} (the file run), named again relative to the directory, so that a
   * scenario or overlay written there finds the same files.
   */
  public RosterPlanning movedTo(Path scenarioFile, Path directory) {
    Path from = scenarioFile.toAbsolutePath().normalize();
    Path to = directory.toAbsolutePath().normalize();
    Map<String, String> moved = new LinkedHashMap<>();
    employeesFiles.forEach((id, file) -> moved.put(id,
        to.relativize(from.resolveSibling(file).normalize()).toString().replace('\\', '/')));
    return new RosterPlanning(moved, timeLimit, start);
  }

  public static RosterPlanning defaults() {
    return new RosterPlanning(null, null, null);
  }
}

package chainsim.staffing;

import chainsim.montecarlo.EngineKind;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Objects;

/** The fixture scenarios of the planner's tests, and requests that keep the tests fast and reproducible. */
public final class PlanFixtures {
  private PlanFixtures() {}

  public static Path path(String name) {
    try {
      return Path.of(Objects.requireNonNull(PlanFixtures.class.getResource("/staffing/" + name)).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static LoadedScenario load(String name) {
    try {
      return ScenarioLoader.load(path(name));
    } catch (ScenarioException e) {
      throw new IllegalArgumentException("invalid fixture:\n" + e.getMessage(), e);
    }
  }

  /** Sequential engine on one thread, step limits instead of the clock. */
  public static StaffingPlanner.Request request(MovesFile previous) {
    return new StaffingPlanner.Request(null, null, null, java.time.Duration.ofMinutes(2), 600, 1,
        EngineKind.SEQUENTIAL, previous);
  }
}

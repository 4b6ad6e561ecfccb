package chainsim.expansion;

import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.SurrogateBuilder;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The two-cities fixture (four cells), its surrogate built once per test run. */
public final class Fixture {
  public static final Path FILE = Path.of("src/test/resources/expansion/two-cities.yaml");
  private static Surrogate surrogate;

  private Fixture() {}

  public static LoadedScenario scenario() {
    try {
      return ScenarioLoader.load(FILE);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fixture with lines added to its {@code planning.expansion} section (indented by the caller). */
  public static LoadedScenario withPlanning(String lines) {
    try {
      String text = Files.readString(FILE).replace("    validation_replications: 4\n",
          "    validation_replications: 4\n" + lines);
      return ScenarioLoader.load(text, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  public static synchronized Surrogate surrogate() throws InterruptedException {
    if (surrogate == null) {
      var s = scenario().scenario();
      surrogate = new SurrogateBuilder(s, SurrogateSpec.of(s)).build(2, done -> {});
    }
    return surrogate;
  }
}

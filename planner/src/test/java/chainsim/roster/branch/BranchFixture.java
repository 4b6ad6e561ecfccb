package chainsim.roster.branch;

import chainsim.montecarlo.EngineKind;
import chainsim.planning.Cancellation;
import chainsim.roster.RosterPlanner;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The baseline scenario with its direct branch's employees file replaced by a small one (the
 * resource roster/small-branch.yaml, shared with the reports' tests) written
 * into a temporary directory: three weeks of early and late shifts (Monday to Friday) and a
 * Saturday morning, tax and IP, five people, cover given in the file (so no forecast runs), and an
 * emergency pool of one temporary (80 hours a month: 18 hours a week).
 */
final class BranchFixture {
  static final LocalDate MONDAY = LocalDate.of(2027, 7, 5);

  static final String SMALL = read("/roster/small-branch.yaml");

  private static String read(String resource) {
    try (var in = BranchFixture.class.getResourceAsStream(resource)) {
      return new String(java.util.Objects.requireNonNull(in, resource).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }


  private BranchFixture() {}

  /** The baseline scenario as loaded, pretending to live in {@code dir} (where its employees file is looked for). */
  static LoadedScenario scenario() throws ScenarioException {
    return ScenarioLoader.load(Path.of("../scenarios/baseline.yaml"));
  }

  /** Writes the employees file where the baseline's planning.roster names it, relative to {@code dir}. */
  static Path write(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("employees/suzhou-direct.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  static RosterPlanner.Request request(int weeks, long steps) {
    return new RosterPlanner.Request("suzhou-direct", weeks, MONDAY.toString(), null, null, null, steps, 7L, 4,
        1, EngineKind.SEQUENTIAL);
  }

  static RosterPlanner.Result plan(Path dir, String yaml, RosterPlanner.Request request) throws Exception {
    write(dir, yaml);
    return RosterPlanner.plan(scenario().scenario(), dir.resolve("baseline.yaml"), request,
        new RosterPlanner.Listener() {}, Cancellation.none());
  }
}

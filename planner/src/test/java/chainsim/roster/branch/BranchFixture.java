package chainsim.roster.branch;

import chainsim.montecarlo.EngineKind;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The baseline scenario with its direct branch's employees file replaced by a small one written
 * into a temporary directory: three weeks of early and late shifts (Monday to Friday) and a
 * Saturday morning, tax and IP, five people, cover given in the file (so no forecast runs), and an
 * emergency pool of one temporary (80 hours a month: 18 hours a week).
 */
final class BranchFixture {
  static final LocalDate MONDAY = LocalDate.of(2027, 7, 5);

  static final String SMALL = """
      branch: suzhou-direct
      shifts:
        - { id: early, name: Early, start: "08:30", end: "16:30" }
        - { id: late, name: Late, start: "12:30", end: "20:30", undesired: true }
        - { id: sat, name: Saturday, start: "09:00", end: "13:00", days: [sat], undesired: true }
      cover:
        - { shift: early, skill: tax, min: 1, target: 2 }
        - { shift: late, skill: tax, min: 1, target: 1 }
        - { shift: early, skill: ip, min: 1, target: 1, max: 2 }
        - { shift: sat, skill: tax, min: 0, target: 1 }
      weights: { pool_hours_per_month: 80, request: 2000 }
      contracts:
        - { id: full, kind: full_time, hours_per_week: 40, max_hours_per_week: 44, max_consecutive_days: 5 }
        - { id: part, kind: part_time, hours_per_week: 16, max_shifts_per_week: 2, max_consecutive_days: 2 }
      employees:
        - { id: an, name: An, contract: full, skills: [tax] }
        - { id: bo, name: Bo, contract: full, skills: [tax, ip], requests: [{ date: 2027-07-09, wants: day_off }] }
        - { id: cy, name: Cy, contract: full, skills: [ip], unavailable: [{ from: 2027-07-12, to: 2027-07-14, reason: training }] }
        - { id: di, name: Di, contract: part, skills: [tax], available_days: [mon, tue, wed, sat] }
        - { id: ed, name: Ed, contract: full, skills: [tax] }
      """;

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

  static BranchRosterPlanner.Request request(int weeks, long steps) {
    return new BranchRosterPlanner.Request("suzhou-direct", weeks, MONDAY.toString(), null, null, null, steps, 7L, 4,
        1, EngineKind.SEQUENTIAL);
  }

  static BranchRosterPlanner.Result plan(Path dir, String yaml, BranchRosterPlanner.Request request) throws Exception {
    write(dir, yaml);
    return BranchRosterPlanner.plan(scenario().scenario(), dir.resolve("baseline.yaml"), request,
        new BranchRosterPlanner.Listener() {});
  }
}

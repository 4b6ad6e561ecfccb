package chainsim.staffing;

import chainsim.montecarlo.EngineKind;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;

public class NationalProbe {
  public static void main(String[] args) throws Exception {
    var s = ScenarioLoader.load(Path.of("scenarios/national.yaml")).scenario();
    long t0 = System.nanoTime();
    var req = new StaffingPlanner.Request(Integer.parseInt(args[0]), Integer.parseInt(args[1]), null, java.time.Duration.ofSeconds(Integer.parseInt(args[2])), null, 2, EngineKind.ACTOR, MovesFile.empty());
    StaffingResult r = StaffingPlanner.plan(s, req, new StaffingPlanner.Listener() {
      public void solving(int b, int l, int lm, java.time.Duration d) { System.out.printf("forecast %.1fs; %d branches %d lines %d line-months%n", (System.nanoTime() - t0) / 1e9, b, l, lm); }
    });
    System.out.printf("total %.1fs%n", (System.nanoTime() - t0) / 1e9);
    System.out.println(r.score() + " " + r.costByConstraint());
    r.broken().forEach(System.out::println);
    r.lineRows().forEach(x -> System.out.printf("%s %s m%d base %d hc %d need %.2f/%.2f dem %.0f cap %.0f h%d r%d t%d%s out %d%n", x.branch(), x.skill(), x.month(), x.baseline(), x.headcount(), x.neededMedian(), x.neededAtServiceLevel(), x.demandHours(), x.capacityHours(), x.hires(), x.releases(), x.transfersIn(), x.transferFrom() == null ? "" : "<" + x.transferFrom(), x.transfersOut()));
    r.branchRows().forEach(System.out::println);
  }
}

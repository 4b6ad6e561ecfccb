package chainsim.engine;

import chainsim.metrics.MetricLayout;
import chainsim.random.UncertaintyModel;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioMapper;
import chainsim.world.World;
import java.nio.file.Path;

/** Scratch: runs replications for profiling. */
public class ProfileRun {
  public static void main(String[] args) throws Exception {
    Scenario s = ScenarioMapper.yaml().readValue(Path.of(args[0]).toFile(), Scenario.class);
    Simulation sim = new Simulation(s);
    World w = sim.world();
    MetricLayout layout = sim.layout();
    int n = Integer.parseInt(args[1]);
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      SequentialEngine.run(sim.replication(i + 1), w.months());
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    double fm = (double) w.initialFirms() * w.months() * n;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf("%d reps %.2fs wall %.2fs cpu  %.1f M firm-months/cpu-s%n", n, sec, cpu, fm / cpu / 1e6);
  }
}

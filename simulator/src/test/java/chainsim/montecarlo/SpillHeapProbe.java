package chainsim.montecarlo;

import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.selling.EntityEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: a probe of the aggregation's heap and time at any number of replications, without
 * simulating them all (on a loaded machine national x 10,000 takes hours). It simulates
 * {@code distinct} real replications of a scenario, then feeds {@code replications} of them (each
 * a real one, re-indexed) through the {@link Aggregator} and takes its result, the way a run does.
 * Run it with {@code -Xmx1g -Xlog:gc:file=...} and read the peak heap from the GC log:
 *
 * <pre>java -Xmx1g -Xlog:gc:file=gc.log -cp ... chainsim.montecarlo.SpillHeapProbe scenarios/national.yaml 10000 10</pre>
 *
 * The system property {@code chainsim.spillAboveBytes} chooses the path (a huge value keeps the
 * series on the heap, as before the spill).
 */
public final class SpillHeapProbe {
  private SpillHeapProbe() {}

  public static void main(String[] args) throws Exception {
    Scenario scenario = ScenarioLoader.load(Path.of(args[0])).scenario();
    int replications = Integer.parseInt(args[1]);
    int distinct = Integer.parseInt(args[2]);
    Simulation simulation = new Simulation(scenario.withRun(scenario.seed(), replications));
    List<ReplicationResult> real = new ArrayList<>();
    long t0 = System.nanoTime();
    MonteCarlo.forEachReplication(simulation, distinct, 1, EngineKind.SEQUENTIAL, real::add);
    real.sort(java.util.Comparator.comparingInt(ReplicationResult::replication));
    long t1 = System.nanoTime();
    SeriesStore store = SeriesStore.forRun(simulation.layout().size(), simulation.months(), replications,
        SeriesStore.spillAboveBytes(), null);
    MonteCarloResult result;
    long t2;
    try (Aggregator aggregator = new Aggregator(simulation, replications, store)) {
      for (int r = 0; r < replications; r++) {
        ReplicationResult from = real.get(r % distinct);
        // events and parameters copied, as each replication of a run has its own
        List<EntityEvent> events = new ArrayList<>();
        for (EntityEvent e : from.events()) {
          events.add(new EntityEvent(e.month(), e.entity(), e.type(), new String(e.detail())));
        }
        aggregator.accept(new ReplicationResult(r, from.series(), from.summary(), List.copyOf(events),
            from.parameters().clone(), r == 0 ? from.clientSample() : null));
      }
      t2 = System.nanoTime();
      result = aggregator.result();
    }
    long t3 = System.nanoTime();
    long spilled = store instanceof SpilledSeries s ? s.bytesWritten() : 0;
    System.out.printf(Locale.ROOT, "%s x %d (%d distinct): %s; simulate %.1f s, accept %.1f s, result %.1f s;"
            + " spill %d bytes (%.1f KB per replication); %d events; P50 cash month 60 %.0f%n",
        scenario.name(), replications, distinct, store instanceof SpilledSeries ? "spilled" : "on the heap",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, spilled, spilled / 1024.0 / replications,
        result.events().size(), result.monthly("cash.balance", simulation.months()).p50());
  }
}

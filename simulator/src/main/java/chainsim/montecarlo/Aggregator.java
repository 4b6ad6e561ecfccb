package chainsim.montecarlo;

import chainsim.engine.Simulation;
import chainsim.market.ClientSnapshot;
import chainsim.metrics.ReplicationResult;
import chainsim.selling.EntityEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects replications as they finish, in any order and from any thread, and turns them into a
 * {@link MonteCarloResult}. Everything is kept by replication index; {@link #result} reads it
 * in index order.
 */
public final class Aggregator {
  private final Simulation simulation;
  private final int replications;
  private final SeriesStore series;
  private final ReplicationResult[] summaries;
  private int received;

  public Aggregator(Simulation simulation, int replications) {
    this.simulation = simulation;
    this.replications = replications;
    this.series = new SeriesStore(simulation.layout().size(), simulation.months(), replications);
    this.summaries = new ReplicationResult[replications];
  }

  /** Takes a finished replication; its series go to the store, the rest is kept until the end. */
  public synchronized void accept(ReplicationResult r) {
    if (summaries[r.replication()] != null) {
      throw new IllegalStateException("replication " + r.replication() + " reported twice");
    }
    series.put(r);
    // keep what the summary needs, drop the per-month arrays
    summaries[r.replication()] =
        new ReplicationResult(r.replication(), null, r.summary(), r.events(), r.parameters(), r.clientSample());
    received++;
  }

  public synchronized int received() {
    return received;
  }

  public synchronized MonteCarloResult result() {
    if (received != replications) {
      throw new IllegalStateException(received + " of " + replications + " replications finished");
    }
    int months = simulation.months();
    Stats[][] monthly = new Stats[simulation.layout().size()][months];
    for (int s = 0; s < monthly.length; s++) {
      for (int m = 1; m <= months; m++) {
        monthly[s][m - 1] = Stats.of(series.across(s, m));
      }
    }
    Map<String, Stats> chain = new LinkedHashMap<>();
    for (String key : summaries[0].summary().chain().keySet()) {
      chain.put(key, Stats.of(figure(r -> r.summary().chain().get(key))));
    }
    Map<String, Map<String, Stats>> entities = new LinkedHashMap<>();
    summaries[0].summary().entities().forEach((entity, figures) -> {
      Map<String, Stats> stats = new LinkedHashMap<>();
      for (String key : figures.keySet()) {
        stats.put(key, Stats.of(figure(r -> r.summary().entities().get(entity).get(key))));
      }
      entities.put(entity, stats);
    });
    double[] npv = figure(r -> r.summary().chain().get("npv"));
    double[][] draws = new double[replications][];
    for (int r = 0; r < replications; r++) {
      draws[r] = summaries[r].parameters();
    }
    List<Sensitivity.Entry> sensitivity =
        Sensitivity.of(simulation.uncertainty().replicationPaths(), draws, npv);
    List<RunEvent> events = new ArrayList<>();
    for (ReplicationResult r : summaries) {
      for (EntityEvent e : r.events()) {
        events.add(new RunEvent(r.replication(), e));
      }
    }
    events.sort(Comparator.comparingInt(RunEvent::replication).thenComparingInt(e -> e.event().month()));
    List<ClientSnapshot> sample = summaries[0].clientSample();
    return new MonteCarloResult(simulation.layout(), months, replications, simulation.scenario().seed(), monthly,
        chain, entities, sensitivity, events, sample, npv, figure(r -> r.summary().chain().get("min_cash")));
  }

  private interface Figure {
    Double of(ReplicationResult r);
  }

  private double[] figure(Figure f) {
    double[] values = new double[replications];
    for (int r = 0; r < replications; r++) {
      Double v = f.of(summaries[r]);
      values[r] = v == null ? Double.NaN : v;
    }
    return values;
  }
}

package chainsim.montecarlo;

import chainsim.engine.Simulation;
import chainsim.market.ClientSnapshot;
import chainsim.metrics.ReplicationResult;
import chainsim.metrics.ReplicationSummary;
import chainsim.selling.EntityEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects replications as they finish, in any order and from any thread, and turns them into a
 * {@link MonteCarloResult}. Everything is kept by replication index; {@link #result} reads it
 * in index order.
 *
 * <p>The heap it needs does not grow with the replications' monthly series: those go to a
 * {@link SeriesStore}, on the heap for small runs and spilled to a temporary file above
 * {@link SeriesStore#SPILL_ABOVE_BYTES} (national x 1,000 is 614 MB of series); what stays on the
 * heap is a row of headline figures, the drawn parameters and the events per replication, and the
 * clients sample of replication 0. Close it (or call {@link #result}) to give the spill file back.
 */
public final class Aggregator implements AutoCloseable {
  private final Simulation simulation;
  private final int replications;
  private final SeriesStore series;
  private final FigureTable figures;
  private final double[][] parameters;
  private final List<EntityEvent>[] events;
  /** Replication 0's summary, whose figure order the result keeps, and its clients sample. */
  private ReplicationSummary first;
  private List<ClientSnapshot> sample;
  private int received;

  /** An aggregator that spills above {@link SeriesStore#spillAboveBytes()} into {@code java.io.tmpdir}. */
  public Aggregator(Simulation simulation, int replications) {
    this(simulation, replications, SeriesStore.spillAboveBytes(), null);
  }

  /**
   * An aggregator that keeps the series on the heap up to {@code spillAboveBytes} of them and
   * spills them to a temporary file in {@code spillDirectory} (null: {@code java.io.tmpdir}) above.
   */
  public Aggregator(Simulation simulation, int replications, long spillAboveBytes, Path spillDirectory) {
    this(simulation, replications, SeriesStore.forRun(simulation.layout().size(), simulation.months(), replications,
        spillAboveBytes, spillDirectory));
  }

  /** An aggregator whose series go to {@code series} (tests give a spill with a small buffer). */
  @SuppressWarnings("unchecked")
  Aggregator(Simulation simulation, int replications, SeriesStore series) {
    this.simulation = simulation;
    this.replications = replications;
    this.series = series;
    this.figures = new FigureTable(replications);
    this.parameters = new double[replications][];
    this.events = new List[replications];
  }

  /** Takes a finished replication; its series go to the store, the rest is kept until the end. */
  public synchronized void accept(ReplicationResult r) {
    int index = r.replication();
    if (parameters[index] != null) {
      throw new IllegalStateException("replication " + index + " reported twice");
    }
    series.put(r);
    figures.put(index, r.summary());
    parameters[index] = r.parameters() == null ? new double[0] : r.parameters();
    events[index] = r.events();
    if (index == 0) {
      first = r.summary();
      sample = r.clientSample();
    }
    received++;
  }

  public synchronized int received() {
    return received;
  }

  /** Whether the series went to a file rather than the heap. */
  public boolean spills() {
    return series instanceof SpilledSeries;
  }

  /** The aggregate of every replication; then the spill file, if any, is gone. */
  public synchronized MonteCarloResult result() {
    if (received != replications) {
      throw new IllegalStateException(received + " of " + replications + " replications finished");
    }
    int months = simulation.months();
    Stats[][] monthly = new Stats[simulation.layout().size()][months];
    try {
      series.readAll((s, m, values) -> monthly[s][m - 1] = Stats.of(values));
    } finally {
      series.close();
    }
    Map<String, Stats> chain = new LinkedHashMap<>();
    for (String key : first.chain().keySet()) {
      chain.put(key, Stats.of(figures.chain(key)));
    }
    Map<String, Map<String, Stats>> entities = new LinkedHashMap<>();
    first.entities().forEach((entity, keys) -> {
      Map<String, Stats> stats = new LinkedHashMap<>();
      for (String key : keys.keySet()) {
        stats.put(key, Stats.of(figures.entity(entity, key)));
      }
      entities.put(entity, stats);
    });
    double[] npv = figures.chain("npv");
    List<Sensitivity.Entry> sensitivity =
        Sensitivity.of(simulation.uncertainty().replicationPaths(), parameters, npv);
    List<RunEvent> all = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      for (EntityEvent e : events[r]) {
        all.add(new RunEvent(r, e));
      }
    }
    all.sort(Comparator.comparingInt(RunEvent::replication).thenComparingInt(e -> e.event().month()));
    return new MonteCarloResult(simulation.layout(), months, replications, simulation.scenario().seed(), monthly,
        chain, entities, sensitivity, all, sample, npv, figures.chain("min_cash"));
  }

  /** Gives the spill file back without a result (a run that failed or was stopped). */
  @Override
  public void close() {
    series.close();
  }
}

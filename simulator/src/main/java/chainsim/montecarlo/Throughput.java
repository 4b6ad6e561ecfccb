package chainsim.montecarlo;

import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.engine.actor.ActorEngine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Measures the engines on one scenario in one process, so their ratios compare like with like:
 * firm-months per second (target firms x months x replications / wall time) of the sequential
 * engine on one thread and of the actor engine on one thread and on every core, and heap bytes
 * per client firm of the replications a run holds at once. A measurement is repeated in rounds,
 * each round timing the three configurations back to back, so that a ratio compares runs made
 * under the same conditions; the median and spread across rounds, the collector's time and the
 * machine's load beside them say how far a figure can be trusted.
 */
public final class Throughput {
  /**
   * One measured configuration in one round: wall time, throughput, the collectors' time and
   * count during it (all collectors of this JVM), and the system's one-minute load average before
   * and after (negative where the platform does not say).
   */
  public record Measurement(int round, String engine, int threads, int replications, double seconds,
      double firmMonthsPerSecond, long gcMillis, long gcCount, double loadBefore, double loadAfter) {

    /** The configuration, the same in every round: engine and threads. */
    public String configuration() {
      return engine + "/" + threads;
    }

    /** The share of the wall time the collectors took. */
    public double gcShare() {
      return gcMillis / (seconds * 1000);
    }
  }

  /**
   * One configuration over all rounds: the median, lowest and highest throughput, the same of its
   * ratio to the sequential engine's throughput in the same round, and the median share of the
   * time in the collectors.
   */
  public record Summary(String engine, int threads, int rounds, double medianFirmMonthsPerSecond,
      double medianRatio, double lowestRatio, double highestRatio, double medianGcShare) {}

  /**
   * Heap of the replications in flight, per target firm: {@code replications} held after
   * {@code months} months, {@code bytes} in all; {@code populationBytesPerFirm} of it the firm arrays
   * alone; {@code slotsPerReplication} firm slots each at the end (births add slots);
   * {@code storeBytesPerReplication} what each replication adds to the aggregate across replications.
   */
  public record Memory(int replications, int months, long bytes, int firms, double bytesPerFirm,
      double populationBytesPerFirm, double slotsPerReplication, long storeBytesPerReplication) {}

  private final Simulation simulation;

  public Throughput(Simulation simulation) {
    this.simulation = simulation;
  }

  /**
   * Warms the JIT up, then runs {@code rounds} rounds of each configuration, returning the
   * measurements round by round, each round in the order sequential on 1 thread, actor on 1
   * thread, actor on {@code cores} threads.
   */
  public List<Measurement> measure(int rounds, int replications, int warmup, int cores, Consumer<String> progress)
      throws InterruptedException {
    return measure(rounds, replications, warmup, cores, List.of(ActorEngine.inFlightPerThread()), progress);
  }

  /**
   * As {@link #measure(int, int, int, int, Consumer)}, the actor engine measured with each number of
   * replications in flight per thread in turn (within each round, so each is paired with the same
   * round's sequential figure). With more than one number the actor engine's label says which:
   * {@code actor, 1 in flight/thread}.
   */
  public List<Measurement> measure(int rounds, int replications, int warmup, int cores, List<Integer> inFlightPerThread,
      Consumer<String> progress) throws InterruptedException {
    if (warmup > 0) { // a run of no replications is not a run
      progress.accept("warming up (" + warmup + " replications per engine)");
      run(EngineKind.SEQUENTIAL, 1, 1, warmup);
      run(EngineKind.ACTOR, cores, inFlightPerThread.get(0), warmup);
    }
    List<Measurement> out = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      out.add(time(round, EngineKind.SEQUENTIAL, EngineKind.SEQUENTIAL.key(), 1, 1, replications, progress));
      for (int perThread : inFlightPerThread) {
        String label = inFlightPerThread.size() == 1 ? EngineKind.ACTOR.key()
            : EngineKind.ACTOR.key() + ", " + perThread + " in flight/thread";
        out.add(time(round, EngineKind.ACTOR, label, 1, perThread, replications, progress));
        if (cores > 1) {
          out.add(time(round, EngineKind.ACTOR, label, cores, perThread, replications, progress));
        }
      }
    }
    return out;
  }

  /**
   * Each configuration's figures across rounds, in the order the configurations were first
   * measured; a ratio is taken against the sequential engine's measurement of the same round.
   */
  public static List<Summary> summarize(List<Measurement> measurements) {
    Map<Integer, Double> sequential = new LinkedHashMap<>();
    for (Measurement m : measurements) {
      if (m.engine().equals(EngineKind.SEQUENTIAL.key()) && m.threads() == 1) {
        sequential.put(m.round(), m.firmMonthsPerSecond());
      }
    }
    Map<String, List<Measurement>> byConfiguration = new LinkedHashMap<>();
    for (Measurement m : measurements) {
      byConfiguration.computeIfAbsent(m.configuration(), k -> new ArrayList<>()).add(m);
    }
    List<Summary> out = new ArrayList<>();
    for (List<Measurement> runs : byConfiguration.values()) {
      DescriptiveStatistics speed = new DescriptiveStatistics();
      DescriptiveStatistics ratio = new DescriptiveStatistics();
      DescriptiveStatistics gc = new DescriptiveStatistics();
      for (Measurement m : runs) {
        speed.addValue(m.firmMonthsPerSecond());
        ratio.addValue(m.firmMonthsPerSecond() / sequential.get(m.round()));
        gc.addValue(m.gcShare());
      }
      Measurement first = runs.get(0);
      out.add(new Summary(first.engine(), first.threads(), runs.size(), speed.getPercentile(50),
          ratio.getPercentile(50), ratio.getMin(), ratio.getMax(), gc.getPercentile(50)));
    }
    return out;
  }

  private Measurement time(int round, EngineKind engine, String label, int threads, int inFlightPerThread,
      int replications, Consumer<String> progress) throws InterruptedException {
    progress.accept("round " + round + ": " + label + " engine on " + threads + " thread(s), " + replications
        + " replications");
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    long[] gcBefore = collectors();
    long start = System.nanoTime();
    run(engine, threads, inFlightPerThread, replications);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] gcAfter = collectors();
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    double firmMonths = (double) simulation.world().initialFirms() * simulation.months() * replications;
    return new Measurement(round, label, threads, replications, seconds, firmMonths / seconds,
        gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], loadBefore, loadAfter);
  }

  /** The collectors' total time in milliseconds and their total count of collections so far. */
  private static long[] collectors() {
    long millis = 0;
    long count = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
      count += Math.max(0, gc.getCollectionCount());
    }
    return new long[] {millis, count};
  }

  private void run(EngineKind engine, int threads, int inFlightPerThread, int replications)
      throws InterruptedException {
    MonteCarlo.run(simulation, replications, threads, engine, inFlightPerThread, done -> {});
  }

  /**
   * Heap of the replications a run holds at once, per target firm of each. As many replications as
   * the actor engine keeps in flight on {@code threads} threads (two per thread) are built and
   * stepped through the whole horizon (firm arrays grown by births, scratch arrays at their size,
   * delivery queues, complaint desks, the month's series) and held, unfinished, while the heap is
   * measured after a collection: the most a run of the scenario holds for its replications, less the
   * aggregate across replications (the series store, reported on its own) and the actors' own few
   * bytes.
   */
  public Memory memory(int threads) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    int inFlight = ActorEngine.inFlight(threads);
    long before = usedAfterGc(memory);
    List<Replication> held = new ArrayList<>();
    for (int r = 0; r < inFlight; r++) {
      Replication replication = simulation.replication(r);
      SequentialEngine.stepThrough(replication, simulation.months());
      held.add(replication);
    }
    long after = usedAfterGc(memory);
    int firms = simulation.world().initialFirms();
    long slots = 0;
    long population = 0;
    for (Replication replication : held) {
      for (var segment : replication.segments) {
        slots += segment.firms().size();
        population += (long) segment.firms().capacity() * chainsim.client.FirmPopulation.bytesPerSlot();
      }
    }
    long bytes = Math.max(0, after - before);
    double perFirm = bytes / ((double) firms * inFlight);
    long store = (long) simulation.layout().size() * simulation.months() * Double.BYTES;
    return new Memory(inFlight, simulation.months(), bytes, firms, perFirm, population / ((double) firms * inFlight),
        slots / (double) inFlight, store);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

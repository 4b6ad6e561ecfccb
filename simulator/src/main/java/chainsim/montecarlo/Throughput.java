package chainsim.montecarlo;

import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.engine.actor.ActorEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures the engines on one scenario in one process, so their ratios compare like with like:
 * firm-months per second (target firms x months x replications / wall time) of the sequential
 * engine on one thread and of the actor engine on one thread and on every core, and heap bytes
 * per client firm of the replications a run holds at once.
 */
public final class Throughput {
  /** One measured configuration. */
  public record Measurement(String engine, int threads, int replications, double seconds, double firmMonthsPerSecond) {}

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
   * Runs each configuration after a warm-up of the JIT, returning the measurements in order:
   * sequential on 1 thread, actor on 1 thread, actor on {@code cores} threads.
   */
  public List<Measurement> measure(int replications, int warmup, int cores, Consumer<String> progress)
      throws InterruptedException {
    progress.accept("warming up (" + warmup + " replications per engine)");
    run(EngineKind.SEQUENTIAL, 1, warmup);
    run(EngineKind.ACTOR, cores, warmup);
    List<Measurement> out = new ArrayList<>();
    out.add(time(EngineKind.SEQUENTIAL, 1, replications, progress));
    out.add(time(EngineKind.ACTOR, 1, replications, progress));
    if (cores > 1) {
      out.add(time(EngineKind.ACTOR, cores, replications, progress));
    }
    return out;
  }

  private Measurement time(EngineKind engine, int threads, int replications, Consumer<String> progress)
      throws InterruptedException {
    progress.accept(engine.key() + " engine on " + threads + " thread(s), " + replications + " replications");
    long start = System.nanoTime();
    run(engine, threads, replications);
    double seconds = (System.nanoTime() - start) / 1e9;
    double firmMonths = (double) simulation.world().initialFirms() * simulation.months() * replications;
    return new Measurement(engine.key(), threads, replications, seconds, firmMonths / seconds);
  }

  private void run(EngineKind engine, int threads, int replications) throws InterruptedException {
    MonteCarlo.run(simulation, replications, threads, engine, done -> {});
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

package chainsim.montecarlo;

import chainsim.engine.Replication;
import chainsim.engine.Simulation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures the engines on one scenario in one process, so their ratios compare like with like:
 * firm-months per second (target firms x months x replications / wall time) of the sequential
 * engine on one thread and of the actor engine on one thread and on every core, and heap bytes
 * per client firm of one replication's model.
 */
public final class Throughput {
  /** One measured configuration. */
  public record Measurement(String engine, int threads, int replications, double seconds, double firmMonthsPerSecond) {}

  /** Heap of one replication's model objects, per target firm. */
  public record Memory(long replicationBytes, int firms, double bytesPerFirm, double populationBytesPerFirm) {}

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

  /** Heap taken by one replication's model objects (all segments, sellers, head office), per firm. */
  public Memory memory() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    Replication replication = simulation.replication(0);
    long after = usedAfterGc(memory);
    int firms = simulation.world().initialFirms();
    long population = 0;
    for (var segment : replication.segments) {
      population += (long) segment.firms().capacity() * chainsim.client.FirmPopulation.bytesPerSlot();
    }
    // the replication is still used above, so it was reachable when the heap was measured
    long bytes = Math.max(0, after - before);
    return new Memory(bytes, firms, bytes / (double) firms, population / (double) firms);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

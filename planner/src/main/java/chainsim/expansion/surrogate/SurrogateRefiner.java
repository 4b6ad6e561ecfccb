package chainsim.expansion.surrogate;

import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Simulates, each alone, the openings a plan uses that the surrogate only estimated (an opening
 * serving some of a region's industries), and teaches the surrogate their runs. A solver drifts
 * towards wherever its model is too kind; learning exactly the openings it picks takes that
 * drift away where it matters.
 */
public final class SurrogateRefiner {
  private final Scenario scenario;
  private final SurrogateSpec spec;
  private final Surrogate surrogate;
  private final int threads;

  public SurrogateRefiner(Scenario scenario, SurrogateSpec spec, Surrogate surrogate, int threads) {
    this.scenario = scenario;
    this.spec = spec;
    this.surrogate = surrogate;
    this.threads = threads;
  }

  /** The openings among {@code keys} the surrogate has not simulated as such. */
  public List<Surrogate.Key> unknown(List<Surrogate.Key> keys) {
    List<Surrogate.Key> out = new ArrayList<>();
    for (Surrogate.Key k : keys) {
      if (!out.contains(k) && surrogate.runs(k.region(), k.mode()) != null && !surrogate.simulated(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** Simulates and learns the unknown openings among {@code keys}; returns how many. */
  public int learn(List<Surrogate.Key> keys, IntConsumer progress) throws InterruptedException {
    List<Surrogate.Key> todo = unknown(keys);
    if (todo.isEmpty()) {
      return 0;
    }
    CandidateSimulator simulator = new CandidateSimulator(scenario, surrogate.replications());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())), r -> {
      Thread t = new Thread(r, "chainsim-surrogate-learn");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<CandidateRun>> futures = new ArrayList<>();
      for (Surrogate.Key k : todo) {
        RegionModeRuns rm = surrogate.runs(k.region(), k.mode());
        List<String> industries = new ArrayList<>();
        for (int i = 0; i < rm.industries().size(); i++) {
          if ((k.mask() & (1L << i)) != 0) {
            industries.add(rm.industries().get(i));
          }
        }
        futures.add(pool.submit(() -> {
          CandidateRun run = simulator.simulate(k.region(), k.mode(), spec.template(k.mode()), industries,
              surrogate.headOffice());
          progress.accept(done.incrementAndGet());
          return run;
        }));
      }
      for (int i = 0; i < todo.size(); i++) {
        surrogate.learn(todo.get(i), get(futures.get(i)));
      }
      return todo.size();
    } finally {
      pool.shutdownNow();
    }
  }

  private static CandidateRun get(Future<CandidateRun> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

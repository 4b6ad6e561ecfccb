package chainsim.expansion.surrogate;

import chainsim.scenario.Mode;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Builds the surrogate of a scenario by simulation: the head office alone, then for every
 * candidate region and mode the opening in an empty market, in each candidate industry alone and
 * in all of them (see {@link RegionModeRuns}), each with the same replications as the full
 * simulation, on a pool of threads.
 */
public final class SurrogateBuilder {
  private final Scenario scenario;
  private final SurrogateSpec spec;

  public SurrogateBuilder(Scenario scenario, SurrogateSpec spec) {
    this.scenario = scenario;
    this.spec = spec;
  }

  /** Simulations the build runs (each of {@link SurrogateSpec#replications()} replications). */
  public int tasks() {
    int n = 1;
    for (SurrogateSpec.RegionCandidates rc : spec.regions()) {
      int k = rc.industries().size();
      n += spec.modes().size() * (1 + k + (k > 1 ? 1 : 0));
    }
    return n;
  }

  /** Builds it; {@code progress} hears the number of simulations done so far. */
  public Surrogate build(int threads, IntConsumer progress) throws InterruptedException {
    CandidateSimulator simulator = new CandidateSimulator(scenario, spec.replications());
    double[][] headOffice = simulator.headOfficeAlone();
    AtomicInteger done = new AtomicInteger(1);
    progress.accept(1);
    Valuation valuation = new Valuation(scenario.capital(), scenario.horizon().months());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "chainsim-surrogate");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, Future<CandidateRun>> futures = new LinkedHashMap<>();
      for (SurrogateSpec.RegionCandidates rc : spec.regions()) {
        for (Mode mode : spec.modes()) {
          String template = spec.template(mode);
          List<List<String>> openings = new ArrayList<>();
          openings.add(List.of());
          rc.industries().forEach(i -> openings.add(List.of(i)));
          if (rc.industries().size() > 1) {
            openings.add(rc.industries());
          }
          for (List<String> industries : openings) {
            futures.put(rc.region() + "/" + mode.key() + "/" + String.join("+", industries), pool.submit(() -> {
              CandidateRun run = simulator.simulate(rc.region(), mode, template, industries, headOffice);
              progress.accept(done.incrementAndGet());
              return run;
            }));
          }
        }
      }
      List<RegionModeRuns> runs = new ArrayList<>();
      for (SurrogateSpec.RegionCandidates rc : spec.regions()) {
        for (Mode mode : spec.modes()) {
          String prefix = rc.region() + "/" + mode.key() + "/";
          CandidateRun empty = get(futures.get(prefix));
          CandidateRun[] single = new CandidateRun[rc.industries().size()];
          for (int i = 0; i < single.length; i++) {
            single[i] = get(futures.get(prefix + rc.industries().get(i)));
          }
          CandidateRun all = single.length > 1 ? get(futures.get(prefix + String.join("+", rc.industries()))) : single[0];
          runs.add(RegionModeRuns.of(rc.region(), mode, spec.template(mode), rc.industries(), rc.firms(), empty, single,
              all, spec.exitFactor(mode), valuation));
        }
      }
      return new Surrogate(headOffice, runs, valuation);
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

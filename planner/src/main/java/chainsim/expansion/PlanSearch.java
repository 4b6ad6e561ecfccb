package chainsim.expansion;

import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.PlannedOpening;
import chainsim.expansion.solver.ExpansionSolverConfig;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.SurrogateRefiner;
import chainsim.planning.Cancellation;
import chainsim.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The search, in rounds: each round solves from the previous round's best, then the openings of
 * its plan that the surrogate only estimated are simulated as such and learnt (see
 * {@link SurrogateRefiner}). The first round gets half the time; a round after which nothing new
 * was learnt gets all that is left. At the end every candidate (each round's best, and the greedy
 * baseline) is scored on its own openings' runs, and the best is kept: a plan the estimates
 * flattered cannot win, and the plan is never worse than greedy on the surrogate.
 */
final class PlanSearch {
  /** A search round takes at least this long: shorter ones would be mostly start-up. */
  static final Duration MIN_ROUND = Duration.ofSeconds(1);
  /** The first round gets half the time, but at least this much when there is. */
  static final Duration FIRST_ROUND_MIN = Duration.ofSeconds(5);
  /** Rounds of a search limited by moves (tests): the moves are shared evenly. */
  static final int MOVE_ROUNDS = 3;

  /** The plan kept, and how the search went. */
  record Result(ExpansionPlan best, ExpansionPlanner.SolveStats stats, int learnt) {}

  private final Scenario scenario;
  private final ExpansionPlanner.Settings settings;
  private final ExpansionPlanner.Listener listener;
  private final SurrogateRefiner refiner;
  /** Ends the current round and the search; the best plan found so far is kept. */
  private final Cancellation cancellation;
  private long millis;
  private long moves;
  private int rounds;
  private int learnt;
  private long learnNanos;

  PlanSearch(Scenario scenario, ExpansionPlanner.Settings settings, ExpansionPlanner.Listener listener,
      SurrogateRefiner refiner, Cancellation cancellation) {
    this.scenario = scenario;
    this.settings = settings;
    this.listener = listener;
    this.refiner = refiner;
    this.cancellation = cancellation;
  }

  Result run(ExpansionPlan start, ExpansionPlan greedy, SolutionManager<ExpansionPlan, HardSoftLongScore> scorer)
      throws InterruptedException {
    List<ExpansionPlan> candidates = new ArrayList<>();
    candidates.add(greedy);
    ExpansionPlan current = start;
    long deadline = settings.timeLimit() == null ? Long.MAX_VALUE : System.nanoTime() + settings.timeLimit().toNanos();
    boolean nothingNew = false;
    while (!cancellation.isCancelled()) {
      Duration roundLimit = null;
      Long roundMoves = null;
      if (settings.timeLimit() != null) {
        long remaining = deadline - System.nanoTime();
        if (rounds > 0 && remaining < MIN_ROUND.toNanos()) {
          break;
        }
        long share = nothingNew ? remaining : Math.max(Math.min(FIRST_ROUND_MIN.toNanos(), remaining), remaining / 2);
        // the solver takes whole milliseconds
        roundLimit = Duration.ofMillis(Math.max(share, MIN_ROUND.toNanos()) / 1_000_000);
      }
      if (settings.searchMoves() != null) {
        if (rounds == MOVE_ROUNDS) {
          break;
        }
        roundMoves = settings.searchMoves() / MOVE_ROUNDS;
      }
      ExpansionPlan best = solveRound(current, roundLimit, roundMoves);
      candidates.add(best);
      current = best;
      rounds++;
      if (!cancellation.isCancelled()) {
        nothingNew = learn(List.of(best)) == 0;
      }
    }
    if (!cancellation.isCancelled()) {
      learn(candidates);
    }
    ExpansionPlan best = candidates.get(0);
    HardSoftLongScore bestScore = scorer.update(best);
    for (ExpansionPlan c : candidates.subList(1, candidates.size())) {
      HardSoftLongScore score = scorer.update(c);
      if (score.compareTo(bestScore) > 0) {
        best = c;
        bestScore = score;
      }
    }
    long speed = millis > 0 ? moves * 1000 / millis : 0;
    listener.solving(millis, bestScore, speed);
    return new Result(best, new ExpansionPlanner.SolveStats(millis, moves, speed, cancellation.isCancelled(), rounds,
        learnt, learnNanos / 1e9, best == greedy), learnt);
  }

  private ExpansionPlan solveRound(ExpansionPlan start, Duration limit, Long roundMoves) {
    SolverFactory<ExpansionPlan> factory =
        SolverFactory.create(ExpansionSolverConfig.of(scenario.seed() + rounds, limit, roundMoves));
    Solver<ExpansionPlan> s = factory.buildSolver();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "chainsim-plan-progress");
      t.setDaemon(true);
      return t;
    });
    long solveStart = System.nanoTime();
    HardSoftLongScore[] bestScore = new HardSoftLongScore[1];
    s.addEventListener(e -> bestScore[0] = (HardSoftLongScore) e.getNewBestScore());
    long before = millis;
    long movesBefore = moves;
    ticker.scheduleAtFixedRate(() -> {
      long now = before + (System.nanoTime() - solveStart) / 1_000_000;
      listener.solving(now, bestScore[0], now > 0 ? (movesBefore + moves(s)) * 1000 / now : 0);
    }, 1, 1, TimeUnit.SECONDS);
    try {
      return cancellation.solve(s, start);
    } finally {
      ticker.shutdownNow();
      millis += (System.nanoTime() - solveStart) / 1_000_000;
      moves += moves(s);
    }
  }

  private static long moves(Solver<ExpansionPlan> s) {
    try {
      return ((DefaultSolver<ExpansionPlan>) s).getSolverScope().getScoreCalculationCount();
    } catch (RuntimeException notStarted) {
      return 0;
    }
  }

  /** Simulates and learns the openings of these plans the surrogate only estimated; returns how many. */
  private int learn(List<ExpansionPlan> plans) {
    List<Surrogate.Key> keys = new ArrayList<>();
    for (ExpansionPlan p : plans) {
      for (PlannedOpening o : PlanOpenings.openings(p.getCells())) {
        keys.add(new Surrogate.Key(o.region(), o.mode(), o.mask()));
      }
    }
    int total = refiner.unknown(keys).size();
    if (total == 0) {
      return 0;
    }
    long t0 = System.nanoTime();
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      int n = refiner.learn(keys, done -> listener.learning(done, total));
      learnt += n;
      return n;
    } catch (InterruptedException e) {
      // stopped while learning: keep what the search found, scored on what is known
      return 0;
    } finally {
      Thread.interrupted();
      learnNanos += System.nanoTime() - t0;
    }
  }
}

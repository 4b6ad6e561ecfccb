package chainsim.expansion;

import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.PlannedOpening;
import chainsim.expansion.solver.ExpansionSolverConfig;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.SurrogateRefiner;
import chainsim.expansion.domain.CellDecision;
import chainsim.input.Durations;
import chainsim.planning.Cancellation;
import chainsim.scenario.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
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
 * {@link SurrogateRefiner}). The first round gets half the time; once a round learns nothing new,
 * the search leaves that plan by <b>ruin and recreate</b>: a restart clears the decisions of a
 * seeded random third of the regions of the best plan so far, the construction heuristic decides
 * them again and tabu search goes on from there, so that the plan greedy started it at is not the
 * only hill it climbs. At the end every candidate (each round's and restart's best, and the greedy
 * baseline) is scored on its own openings' runs and they are ranked: a plan the estimates
 * flattered cannot win, and the plan is never worse than greedy on the surrogate.
 *
 * <p>The search stops at its time limit or moves, when its best plan has not improved for the
 * unimproved time limit (when set), or at once when the space is small enough to enumerate
 * ({@link PlanEnumeration}): then every plan is scored, and the best is the surrogate's optimum.
 */
final class PlanSearch {
  /** A search round takes at least this long: shorter ones would be mostly start-up. */
  static final Duration MIN_ROUND = Duration.ofSeconds(1);
  /** The first round gets half the time, but at least this much when there is. */
  static final Duration FIRST_ROUND_MIN = Duration.ofSeconds(5);
  /** Rounds from the greedy start of a search limited by moves (tests): half the moves, shared evenly. */
  static final int MOVE_ROUNDS = 3;
  /** Restarts of a search limited by moves: the other half of the moves, shared evenly. */
  static final int MOVE_RESTARTS = 3;
  /** Share of the regions (with cells to decide) a restart ruins; at least one. */
  static final double RUIN_SHARE = 1.0 / 3;
  /** Plans kept from an enumeration for the ranking (the finalists are taken from them). */
  static final int ENUMERATED_KEPT = 5;

  /**
   * The plan kept, how the search went, every candidate best first on the surrogate, and the risk
   * frontier of everything the search held as its best on the way ({@link RiskFrontier}).
   */
  record Result(ExpansionPlan best, ExpansionPlanner.SolveStats stats, int learnt, List<ExpansionPlan> ranked,
      RiskFrontier frontier) {}

  private final Scenario scenario;
  private final ExpansionPlanner.Request settings;
  private final ExpansionPlanner.Listener listener;
  private final SurrogateRefiner refiner;
  /** A re-plan's free openings learnt from the as-of state; null in a plan from month 1. */
  private final AsOfOpenings asOf;
  private final Duration unimproved;
  /** Ends the current round and the search; the best plan found so far is kept. */
  private final Cancellation cancellation;
  private long millis;
  private long moves;
  private int rounds;
  private int restarts;
  private int learnt;
  private long learnNanos;
  private long enumerated;
  /** Every feasible plan a round held as its best on the way (the solver's best-solution events), in order. */
  private final List<ExpansionPlan> visited = new ArrayList<>();

  PlanSearch(Scenario scenario, ExpansionPlanner.Request settings, ExpansionPlanner.Listener listener,
      SurrogateRefiner refiner, AsOfOpenings asOf, Cancellation cancellation) {
    this.scenario = scenario;
    this.settings = settings;
    this.listener = listener;
    this.refiner = refiner;
    this.asOf = asOf;
    this.cancellation = cancellation;
    String key = scenario.planning().expansion().unimprovedTimeLimit();
    this.unimproved = settings.unimprovedTimeLimit() != null ? settings.unimprovedTimeLimit()
        : key == null ? null : Durations.parse(key, "planning.expansion.unimproved_time_limit");
  }

  Result run(ExpansionPlan start, ExpansionPlan greedy, SolutionManager<ExpansionPlan, HardSoftLongScore> scorer,
      SolverFactory<ExpansionPlan> factory) throws InterruptedException {
    List<ExpansionPlan> candidates = new ArrayList<>();
    candidates.add(greedy);
    String stoppedBy;
    if (PlanEnumeration.size(start) <= PlanEnumeration.LIMIT) {
      stoppedBy = enumerate(start, factory, candidates);
    } else {
      stoppedBy = search(start, scorer, candidates);
    }
    if (!cancellation.isCancelled()) {
      learn(candidates);
    }
    List<ExpansionPlan> ranked = new ArrayList<>();
    List<HardSoftLongScore> scores = new ArrayList<>();
    for (ExpansionPlan c : candidates) {
      HardSoftLongScore score = scorer.update(c);
      int i = 0;
      while (i < ranked.size() && scores.get(i).compareTo(score) >= 0) {
        i++;
      }
      if (ranked.stream().noneMatch(r -> sameDecisions(r, c))) {
        ranked.add(i, c);
        scores.add(i, score);
      }
    }
    ExpansionPlan best = ranked.get(0);
    HardSoftLongScore bestScore = scores.get(0);
    long speed = millis > 0 ? moves * 1000 / millis : 0;
    listener.solving(millis, bestScore, speed);
    boolean stopped = cancellation.isCancelled();
    List<ExpansionPlan> all = new ArrayList<>(ranked);
    all.addAll(visited);
    RiskFrontier frontier = RiskFrontier.of(all, greedy, scorer);
    return new Result(best, new ExpansionPlanner.SolveStats(millis, moves, speed, stopped, rounds, learnt,
        learnNanos / 1e9, best == greedy, restarts, enumerated, stopped ? "stopped" : stoppedBy), learnt, ranked,
        frontier);
  }

  /** Every plan scored, learning the best plans' openings until nothing new is learnt. */
  private String enumerate(ExpansionPlan start, SolverFactory<ExpansionPlan> factory, List<ExpansionPlan> candidates) {
    long t0 = System.nanoTime();
    List<ExpansionPlan> best = List.of();
    for (int pass = 0; pass < MOVE_ROUNDS && !cancellation.isCancelled(); pass++) {
      PlanEnumeration.Found found = PlanEnumeration.best(start, factory, ENUMERATED_KEPT, cancellation::isCancelled);
      enumerated += found.scored();
      best = found.best();
      rounds++;
      if (cancellation.isCancelled() || learn(best) == 0) {
        break;
      }
    }
    candidates.addAll(best);
    millis += (System.nanoTime() - t0) / 1_000_000;
    moves += enumerated;
    return "enumerated";
  }

  private String search(ExpansionPlan start, SolutionManager<ExpansionPlan, HardSoftLongScore> scorer,
      List<ExpansionPlan> candidates) {
    ExpansionPlan current = start;
    long began = System.nanoTime();
    long deadline = settings.timeLimit() == null ? Long.MAX_VALUE : began + settings.timeLimit().toNanos();
    boolean nothingNew = false;
    ExpansionPlan best = null;
    HardSoftLongScore bestScore = null;
    long improvedAt = began;
    Random ruin = new Random(scenario.seed());
    while (!cancellation.isCancelled()) {
      boolean restart = nothingNew || (settings.searchMoves() != null && rounds >= MOVE_ROUNDS);
      Duration roundLimit = null;
      Long roundMoves = null;
      Duration roundUnimproved = unimproved;
      long now = System.nanoTime();
      if (unimproved != null && best != null && now - improvedAt >= unimproved.toNanos()) {
        return "unimproved time";
      }
      if (settings.timeLimit() != null) {
        long remaining = deadline - now;
        if (rounds > 0 && remaining < MIN_ROUND.toNanos()) {
          return "time limit";
        }
        long share = restart ? remaining : Math.max(Math.min(FIRST_ROUND_MIN.toNanos(), remaining), remaining / 2);
        // the solver takes whole milliseconds
        roundLimit = Duration.ofMillis(Math.max(share, MIN_ROUND.toNanos()) / 1_000_000);
        if (restart && roundUnimproved == null) {
          // without a user's limit a restart ends when a tenth of the time has brought it nothing
          roundUnimproved = Duration.ofMillis(Math.max(MIN_ROUND.toMillis(), settings.timeLimit().toMillis() / 10));
        }
      }
      if (settings.searchMoves() != null) {
        if (rounds + restarts == MOVE_ROUNDS + MOVE_RESTARTS) {
          return "moves";
        }
        roundMoves = settings.searchMoves() / 2 / (restart ? MOVE_RESTARTS : MOVE_ROUNDS);
      }
      ExpansionPlan from = restart ? ruined(best, ruin) : current;
      ExpansionPlan found = solveRound(from, roundLimit, roundMoves, roundUnimproved);
      candidates.add(found);
      if (restart) {
        restarts++;
      } else {
        rounds++;
        current = found;
      }
      if (!cancellation.isCancelled()) {
        nothingNew = learn(List.of(found)) == 0 || nothingNew;
      }
      HardSoftLongScore score = scorer.update(found);
      if (best == null || score.compareTo(bestScore) > 0) {
        if (best != null && score.compareTo(bestScore) > 0) {
          improvedAt = System.nanoTime();
        }
        best = found;
        bestScore = score;
      }
    }
    return "stopped";
  }

  /**
   * The best plan so far with the decisions of a seeded random share of its regions cleared for
   * the construction heuristic to decide again (the ruin of ruin and recreate).
   */
  private static ExpansionPlan ruined(ExpansionPlan best, Random random) {
    ExpansionPlan plan = best.copy();
    Map<String, List<CellDecision>> byRegion = new TreeMap<>();
    for (CellDecision c : plan.getCells()) {
      if (!c.isPinned()) {
        byRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c);
      }
    }
    List<String> regions = new ArrayList<>(byRegion.keySet());
    int k = Math.max(1, (int) Math.round(RUIN_SHARE * regions.size()));
    Collections.shuffle(regions, random);
    for (String region : regions.subList(0, Math.min(k, regions.size()))) {
      byRegion.get(region).forEach(c -> c.setEntry(null));
    }
    plan.setScore(null);
    return plan;
  }

  static boolean sameDecisions(ExpansionPlan a, ExpansionPlan b) {
    for (int i = 0; i < a.getCells().size(); i++) {
      if (!Objects.equals(a.getCells().get(i).getEntry(), b.getCells().get(i).getEntry())) {
        return false;
      }
    }
    return true;
  }

  private ExpansionPlan solveRound(ExpansionPlan start, Duration limit, Long roundMoves, Duration roundUnimproved) {
    SolverFactory<ExpansionPlan> factory = SolverFactory.create(ExpansionSolverConfig.of(
        scenario.seed() + rounds + 100L * restarts, limit, roundMoves, roundUnimproved));
    Solver<ExpansionPlan> s = factory.buildSolver();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "chainsim-plan-progress");
      t.setDaemon(true);
      return t;
    });
    long solveStart = System.nanoTime();
    HardSoftLongScore[] bestScore = new HardSoftLongScore[1];
    s.addEventListener(e -> {
      bestScore[0] = (HardSoftLongScore) e.getNewBestScore();
      // the plans a shorter search would have ended on: kept for the risk frontier
      if (bestScore[0].isFeasible()) {
        visited.add(e.getNewBestSolution());
      }
    });
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

  /**
   * Simulates and learns the openings of these plans the surrogate only estimated and, in a
   * re-plan, their free openings from the as-of state ({@link AsOfOpenings}); returns how many.
   */
  private int learn(List<ExpansionPlan> plans) {
    List<Surrogate.Key> keys = new ArrayList<>();
    for (ExpansionPlan p : plans) {
      for (PlannedOpening o : PlanOpenings.openings(p.getCells())) {
        keys.add(new Surrogate.Key(o.region(), o.mode(), o.mask()));
      }
    }
    int alone = refiner.unknown(keys).size();
    int total = alone + (asOf == null ? 0 : asOf.unknown(plans).size());
    if (total == 0) {
      return 0;
    }
    long t0 = System.nanoTime();
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      int n = refiner.learn(keys, done -> listener.learning(done, total));
      if (asOf != null) {
        n += asOf.learn(plans, done -> listener.learning(alone + done, total));
      }
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

package chainsim.roster.solver;

import chainsim.planning.Cancellation;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves a roster: a cover-first construction, then simulated annealing and a tabu search over
 * block swaps, work transfers and run swaps (and, when switched on, three-person rotations), whose
 * first person is drawn half the time where the
 * lines cost most ({@link PenaltyGuide}), one draw in {@value LineMoveFactory#ONE_IN} a whole line
 * re-planned ({@link LineMoveFactory}), plus single-cell changes where cover has slack (a minimum
 * below the maximum, or temporaries to call in). Scores with the incremental calculator; in FULL_ASSERT mode every move is checked
 * against the {@link RosterConstraintProvider}.
 */
public final class RosterSolver {

  private RosterSolver() {
  }

  /**
   * The best roster found and what it took; with several independent searches, each one's best
   * roster too, in search order (the first is the search with the settings' own seed).
   */
  public record Result(Roster roster, long timeToBestMillis, long elapsedMillis, long evaluatedMoves,
      List<Roster> searchRosters) {
    /** The result of one search. */
    public Result(Roster roster, long timeToBestMillis, long elapsedMillis, long evaluatedMoves) {
      this(roster, timeToBestMillis, elapsedMillis, evaluatedMoves, List.of(roster));
    }

    public double movesPerSecond() {
      return elapsedMillis == 0 ? 0 : evaluatedMoves * 1000.0 / elapsedMillis;
    }
  }

  public static SolverConfig config(Roster roster, RosterSolverSettings settings) {
    ScoreDirectorFactoryConfig scoring = new ScoreDirectorFactoryConfig()
        .withIncrementalScoreCalculatorClass(RosterIncrementalScoreCalculator.class);
    if (settings.environmentMode().isAsserted()) {
      scoring.setAssertionScoreDirectorFactory(new ScoreDirectorFactoryConfig()
          .withConstraintProviderClass(RosterConstraintProvider.class)
          .withConstraintStreamImplType(org.optaplanner.core.api.score.stream.ConstraintStreamImplType.BAVET));
    }
    CustomPhaseConfig construction = new CustomPhaseConfig()
        .withCustomPhaseCommandClassList(List.of(CoverFirstConstruction.class))
        .withCustomProperties(Map.of("seed", Long.toString(settings.seed())));
    // Simulated annealing explores for most of the budget; a short tabu search then polishes the
    // roster it ends with (on INRC, tabu alone finds the sprint optima fast but stalls on
    // instances with larger weights, annealing alone ends a little short of local optima). The
    // budget is split into ROUNDS such pairs: each round starts again from the best roster so far
    // (OptaPlanner hands a phase the best solution of the one before) and anneals it at half the
    // first round's temperature, a perturbation that leaves the best roster's structure in place.
    List<PhaseConfig> phases = new ArrayList<>();
    phases.add(construction);
    int temperature = startingTemperature(roster);
    // with a line re-deal, the rounds have the time it and the polishing share leave, the re-deal at
    // most its share; after it, a short tabu search polishes what it dealt, then rounds as long as
    // its share again (cut short by the time limit where it took all of it: a re-deal that ends
    // early, its relaxation or dive unable to beat the roster, gives the time back to the search),
    // and a last tabu search whatever is left
    boolean redeal = redeals(roster, settings);
    double roundsShare = redeal ? 1 - settings.redealShare() - POLISH_SHARE : 1.0;
    rounds(phases, roster, settings, temperature, 0, roundsShare, !redeal);
    if (redeal) {
      phases.add(new CustomPhaseConfig()
          .withCustomPhaseCommandClassList(List.of(LineRedeal.class))
          .withCustomProperties(Map.of("seed", Long.toString(settings.seed()),
              "millis", Long.toString(Math.round(settings.timeLimit().toMillis() * settings.redealShare())))));
      phases.add(tabu(roster, settings, share(settings, 0, POLISH_SHARE, false)));
      rounds(phases, roster, settings, Math.max(1, (temperature + 1) / 2), 0, settings.redealShare(), false);
      phases.add(tabu(roster, settings, new TerminationConfig()));
    }
    TerminationConfig termination = new TerminationConfig();
    // a time limit over a step or move budget is a deadline (solveOne), not a termination: the
    // annealing cools by its phase's termination, and one that read the clock would cool faster on a
    // busy machine than on a quiet one, so the same budget would give another roster
    if (settings.timeLimit() != null && !hasBudget(settings)) {
      termination.setMillisecondsSpentLimit(settings.timeLimit().toMillis());
    }
    if (settings.moveLimit() != null) {
      termination.setScoreCalculationCountLimit(settings.moveLimit());
    }
    SolverConfig config = new SolverConfig();
    if (settings.moveThreadCount() > 1) {
      config.setMoveThreadCount(Integer.toString(settings.moveThreadCount()));
    }
    return config
        .withSolutionClass(Roster.class)
        .withEntityClasses(DayAssignment.class)
        .withScoreDirectorFactory(scoring)
        .withEnvironmentMode(settings.environmentMode())
        .withRandomSeed(settings.seed())
        .withTerminationConfig(termination)
        .withPhases(phases.toArray(PhaseConfig[]::new));
  }

  /**
   * {@link #ROUNDS} rounds of annealing then tabu search over the fractions {@code from} to {@code to}
   * of the budget, the first at {@code temperature}, the others at half of it; the last round's tabu
   * search runs until the solver stops when {@code last}.
   */
  private static void rounds(List<PhaseConfig> phases, Roster roster, RosterSolverSettings settings,
      int temperature, double from, double to, boolean last) {
    double length = to - from;
    for (int round = 0; round < ROUNDS; round++) {
      int roundTemperature = round == 0 ? temperature : Math.max(1, (temperature + 1) / 2);
      double roundStart = from + length * round / ROUNDS;
      double exploreEnd = roundStart + length * EXPLORE_SHARE / ROUNDS;
      double roundEnd = from + length * (round + 1) / ROUNDS;
      phases.add(new LocalSearchPhaseConfig()
          .withMoveSelectorConfig(moveSelector(roster, settings))
          .withAcceptorConfig(new LocalSearchAcceptorConfig()
              .withSimulatedAnnealingStartingTemperature("0hard/" + roundTemperature + "soft"))
          .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
          .withTerminationConfig(share(settings, roundStart, exploreEnd, false)));
      phases.add(tabu(roster, settings, share(settings, exploreEnd, roundEnd, last && round == ROUNDS - 1)));
    }
  }

  private static LocalSearchPhaseConfig tabu(Roster roster, RosterSolverSettings settings, TerminationConfig termination) {
    return new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(moveSelector(roster, settings))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(settings.tabuSize()))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(settings.tabuCandidates()))
        .withTerminationConfig(termination);
  }

  /**
   * Whether the search also draws three-person rotations ({@link RotationMoveFactory}): off unless the
   * system property {@code chainsim.roster.rotations} is {@code true}. Measured in issue 17's fourth
   * pass (docs/roster.md): 54 lower in sum on the six INRC instances above 12 % over two seeds, the
   * early sample kept, but 3 higher on the four other late and hidden instances (one seed), so not on
   * by default under that pass's rule.
   */
  static boolean rotations() {
    return Boolean.getBoolean("chainsim.roster.rotations");
  }

  /**
   * Whether the search ends with a {@link LineRedeal}: when the settings give it a share of a time
   * limit alone (a step or move budget stays the local search's, reproducible on any machine), on one
   * thread, and the cover is exact (INRC-2010's: without it lines are not the whole story).
   */
  static boolean redeals(Roster roster, RosterSolverSettings settings) {
    return settings.redealShare() > 0 && settings.timeLimit() != null && !hasBudget(settings)
        && settings.moveThreadCount() <= 1 && !hasCoverSlack(roster);
  }

  /** With a line re-deal, the share of the time limit left for the tabu search after it (at least). */
  static final double POLISH_SHARE = 0.05;

  /** Annealing's share of each round; tabu polishing has the rest. */
  private static final double EXPLORE_SHARE = 0.75;
  /** Rounds of annealing then tabu search, each from the best roster so far. */
  static final int ROUNDS = 3;
  /**
   * The most moves one step may try. Without a cap, annealing in a roster where every move costs
   * far more than the temperature (say, a re-roster where each change weighs 1000) would try moves
   * for ever; with it, the phase ends there and the tabu search takes over.
   */
  private static final long MOVES_PER_STEP_LIMIT = 10_000L;

  private static MoveSelectorConfig moveSelector(Roster roster, RosterSolverSettings settings) {
    List<MoveSelectorConfig> moves = new ArrayList<>();
    moves.add(new MoveIteratorFactoryConfig()
        .withMoveIteratorFactoryClass(SwapBlockMoveFactory.class)
        .withMoveIteratorFactoryCustomProperties(Map.of("maxBlockDays", Integer.toString(settings.maxBlockDays()))));
    moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(WorkTransferMoveFactory.class));
    moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RunSwapMoveFactory.class));
    if (rotations()) {
      moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RotationMoveFactory.class));
    }
    // OptaPlanner's union draws its kinds equally often unless one has a fixed weight (the others
    // then weigh 1 each): the line moves' weight makes them one draw in LineMoveFactory.ONE_IN
    moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(LineMoveFactory.class)
        .withFixedProbabilityWeight((double) moves.size() / (LineMoveFactory.ONE_IN - 1)));
    if (hasCoverSlack(roster)) {
      moves.add(new ChangeMoveSelectorConfig());
    }
    MoveSelectorConfig selector = new UnionMoveSelectorConfig(moves);
    selector.setSelectedCountLimit(MOVES_PER_STEP_LIMIT);
    return selector;
  }

  /**
   * A phase's part of the step, move or time budget: the fractions {@code from} to {@code to} of it.
   * Steps and time count from the phase's start, moves are the solver's running count (construction
   * included); the last phase simply runs until the solver stops (under a step budget, its steps).
   */
  private static TerminationConfig share(RosterSolverSettings settings, double from, double to, boolean last) {
    TerminationConfig t = new TerminationConfig();
    if (settings.stepLimit() != null) {
      long end = Math.round(settings.stepLimit() * to);
      long start = Math.round(settings.stepLimit() * from);
      t.setStepCountLimit((int) Math.max(1, end - start));
    } else if (last) {
      return t;
    } else if (settings.moveLimit() != null) {
      t.setScoreCalculationCountLimit(Math.max(1, Math.round(settings.moveLimit() * to)));
    } else if (settings.timeLimit() != null) {
      t.setMillisecondsSpentLimit(Math.max(1, Math.round(settings.timeLimit().toMillis() * (to - from))));
    }
    return t;
  }

  /**
   * Annealing accepts a worse roster with a probability that falls with the loss over the
   * temperature, so the temperature follows the instance's weights: one more than their mean
   * (2 on the INRC early track, where every weight is 1).
   */
  static int startingTemperature(Roster roster) {
    long sum = 0;
    int count = 0;
    for (var member : roster.getStaff()) {
      var c = member.getContract();
      for (var rule : java.util.List.of(c.maxAssignments(), c.minAssignments(), c.maxConsecutiveWorkingDays(),
          c.minConsecutiveWorkingDays(), c.maxConsecutiveFreeDays(), c.minConsecutiveFreeDays(),
          c.maxConsecutiveWorkingWeekends(), c.minConsecutiveWorkingWeekends(), c.maxWorkingWeekendsInFourWeeks(),
          c.completeWeekends(), c.identicalShiftTypesDuringWeekend(), c.noNightShiftBeforeFreeWeekend(),
          c.twoFreeDaysAfterNightShifts(), c.alternativeSkillCategory(), c.maxHoursPerWeek())) {
        if (rule.active()) {
          sum += Math.abs(rule.weight());
          count++;
        }
      }
      for (var pattern : c.unwantedPatterns()) {
        sum += Math.abs(pattern.weight());
        count++;
      }
    }
    return count == 0 ? 2 : Math.max(2, (int) Math.round((double) sum / count) + 1);
  }

  /** Whether the search has a budget of steps or moves (then a time limit only cuts it short). */
  static boolean hasBudget(RosterSolverSettings settings) {
    return settings.stepLimit() != null || settings.moveLimit() != null;
  }

  /** Slack means the number of people on a shift may vary, so adding or removing one is a move. */
  static boolean hasCoverSlack(Roster roster) {
    return roster.getStaff().stream().anyMatch(m -> m.isEmergencyPool())
        || roster.getCoverRequirements().stream().anyMatch(c -> c.minimum() < c.maximum());
  }

  public static Result solve(Roster roster, RosterSolverSettings settings) {
    return solve(roster, settings, Cancellation.none());
  }

  /**
   * Solves until the settings' limits, or until cancelled: then the best roster found so far. With
   * {@link RosterSolverSettings#searches()} above one, that many searches run side by side, each on
   * a thread of its own from the same problem with its own seed ({@link #searchSeed}), and the
   * lowest-cost roster is kept (the first search's on a tie); its moves are all the searches'.
   * The result depends on the seeds and budgets only, never on which search finishes first.
   */
  public static Result solve(Roster roster, RosterSolverSettings settings, Cancellation cancellation) {
    if (settings.searches() == 1) {
      return solveOne(roster, settings, cancellation);
    }
    long start = System.nanoTime();
    List<Result> results = new ArrayList<>();
    // the searches answer to a cancellation of their own: the caller's cancels them all, and so does
    // one search failing (the others would only run on for nothing)
    Cancellation searchesOnly = Cancellation.none();
    ExecutorService pool = Executors.newFixedThreadPool(settings.searches(), new ThreadFactory() {
      private int next;

      @Override
      public synchronized Thread newThread(Runnable r) {
        Thread t = new Thread(r, "roster-search-" + next++);
        t.setDaemon(true);
        return t;
      }
    });
    try (Cancellation.Registration link = cancellation.onCancel(searchesOnly::cancel)) {
      List<Future<Result>> searches = new ArrayList<>();
      for (int k = 0; k < settings.searches(); k++) {
        RosterSolverSettings one = settings.single(searchSeed(settings.seed(), k));
        searches.add(pool.submit(() -> solveOne(roster, one, searchesOnly)));
      }
      for (Future<Result> search : searches) {
        results.add(search.get());
      }
    } catch (InterruptedException e) {
      searchesOnly.cancel();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the roster searches ran", e);
    } catch (ExecutionException e) {
      searchesOnly.cancel();
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Result best = results.get(0);
    long moves = 0;
    for (Result r : results) {
      moves += r.evaluatedMoves();
      if (r.roster().getScore().compareTo(best.roster().getScore()) > 0) {
        best = r;
      }
    }
    return new Result(best.roster(), best.timeToBestMillis(), (System.nanoTime() - start) / 1_000_000, moves,
        results.stream().map(Result::roster).toList());
  }

  /**
   * The seed of independent search {@code k}: the settings' own for the first (so one search is
   * exactly the single-threaded solve), then a fixed, well-spread sequence from it.
   */
  static long searchSeed(long seed, int k) {
    return k == 0 ? seed : new java.util.SplittableRandom(seed).split().nextLong() + (k - 1) * 0x9E3779B97F4A7C15L;
  }

  private static Result solveOne(Roster roster, RosterSolverSettings settings, Cancellation cancellation) {
    Solver<Roster> solver = SolverFactory.<Roster>create(config(roster, settings)).buildSolver();
    long[] bestAt = {0};
    long start = System.nanoTime();
    solver.addEventListener(event -> bestAt[0] = event.getTimeMillisSpent());
    Roster best;
    if (settings.timeLimit() != null && hasBudget(settings)) {
      // the time limit as a deadline: the search ends there if its budget has not ended it before
      Cancellation search = Cancellation.none();
      ScheduledExecutorService deadline = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "roster-deadline");
        t.setDaemon(true);
        return t;
      });
      try (Cancellation.Registration link = cancellation.onCancel(search::cancel)) {
        deadline.schedule(search::cancel, settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        best = search.solve(solver, roster);
      } finally {
        deadline.shutdownNow();
      }
    } else {
      best = cancellation.solve(solver, roster);
    }
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    long moves = ((DefaultSolver<Roster>) solver).getSolverScope().getScoreCalculationCount();
    return new Result(best, bestAt[0], elapsed, moves);
  }
}

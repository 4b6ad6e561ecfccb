package chainsim.roster.solver;

import java.time.Duration;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * How long and how to search. A step or move limit gives the same roster for the same seed on any
 * machine ({@link EnvironmentMode#REPRODUCIBLE}); a time limit does not, because how many steps fit
 * in the time depends on the machine and its load.
 *
 * @param seed the solver's random seed; every random choice derives from it
 * @param timeLimit wall-clock budget, or {@code null}
 * @param stepLimit local search steps, or {@code null}
 * @param tabuSize how many recently moved cells the polishing tabu search leaves alone
 * @param tabuCandidates how many doable moves each tabu step compares
 * @param maxBlockDays the longest run of days one swap exchanges
 * @param environmentMode OptaPlanner's checking level; FULL_ASSERT checks every move in tests
 * @param moveLimit evaluated moves (OptaPlanner's score calculation count), or {@code null}: the
 *     budget that follows time most closely on one thread, since a step's cost varies by phase
 * @param moveThreadCount threads evaluating moves (OptaPlanner's multithreaded move evaluation); 1
 *     evaluates them on the solver's own thread
 * @param searches independent searches run side by side, each on a thread of its own with its own
 *     seed (the first with {@code seed}), the best roster kept: see {@link RosterSolver#searchSeed}.
 *     Each has the whole budget (a move or step limit is per search), so with a move or step limit
 *     the result is the same on any machine and never worse than the first search's alone
 * @param redealShare the share of a time limit (0 to 0.9) that a {@link LineRedeal} may take after the
 *     local search; 0, the default, for none. Only a time limit alone gives it time (step and move
 *     budgets stay the local search's, reproducible), and only rosters with an exact cover use it
 */
public record RosterSolverSettings(
    long seed,
    Duration timeLimit,
    Long stepLimit,
    int tabuSize,
    int tabuCandidates,
    int maxBlockDays,
    EnvironmentMode environmentMode,
    Long moveLimit,
    int moveThreadCount,
    int searches,
    double redealShare) {

  public RosterSolverSettings {
    if (moveThreadCount < 1) {
      throw new IllegalArgumentException("moveThreadCount must be at least 1, not " + moveThreadCount);
    }
    if (moveLimit != null && moveThreadCount > 1) {
      throw new IllegalArgumentException("a move limit counts the solver thread's moves only: use one thread");
    }
    if (searches < 1) {
      throw new IllegalArgumentException("searches must be at least 1, not " + searches);
    }
    if (searches > 1 && moveThreadCount > 1) {
      throw new IllegalArgumentException("independent searches or move threads, not both");
    }
    if (!(redealShare >= 0 && redealShare <= 0.9)) {
      throw new IllegalArgumentException("redealShare must be between 0 and 0.9, not " + redealShare);
    }
  }

  /** Without a line re-deal. */
  public RosterSolverSettings(long seed, Duration timeLimit, Long stepLimit, int tabuSize, int tabuCandidates,
      int maxBlockDays, EnvironmentMode environmentMode, Long moveLimit, int moveThreadCount, int searches) {
    this(seed, timeLimit, stepLimit, tabuSize, tabuCandidates, maxBlockDays, environmentMode, moveLimit,
        moveThreadCount, searches, 0);
  }

  /** Without a move limit, on one thread. */
  public RosterSolverSettings(long seed, Duration timeLimit, Long stepLimit, int tabuSize, int tabuCandidates,
      int maxBlockDays, EnvironmentMode environmentMode) {
    this(seed, timeLimit, stepLimit, tabuSize, tabuCandidates, maxBlockDays, environmentMode, null, 1, 1);
  }

  public static RosterSolverSettings forTimeLimit(Duration timeLimit, long seed) {
    return new RosterSolverSettings(seed, timeLimit, null, 5, 200, 7, EnvironmentMode.REPRODUCIBLE);
  }

  public static RosterSolverSettings forStepLimit(long steps, long seed) {
    return new RosterSolverSettings(seed, null, steps, 5, 200, 7, EnvironmentMode.REPRODUCIBLE);
  }

  /** A budget of evaluated moves: reproducible, and what a time limit buys on a given machine. */
  public static RosterSolverSettings forMoveLimit(long moves, long seed) {
    return new RosterSolverSettings(seed, null, null, 5, 200, 7, EnvironmentMode.REPRODUCIBLE, moves, 1, 1);
  }

  /** The same search, stopped at {@code limit} if it has not ended by then. */
  public RosterSolverSettings withTimeLimit(Duration limit) {
    return new RosterSolverSettings(seed, limit, stepLimit, tabuSize, tabuCandidates, maxBlockDays, environmentMode,
        moveLimit, moveThreadCount, searches, redealShare);
  }

  public RosterSolverSettings withEnvironmentMode(EnvironmentMode mode) {
    return new RosterSolverSettings(seed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, mode, moveLimit, moveThreadCount, searches, redealShare);
  }

  /** The same search with {@code threads} threads evaluating moves. */
  public RosterSolverSettings withMoveThreads(int threads) {
    return new RosterSolverSettings(seed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, environmentMode, moveLimit, threads, searches, redealShare);
  }

  /** The same budget spent by {@code count} independent searches side by side, the best roster kept. */
  public RosterSolverSettings withSearches(int count) {
    return new RosterSolverSettings(seed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, environmentMode, moveLimit, moveThreadCount, count, redealShare);
  }

  /** One search of this budget with {@code newSeed}. */
  RosterSolverSettings single(long newSeed) {
    return new RosterSolverSettings(newSeed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, environmentMode, moveLimit, moveThreadCount, 1, redealShare);
  }

  /** The same search, the last {@code share} of a time limit (at most) re-dealing whole lines ({@link LineRedeal}). */
  public RosterSolverSettings withRedeal(double share) {
    return new RosterSolverSettings(seed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, environmentMode, moveLimit, moveThreadCount, searches, share);
  }
}

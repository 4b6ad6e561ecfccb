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
    int moveThreadCount) {

  public RosterSolverSettings {
    if (moveThreadCount < 1) {
      throw new IllegalArgumentException("moveThreadCount must be at least 1, not " + moveThreadCount);
    }
    if (moveLimit != null && moveThreadCount > 1) {
      throw new IllegalArgumentException("a move limit counts the solver thread's moves only: use one thread");
    }
  }

  /** Without a move limit, on one thread. */
  public RosterSolverSettings(long seed, Duration timeLimit, Long stepLimit, int tabuSize, int tabuCandidates,
      int maxBlockDays, EnvironmentMode environmentMode) {
    this(seed, timeLimit, stepLimit, tabuSize, tabuCandidates, maxBlockDays, environmentMode, null, 1);
  }

  public static RosterSolverSettings forTimeLimit(Duration timeLimit, long seed) {
    return new RosterSolverSettings(seed, timeLimit, null, 5, 200, 7, EnvironmentMode.REPRODUCIBLE);
  }

  public static RosterSolverSettings forStepLimit(long steps, long seed) {
    return new RosterSolverSettings(seed, null, steps, 5, 200, 7, EnvironmentMode.REPRODUCIBLE);
  }

  /** A budget of evaluated moves: reproducible, and what a time limit buys on a given machine. */
  public static RosterSolverSettings forMoveLimit(long moves, long seed) {
    return new RosterSolverSettings(seed, null, null, 5, 200, 7, EnvironmentMode.REPRODUCIBLE, moves, 1);
  }

  /** The same search, stopped at {@code limit} if it has not ended by then. */
  public RosterSolverSettings withTimeLimit(Duration limit) {
    return new RosterSolverSettings(seed, limit, stepLimit, tabuSize, tabuCandidates, maxBlockDays, environmentMode,
        moveLimit, moveThreadCount);
  }

  public RosterSolverSettings withEnvironmentMode(EnvironmentMode mode) {
    return new RosterSolverSettings(seed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, mode, moveLimit, moveThreadCount);
  }

  /** The same search with {@code threads} threads evaluating moves. */
  public RosterSolverSettings withMoveThreads(int threads) {
    return new RosterSolverSettings(seed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, environmentMode, moveLimit, threads);
  }
}

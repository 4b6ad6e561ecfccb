package chainsim.roster.solver;

import java.time.Duration;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * How long and how to search. A step limit gives the same roster for the same seed on any machine
 * ({@link EnvironmentMode#REPRODUCIBLE}); a time limit does not, because how many steps fit in the
 * time depends on the machine and its load.
 *
 * @param seed the solver's random seed; every random choice derives from it
 * @param timeLimit wall-clock budget, or {@code null}
 * @param stepLimit local search steps, or {@code null}
 * @param tabuSize how many recently moved cells the polishing tabu search leaves alone
 * @param tabuCandidates how many doable moves each tabu step compares
 * @param maxBlockDays the longest run of days one swap exchanges
 * @param environmentMode OptaPlanner's checking level; FULL_ASSERT checks every move in tests
 */
public record RosterSolverSettings(
    long seed,
    Duration timeLimit,
    Long stepLimit,
    int tabuSize,
    int tabuCandidates,
    int maxBlockDays,
    EnvironmentMode environmentMode) {

  public static RosterSolverSettings forTimeLimit(Duration timeLimit, long seed) {
    return new RosterSolverSettings(seed, timeLimit, null, 5, 200, 7, EnvironmentMode.REPRODUCIBLE);
  }

  public static RosterSolverSettings forStepLimit(long steps, long seed) {
    return new RosterSolverSettings(seed, null, steps, 5, 200, 7, EnvironmentMode.REPRODUCIBLE);
  }

  /** The same search, stopped at {@code limit} if it has not ended by then. */
  public RosterSolverSettings withTimeLimit(Duration limit) {
    return new RosterSolverSettings(seed, limit, stepLimit, tabuSize, tabuCandidates, maxBlockDays, environmentMode);
  }

  public RosterSolverSettings withEnvironmentMode(EnvironmentMode mode) {
    return new RosterSolverSettings(seed, timeLimit, stepLimit, tabuSize, tabuCandidates,
        maxBlockDays, mode);
  }
}

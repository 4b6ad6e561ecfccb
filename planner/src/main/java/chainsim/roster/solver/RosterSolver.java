package chainsim.roster.solver;

import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves a roster: a cover-first construction, then late acceptance over block swaps (plus
 * single-cell changes where cover has slack, i.e. a minimum below the maximum or temporaries to
 * call in). Scores with the incremental calculator; in FULL_ASSERT mode every move is checked
 * against the {@link RosterConstraintProvider}.
 */
public final class RosterSolver {

  private RosterSolver() {
  }

  /** The best roster found and what it took. */
  public record Result(Roster roster, long timeToBestMillis, long elapsedMillis, long evaluatedMoves) {
    public double movesPerSecond() {
      return elapsedMillis == 0 ? 0 : evaluatedMoves * 1000.0 / elapsedMillis;
    }
  }

  public static SolverConfig config(Roster roster, RosterSolverSettings settings) {
    ScoreDirectorFactoryConfig scoring = new ScoreDirectorFactoryConfig()
        .withIncrementalScoreCalculatorClass(RosterIncrementalScoreCalculator.class);
    if (settings.environmentMode().isAsserted()) {
      scoring.setAssertionScoreDirectorFactory(
          new ScoreDirectorFactoryConfig().withConstraintProviderClass(RosterConstraintProvider.class));
    }
    CustomPhaseConfig construction = new CustomPhaseConfig()
        .withCustomPhaseCommandClassList(List.of(CoverFirstConstruction.class))
        .withCustomProperties(Map.of("seed", Long.toString(settings.seed())));
    List<MoveSelectorConfig> moves = new ArrayList<>();
    moves.add(new MoveIteratorFactoryConfig()
        .withMoveIteratorFactoryClass(SwapBlockMoveFactory.class)
        .withMoveIteratorFactoryCustomProperties(Map.of("maxBlockDays", Integer.toString(settings.maxBlockDays()))));
    if (hasCoverSlack(roster)) {
      moves.add(new ChangeMoveSelectorConfig());
    }
    TerminationConfig phaseTermination = new TerminationConfig();
    if (settings.stepLimit() != null) {
      phaseTermination.setStepCountLimit(settings.stepLimit().intValue());
    }
    if (settings.unimprovedStepLimit() != null) {
      phaseTermination.setUnimprovedStepCountLimit(settings.unimprovedStepLimit().intValue());
    }
    LocalSearchPhaseConfig search = new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(moves.size() == 1 ? moves.get(0) : new UnionMoveSelectorConfig(moves))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(settings.lateAcceptanceSize()))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
        .withTerminationConfig(phaseTermination);
    TerminationConfig termination = new TerminationConfig();
    if (settings.timeLimit() != null) {
      termination.setMillisecondsSpentLimit(settings.timeLimit().toMillis());
    }
    return new SolverConfig()
        .withSolutionClass(Roster.class)
        .withEntityClasses(DayAssignment.class)
        .withScoreDirectorFactory(scoring)
        .withEnvironmentMode(settings.environmentMode())
        .withRandomSeed(settings.seed())
        .withTerminationConfig(termination)
        .withPhases(construction, search);
  }

  /** Slack means the number of people on a shift may vary, so adding or removing one is a move. */
  static boolean hasCoverSlack(Roster roster) {
    return roster.getStaff().stream().anyMatch(m -> m.isEmergencyPool())
        || roster.getCoverRequirements().stream().anyMatch(c -> c.minimum() < c.maximum());
  }

  public static Result solve(Roster roster, RosterSolverSettings settings) {
    Solver<Roster> solver = SolverFactory.<Roster>create(config(roster, settings)).buildSolver();
    long[] bestAt = {0};
    long start = System.nanoTime();
    solver.addEventListener(event -> bestAt[0] = event.getTimeMillisSpent());
    Roster best = solver.solve(roster);
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    long moves = ((DefaultSolver<Roster>) solver).getSolverScope().getScoreCalculationCount();
    return new Result(best, bestAt[0], elapsed, moves);
  }
}

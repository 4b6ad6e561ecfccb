package chainsim.expansion.solver;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.ExpansionPlan;
import java.util.List;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * How the expansion plan is solved: a first-fit construction heuristic for the cells the
 * starting plan leaves open, then tabu search over single-cell changes, swaps of two cells'
 * decisions and whole-opening moves ({@link RegionEntryMove}). Reproducible: the same problem,
 * seed and step count give the same plan.
 */
public final class ExpansionSolverConfig {
  /**
   * Share of the cells a step makes tabu for the next steps. Tabu search rather than late
   * acceptance: at a plan whose every neighbour is worse, late acceptance accepts no move and a
   * step never ends; tabu search takes the best allowed move of each step and moves on.
   */
  static final double TABU_RATIO = 0.05;
  /** Moves evaluated per step; the best one not tabu is taken. */
  static final int MOVES_PER_STEP = 200;

  private ExpansionSolverConfig() {}

  /**
   * The configuration for a wall-clock limit, or for a number of evaluated moves (tests: the same
   * moves give the same plan on any machine), or both.
   */
  public static SolverConfig of(long seed, java.time.Duration timeLimit, Long searchMoves) {
    return of(seed, timeLimit, searchMoves, null);
  }

  /**
   * Also ending when the best score has not improved for {@code unimproved} (null for no such end),
   * checked on the solver's clock like the time limit.
   */
  public static SolverConfig of(long seed, java.time.Duration timeLimit, Long searchMoves,
      java.time.Duration unimproved) {
    TerminationConfig termination = new TerminationConfig();
    if (unimproved != null) {
      termination.setUnimprovedSpentLimit(unimproved);
    }
    if (timeLimit != null) {
      termination.setSpentLimit(timeLimit);
    }
    if (searchMoves != null) {
      // counted per move, not per step: checked inside a step too, so a search can never hang
      termination.setScoreCalculationCountLimit(searchMoves);
    }
    ConstructionHeuristicPhaseConfig construction =
        new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT);
    List<MoveSelectorConfig> moves = List.of(
        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(4.0),
        new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RegionEntryMoveFactory.class)
            .withFixedProbabilityWeight(3.0));
    LocalSearchPhaseConfig search = new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(moves))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(TABU_RATIO))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(MOVES_PER_STEP));
    return new SolverConfig()
        .withSolutionClass(ExpansionPlan.class)
        .withEntityClasses(CellDecision.class)
        .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
            .withConstraintProviderClass(ExpansionConstraintProvider.class)
            // Bavet, not Drools: faster here, and Drools' group-by nodes fail on this provider
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withRandomSeed(seed)
        .withTerminationConfig(termination)
        .withPhases(construction, search);
  }
}

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
 * starting plan leaves open, then late acceptance over single-cell changes, swaps of two cells'
 * decisions and whole-opening moves ({@link RegionEntryMove}). Reproducible: the same problem,
 * seed and step count give the same plan.
 */
public final class ExpansionSolverConfig {
  /** Late acceptance compares with the score this many steps ago. */
  static final int LATE_ACCEPTANCE_SIZE = 200;

  private ExpansionSolverConfig() {}

  /**
   * The configuration for a wall-clock limit, or for a number of local search steps (tests:
   * the same steps give the same plan on any machine), or both.
   */
  public static SolverConfig of(long seed, java.time.Duration timeLimit, Integer searchSteps) {
    TerminationConfig termination = new TerminationConfig();
    if (timeLimit != null) {
      termination.setSpentLimit(timeLimit);
    }
    ConstructionHeuristicPhaseConfig construction =
        new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT);
    List<MoveSelectorConfig> moves = List.of(
        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(4.0),
        new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0),
        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RegionEntryMoveFactory.class)
            .withFixedProbabilityWeight(3.0));
    LocalSearchPhaseConfig search = new LocalSearchPhaseConfig()
        .withTerminationConfig(searchSteps == null ? null : new TerminationConfig().withStepCountLimit(searchSteps))
        .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(moves))
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    return new SolverConfig()
        .withSolutionClass(ExpansionPlan.class)
        .withEntityClasses(CellDecision.class)
        .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
            .withConstraintProviderClass(ExpansionConstraints.class)
            // Bavet, not Drools: faster here, and Drools' group-by nodes fail on this provider
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withRandomSeed(seed)
        .withTerminationConfig(termination)
        .withPhases(construction, search);
  }
}

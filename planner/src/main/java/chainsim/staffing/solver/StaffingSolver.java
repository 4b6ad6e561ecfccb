package chainsim.staffing.solver;

import chainsim.planning.Cancellation;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.StaffingPlan;
import java.time.Duration;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a staffing plan. Every line month starts with a value (no moves, or the previous plan's),
 * so there is nothing to construct: local search from the start. Tabu search (over change and
 * swap moves) rather than late acceptance, which stalls on a small plan once no move is as good. Reproducible: a fixed seed, and a run that stops on unimproved steps gives the
 * same plan on any machine; a wall-clock limit only caps it.
 */
public final class StaffingSolver {
  private StaffingSolver() {}

  /**
   * When to stop: whichever comes first.
   *
   * @param timeLimit wall clock, or null
   * @param unimprovedSteps steps without a better score, or null
   * @param steps steps in all, or null
   */
  public record Limits(Duration timeLimit, Integer unimprovedSteps, Long steps) {
    public static Limits steps(int unimproved, long total) {
      return new Limits(null, unimproved, total);
    }
  }

  public static SolverConfig config(long seed, Limits limits) {
    return config(seed, limits, 1000);
  }

  /**
   * @param movesPerStep moves a tabu step evaluates before it takes the best: up to 1,000 (the
   *     tabu default), fewer for a small plan, whose steps would otherwise sample the same few
   *     moves over and over
   */
  public static SolverConfig config(long seed, Limits limits, int movesPerStep) {
    TerminationConfig termination = new TerminationConfig();
    if (limits.timeLimit() != null) {
      termination.setSpentLimit(limits.timeLimit());
    }
    if (limits.unimprovedSteps() != null) {
      termination.setUnimprovedStepCountLimit(limits.unimprovedSteps());
    }
    if (limits.steps() != null) {
      termination.setStepCountLimit(limits.steps().intValue());
    }
    return new SolverConfig()
        .withSolutionClass(StaffingPlan.class)
        .withEntityClasses(LineMonth.class)
        .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
            .withConstraintProviderClass(StaffingConstraintProvider.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withRandomSeed(seed)
        // step counts only terminate a phase; the one phase carries every limit
        .withPhases(new LocalSearchPhaseConfig()
            // tabu search as OptaPlanner presets it, with the step size set here
            .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.2))
            .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(movesPerStep))
            .withTerminationConfig(termination));
  }

  public static StaffingPlan solve(StaffingPlan problem, long seed, Limits limits) {
    return solve(problem, seed, limits, Cancellation.none());
  }

  /** Solves until the limits, or until cancelled: then the best plan found so far. */
  public static StaffingPlan solve(StaffingPlan problem, long seed, Limits limits, Cancellation cancellation) {
    int movesPerStep = Math.max(100, Math.min(1000, 4 * problem.lineMonths().size()));
    return cancellation.solve(SolverFactory.<StaffingPlan>create(config(seed, limits, movesPerStep)).buildSolver(),
        problem);
  }

  /** The plan's score and each constraint's part in it, with the breaches' reasons. */
  public static ScoreExplanation<StaffingPlan, HardSoftLongScore> explain(StaffingPlan plan) {
    SolverFactory<StaffingPlan> factory = SolverFactory.create(config(0, new Limits(null, null, 1L)));
    return SolutionManager.<StaffingPlan, HardSoftLongScore>create(factory).explain(plan);
  }
}

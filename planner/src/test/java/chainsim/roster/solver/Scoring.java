package chainsim.roster.solver;

import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.StaffMember;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/** Scores a roster with the constraint provider or the incremental calculator, outside any solve. */
final class Scoring {

  private static final SolutionManager<Roster, HardSoftScore> CONSTRAINTS = SolutionManager.create(
      SolverFactory.create(new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(DayAssignment.class)
          .withScoreDirectorFactory(new org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig()
              .withConstraintProviderClass(RosterConstraintProvider.class)
              .withConstraintStreamImplType(org.optaplanner.core.api.score.stream.ConstraintStreamImplType.BAVET))));
  private static final SolutionManager<Roster, HardSoftScore> INCREMENTAL = SolutionManager.create(
      SolverFactory.create(new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(DayAssignment.class)
          .withScoreDirectorFactory(new org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig()
              .withIncrementalScoreCalculatorClass(RosterIncrementalScoreCalculator.class))));

  private Scoring() {
  }

  static HardSoftScore byConstraints(Roster roster) {
    return CONSTRAINTS.update(roster);
  }

  static HardSoftScore incremental(Roster roster) {
    return INCREMENTAL.update(roster);
  }

  /** The constraint provider's explanation of the roster: every match with its justification. */
  static org.optaplanner.core.api.score.ScoreExplanation<Roster, HardSoftScore> explain(Roster roster) {
    return CONSTRAINTS.explain(roster);
  }

  /** The constraints that cost the roster something, by the constraint provider. */
  static java.util.Set<String> brokenConstraints(Roster roster) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    CONSTRAINTS.explain(roster).getConstraintMatchTotalMap().values().forEach(t -> {
      if (!t.getScore().isZero()) {
        names.add(t.getConstraintName());
      }
    });
    return names;
  }

  /**
   * Fills every cover requirement's target with distinct staff chosen at random (cover exact for
   * INRC), skilled staff first: the requirements with the fewest skilled people are filled first.
   */
  static Roster randomFeasible(Roster roster, long seed) {
    Random random = new Random(seed);
    roster.getAssignments().forEach(a -> a.setShiftType(null));
    for (var day : roster.getDays()) {
      List<StaffMember> free = new ArrayList<>(roster.getStaff());
      Collections.shuffle(free, random);
      List<CoverRequirement> today = new ArrayList<>(roster.getCoverRequirements().stream()
          .filter(c -> c.day() == day).toList());
      today.sort(java.util.Comparator.comparingLong(
          c -> roster.getStaff().stream().filter(m -> m.isQualifiedFor(c.shiftType())).count()));
      for (CoverRequirement c : today) {
        for (int i = 0; i < c.target(); i++) {
          StaffMember pick = free.stream().filter(m -> m.isQualifiedFor(c.shiftType())).findFirst()
              .orElse(free.get(0));
          free.remove(pick);
          roster.assignment(pick, day).setShiftType(c.shiftType());
        }
      }
    }
    return roster;
  }
}

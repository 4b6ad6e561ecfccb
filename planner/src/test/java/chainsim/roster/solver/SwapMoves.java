package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** What the tests of the swap factories share: a working score director, and cover as it reads. */
final class SwapMoves {

  private SwapMoves() {
  }

  /** A score director on the incremental calculator, working on {@code roster}. */
  @SuppressWarnings("unchecked")
  static InnerScoreDirector<Roster, HardSoftScore> scoreDirector(Roster roster) {
    DefaultSolverFactory<Roster> factory = (DefaultSolverFactory<Roster>) SolverFactory.<Roster>create(
        new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(DayAssignment.class)
            .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                .withIncrementalScoreCalculatorClass(RosterIncrementalScoreCalculator.class)));
    InnerScoreDirector<Roster, HardSoftScore> director =
        (InnerScoreDirector<Roster, HardSoftScore>) factory.getScoreDirectorFactory().buildScoreDirector();
    director.setWorkingSolution(roster);
    return director;
  }

  /** A score director working on a roster, that roster, and its cover as the moves must keep it. */
  record Workbench(InnerScoreDirector<Roster, HardSoftScore> director, Roster working, List<String> cover) {
  }

  /**
   * sprint_late09 (Friday–Sunday weekends, three-day patterns) with a random feasible roster from
   * {@code seed}, on the incremental calculator: where the move factories' tests draw their moves.
   */
  static Workbench onSprintLate09(long seed) {
    Roster roster = Scoring.randomFeasible(InrcRosterMapper.load(Inrc2010Files.file("sprint_late09")), seed);
    InnerScoreDirector<Roster, HardSoftScore> director = scoreDirector(roster);
    Roster working = director.getWorkingSolution();
    return new Workbench(director, working, coverByDay(working));
  }

  /** Per day, the sorted shift types worked: what cover reads. */
  static List<String> coverByDay(Roster roster) {
    TreeMap<Integer, List<String>> byDay = new TreeMap<>();
    for (DayAssignment cell : roster.getAssignments()) {
      byDay.computeIfAbsent(cell.getDay().getIndex(), d -> new ArrayList<>())
          .add(cell.isWorking() ? cell.getShiftType().getId() : "-");
    }
    return byDay.values().stream().map(l -> l.stream().sorted().collect(Collectors.joining(","))).toList();
  }
}

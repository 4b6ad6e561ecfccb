package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * The rotations: three people pass their shifts over the same consecutive days round a ring, every
 * day keeps its cover, undoing restores the roster, and the incremental score stays equal to the
 * constraint provider's.
 */
class RotationMoveFactoryTest {

  private static ShiftType[] line(Roster roster, StaffMember member) {
    int days = roster.getDays().size();
    ShiftType[] line = new ShiftType[days];
    for (int d = 0; d < days; d++) {
      line[d] = roster.getAssignments().get(member.getIndex() * days + d).getShiftType();
    }
    return line;
  }

  @Test
  void everyRotationPassesThreeLinesRoundARingAndKeepsCover() {
    SwapMoves.Workbench bench = SwapMoves.onSprintLate09(3);
    InnerScoreDirector<Roster, HardSoftScore> director = bench.director();
    Roster working = bench.working();
    List<String> cover = bench.cover();
    Iterator<RotationMove> moves = new RotationMoveFactory().createRandomMoveIterator(director, new Random(7));
    for (int i = 0; i < 2_000; i++) {
      RotationMove move = moves.next();
      List<DayAssignment> cells = move.getPlanningEntities().stream().map(DayAssignment.class::cast).toList();
      int length = cells.size() / RotationMoveFactory.RING;
      assertThat(length).isBetween(1, RotationMoveFactory.LONGEST);
      Set<StaffMember> people = new LinkedHashSet<>();
      for (int j = 0; j < RotationMoveFactory.RING; j++) {
        people.add(cells.get(j * length).getStaffMember());
        for (int k = 0; k < length; k++) {
          assertThat(cells.get(j * length + k).getDay().getIndex()).isEqualTo(cells.get(k).getDay().getIndex());
          assertThat(cells.get(j * length + k).getDay().getIndex()).isEqualTo(cells.get(0).getDay().getIndex() + k);
        }
      }
      assertThat(people).hasSize(RotationMoveFactory.RING);
      List<StaffMember> ring = new ArrayList<>(people);
      List<ShiftType[]> before = ring.stream().map(m -> line(working, m)).toList();
      HardSoftScore scoreBefore = director.calculateScore();
      assertThat(move.isMoveDoable(director)).isTrue();
      Move<Roster> undo = move.doMove(director);
      // person j + 1 now works what person j worked on the move's days, the first what the last worked
      int first = cells.get(0).getDay().getIndex();
      for (int j = 0; j < ring.size(); j++) {
        ShiftType[] after = line(working, ring.get((j + 1) % ring.size()));
        for (int d = 0; d < after.length; d++) {
          boolean moved = d >= first && d < first + length;
          assertThat(after[d]).isEqualTo(moved ? before.get(j)[d] : before.get((j + 1) % ring.size())[d]);
        }
      }
      assertThat(SwapMoves.coverByDay(working)).isEqualTo(cover);
      if (i % 100 == 0) {
        assertThat(director.calculateScore()).isEqualTo(Scoring.byConstraints(working));
        undo.doMoveOnly(director);
        assertThat(director.calculateScore()).isEqualTo(scoreBefore);
        for (int j = 0; j < ring.size(); j++) {
          assertThat(line(working, ring.get(j))).isEqualTo(before.get(j));
        }
      }
    }
  }

  @Test
  void aRingOfThreeIsTwoSwapsOverTheSameDays() {
    Roster roster = Scoring.randomFeasible(InrcRosterMapper.load(Inrc2010Files.file("sprint_late09")), 4);
    InnerScoreDirector<Roster, HardSoftScore> director = SwapMoves.scoreDirector(roster);
    Roster working = director.getWorkingSolution();
    int days = working.getDays().size();
    StaffMember a = working.getStaff().get(0);
    StaffMember b = working.getStaff().get(1);
    StaffMember c = working.getStaff().get(2);
    ShiftType[] la = line(working, a);
    ShiftType[] lb = line(working, b);
    ShiftType[] lc = line(working, c);
    DayAssignment[][] cells = new DayAssignment[3][3];
    StaffMember[] ring = {a, b, c};
    for (int j = 0; j < 3; j++) {
      for (int k = 0; k < 3; k++) {
        cells[j][k] = working.getAssignments().get(ring[j].getIndex() * days + 10 + k);
      }
    }
    new RotationMove(cells).doMoveOnly(director);
    for (int d = 10; d < 13; d++) {
      // a <-> b, then a <-> c: b has a's, c has b's, a has c's
      assertThat(line(working, b)[d]).isEqualTo(la[d]);
      assertThat(line(working, c)[d]).isEqualTo(lb[d]);
      assertThat(line(working, a)[d]).isEqualTo(lc[d]);
    }
    assertThat(director.calculateScore()).isEqualTo(Scoring.byConstraints(working));
  }

  @Test
  void theSolverWithRotationsKeepsTheIncrementalScoreEqualToTheConstraintProvider() {
    // FULL_ASSERT recomputes the score with the constraint provider after every move and fails on a difference
    System.setProperty("chainsim.roster.rotations", "true");
    try {
      Roster roster = InrcRosterMapper.load(Inrc2010Files.file("sprint_late09"));
      RosterSolverSettings settings = new RosterSolverSettings(3, null, 16L, 5, 20, 7,
          org.optaplanner.core.config.solver.EnvironmentMode.FULL_ASSERT);
      Roster solved = RosterSolver.solve(roster, settings).roster();
      assertThat(solved.getScore()).isEqualTo(Scoring.byConstraints(solved));
    } finally {
      System.clearProperty("chainsim.roster.rotations");
    }
  }

  @Test
  void theSameSeedAndMoveBudgetGiveTheSameRosterTwice() {
    System.setProperty("chainsim.roster.rotations", "true");
    try {
      List<String> first = solvedLines(RosterSolverSettings.forMoveLimit(150_000, 11));
      List<String> second = solvedLines(RosterSolverSettings.forMoveLimit(150_000, 11));
      assertThat(second).isEqualTo(first);
    } finally {
      System.clearProperty("chainsim.roster.rotations");
    }
  }

  private static List<String> solvedLines(RosterSolverSettings settings) {
    Roster solved = RosterSolver.solve(InrcRosterMapper.load(Inrc2010Files.file("sprint_late09")), settings).roster();
    List<String> lines = new ArrayList<>();
    lines.add(solved.getScore().toString());
    for (StaffMember member : solved.getStaff()) {
      StringBuilder line = new StringBuilder();
      for (ShiftType type : line(solved, member)) {
        line.append(type == null ? "-" : type.getId()).append(' ');
      }
      lines.add(line.toString());
    }
    return lines;
  }
}

package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.BorderRuns;
import chainsim.roster.domain.Contract;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.WorkHistory;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * The line moves: the dynamic programme finds the cheapest line of all (checked against every one
 * of the 2^14 lines of a fortnight, costed by {@link StaffLine}), keeps a line no change improves, and
 * every move it makes keeps each day's cover with the incremental score equal to the constraint
 * provider's.
 */
class LineMoveFactoryTest {

  private static final int DAYS = RosterFixture.PERIOD.dayCount();
  private static final long NONE = Long.MAX_VALUE / 4;

  /** The six rules the programme reads, as {@link StaffLine} weighs them, for a line of E shifts. */
  private static long ruleCost(StaffMember member, boolean[] works) {
    int[] shifts = new int[works.length];
    for (int d = 0; d < works.length; d++) {
      shifts[d] = works[d] ? RosterFixture.E.getIndex() : -1;
    }
    StaffLine line = new StaffLine(member, RosterFixture.PERIOD, shifts);
    return line.maxAssignmentsPenalty() + line.minAssignmentsPenalty() + line.maxConsecutiveWorkingDaysPenalty()
        + line.minConsecutiveWorkingDaysPenalty() + line.maxConsecutiveFreeDaysPenalty()
        + line.minConsecutiveFreeDaysPenalty();
  }

  private static long cost(StaffMember member, boolean[] present, long[] changeCost, boolean[] line) {
    long c = ruleCost(member, line);
    for (int d = 0; d < line.length; d++) {
      if (line[d] != present[d]) {
        if (changeCost[d] >= NONE) {
          return NONE;
        }
        c += changeCost[d];
      }
    }
    return c;
  }

  private static Contract randomContract(Random random, int k) {
    Contract.Builder b = Contract.builder("c" + k);
    if (random.nextBoolean()) {
      b.maxAssignments(1 + random.nextInt(3), 4 + random.nextInt(8));
    }
    if (random.nextBoolean()) {
      b.minAssignments(1 + random.nextInt(3), 2 + random.nextInt(6));
    }
    if (random.nextInt(4) > 0) {
      b.maxConsecutiveWorkingDays(1 + random.nextInt(3), 2 + random.nextInt(4));
    }
    if (random.nextInt(4) > 0) {
      b.minConsecutiveWorkingDays(1 + random.nextInt(3), 2 + random.nextInt(3));
    }
    if (random.nextBoolean()) {
      b.maxConsecutiveFreeDays(1 + random.nextInt(3), 2 + random.nextInt(4));
    }
    if (random.nextInt(4) > 0) {
      b.minConsecutiveFreeDays(1 + random.nextInt(3), 2 + random.nextInt(3));
    }
    return b.build();
  }

  @Test
  void theProgrammeFindsTheCheapestOfAllLinesOfAFortnight() {
    Random random = new Random(17);
    for (int trial = 0; trial < 40; trial++) {
      StaffMember member = RosterFixture.nurse("n" + trial, randomContract(random, trial));
      if (trial % 3 == 1) {
        // a history of days worked (or off) in a row before the period
        int run = 1 + random.nextInt(6);
        member.setHistory(new WorkHistory(random.nextBoolean() ? new BorderRuns(RosterFixture.E, run, run, 0)
            : new BorderRuns(null, 0, 0, run), 0, 0, 0));
      }
      boolean[] present = new boolean[DAYS];
      long[] changeCost = new long[DAYS];
      for (int d = 0; d < DAYS; d++) {
        present[d] = random.nextBoolean();
        // a partner's price for the day: a gain, nothing, a cost, or no partner at all
        int kind = random.nextInt(6);
        changeCost[d] = kind == 0 ? NONE : kind == 1 ? -random.nextInt(3) : kind == 2 ? 0 : random.nextInt(4);
      }
      long cheapest = NONE;
      for (int mask = 0; mask < 1 << DAYS; mask++) {
        boolean[] line = new boolean[DAYS];
        for (int d = 0; d < DAYS; d++) {
          line[d] = (mask >> d & 1) == 1;
        }
        cheapest = Math.min(cheapest, cost(member, present, changeCost, line));
      }
      boolean[] best = LineMoveFactory.bestLine(member.getContract(), member.getHistory(), present, changeCost,
          new int[DAYS][LineMoveFactory.states(member.getContract(), DAYS)]);
      assertThat(cost(member, present, changeCost, best)).as("trial %d", trial).isEqualTo(cheapest);
    }
  }

  @Test
  void aLineNoChangeImprovesIsKeptAsItIs() {
    // runs of 3 to 4 days, free runs of 2 to 3, and every change costs its partner 1: nothing to gain
    StaffMember member = RosterFixture.nurse("n", Contract.builder("c").maxConsecutiveWorkingDays(1, 4)
        .minConsecutiveWorkingDays(1, 3).minConsecutiveFreeDays(1, 2).maxConsecutiveFreeDays(1, 3).build());
    boolean[] present = new boolean[DAYS];
    String line = "WWW--WWWW--WWW";
    for (int d = 0; d < DAYS; d++) {
      present[d] = line.charAt(d) == 'W';
    }
    assertThat(ruleCost(member, present)).isZero();
    long[] changeCost = new long[DAYS];
    Arrays.fill(changeCost, 1);
    boolean[] best = LineMoveFactory.bestLine(member.getContract(), member.getHistory(), present, changeCost,
        new int[DAYS][LineMoveFactory.states(member.getContract(), DAYS)]);
    assertThat(best).containsExactly(present);
  }

  @Test
  void aShortFreeRunIsWidenedWhereAPartnerTakesTheDayForNothing() {
    // at least 3 days off in a row: the 2-day gap costs 1; day 5 can go to a partner at no cost, day 9 cannot
    StaffMember member = RosterFixture.nurse("n", Contract.builder("c").minConsecutiveFreeDays(1, 3).build());
    String line = "WWWWWW--WWWWWW";
    boolean[] present = new boolean[DAYS];
    for (int d = 0; d < DAYS; d++) {
      present[d] = line.charAt(d) == 'W';
    }
    long[] changeCost = new long[DAYS];
    Arrays.fill(changeCost, 5);
    changeCost[5] = 0;
    changeCost[8] = NONE;
    boolean[] best = LineMoveFactory.bestLine(member.getContract(), member.getHistory(), present, changeCost,
        new int[DAYS][LineMoveFactory.states(member.getContract(), DAYS)]);
    boolean[] expected = present.clone();
    expected[5] = false;
    assertThat(best).containsExactly(expected);
  }

  @Test
  void everyLineMoveKeepsCoverAndTheIncrementalScoreAgrees() {
    SwapMoves.Workbench bench = SwapMoves.onSprintLate09(3);
    InnerScoreDirector<Roster, HardSoftScore> director = bench.director();
    Roster working = bench.working();
    List<String> cover = bench.cover();
    Iterator<SwapBlockMove> moves = new LineMoveFactory().createRandomMoveIterator(director, new Random(5));
    int doable = 0;
    int severalPartners = 0;
    for (int i = 0; i < 300; i++) {
      SwapBlockMove move = moves.next();
      if (!move.isMoveDoable(director)) {
        continue;
      }
      doable++;
      List<DayAssignment> cells = move.getPlanningEntities().stream().map(DayAssignment.class::cast).toList();
      int changed = cells.size() / 2;
      // one person on the left, every day once; a partner per day on the right
      assertThat(cells.subList(0, changed).stream().map(DayAssignment::getStaffMember).distinct()).hasSize(1);
      assertThat(cells.subList(0, changed).stream().map(c -> c.getDay().getIndex()).distinct()).hasSize(changed);
      severalPartners += cells.subList(changed, cells.size()).stream().map(DayAssignment::getStaffMember)
          .distinct().count() > 1 ? 1 : 0;
      move.doMoveOnly(director);
      assertThat(SwapMoves.coverByDay(working)).isEqualTo(cover);
      assertThat(director.calculateScore()).isEqualTo(Scoring.byConstraints(working));
    }
    assertThat(doable).isGreaterThan(50);
    assertThat(severalPartners).isPositive();
  }
}

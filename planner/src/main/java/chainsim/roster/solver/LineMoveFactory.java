package chainsim.roster.solver;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractRule;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.WorkHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Re-plans one person's whole line at once: which days she works, chosen by a dynamic programme
 * over the period against her run and assignment rules, where every day she changes is swapped with
 * the partner (a different one per day if need be) whose own line that day's exchange costs least.
 *
 * <p>The swaps between two or three people move a few days; a line that must change shape as a
 * whole (more or fewer shifts in runs of the contract's lengths, with free runs long enough between
 * them) passes through worse rosters on the way. The programme finds the line of least estimated
 * cost in one step: her maximum and minimum consecutive working and free days and her maximum and
 * minimum assignments (exactly as {@link StaffLine} reads them, history included), her requests on
 * each day, and for each day she changes the change in her partner's line cost, each partner's
 * scored alone ({@link RosterIncrementalScoreCalculator#lineCostWith}). Every day stays covered (each
 * change is a swap), and the solver scores the move as a whole as any other, so what the estimate
 * leaves out (weekends, patterns, two days given to one partner) decides acceptance there.
 *
 * <p>The first person is drawn as the swaps draw theirs ({@link PenaltyGuide}); for each day every
 * other person who may take the exchange is priced (the first cheapest kept). One draw in
 * {@value #ONE_IN} of the union is a line move ({@link RosterSolver} weighs it so): each scores a
 * partner's line once or twice per person and day, and costs the time of a few hundred swaps.
 */
public final class LineMoveFactory implements MoveIteratorFactory<Roster, SwapBlockMove> {

  /**
   * The union draws a line move once in this many draws. Measured at 30 s on the seven INRC-2010
   * instances furthest from the best known, seeds 1 and 2 (docs/roster.md): once in 150 or 250 draws
   * was worse than once in 400; once in 700 no better.
   */
  static final int ONE_IN = 400;

  private static final long NONE = Long.MAX_VALUE / 4;

  /** A person and a line for her: people × 2^days, capped (the union's share is its fixed weight, not this). */
  @Override
  public long getSize(ScoreDirector<Roster> scoreDirector) {
    Roster roster = scoreDirector.getWorkingSolution();
    return roster.getStaff().size() * (1L << Math.min(40, roster.getDays().size()));
  }

  @Override
  public Iterator<SwapBlockMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
    throw new UnsupportedOperationException("line moves are only drawn at random");
  }

  @Override
  public Iterator<SwapBlockMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
    RandomSwapMoveFactory.Draws draws = new RandomSwapMoveFactory.Draws(scoreDirector, random);
    RosterIncrementalScoreCalculator calculator = RosterIncrementalScoreCalculator.of(scoreDirector);
    Planner planner = calculator == null ? null : new Planner(draws, calculator);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return draws.staffCount >= 2 && draws.dayCount >= 1;
      }

      @Override
      public SwapBlockMove next() {
        SwapBlockMove move = planner == null ? null : planner.plan(draws.first());
        // the line is already the best the estimate sees: a move the solver will find not doable
        return move != null ? move
            : new SwapBlockMove(new DayAssignment[] {draws.cell(0, 0)}, new DayAssignment[] {draws.cell(0, 0)});
      }
    };
  }

  /** One step's buffers: the day options, the programme's table and its choices. */
  static final class Planner {
    private final RandomSwapMoveFactory.Draws draws;
    private final RosterIncrementalScoreCalculator calculator;
    private final int days;
    /** Per day, the estimated cost of the person changing that day (working if free, free if working). */
    private final long[] changeCost;
    /** Per day, the partner of that change (-1 when none may take it). */
    private final int[] partner;
    /** Per person, the line's present cost (-1 until scored in this plan). */
    private final long[] costNow;
    /** The programme's choices, per day and state (grown to the largest contract's states). */
    private int[][] from = new int[0][];

    Planner(RandomSwapMoveFactory.Draws draws, RosterIncrementalScoreCalculator calculator) {
      this.draws = draws;
      this.calculator = calculator;
      this.days = draws.dayCount;
      this.changeCost = new long[days];
      this.partner = new int[days];
      this.costNow = new long[draws.staffCount];
    }

    /** The move re-planning person {@code a}'s line, or {@code null} if the estimate keeps it as it is. */
    SwapBlockMove plan(int a) {
      Arrays.fill(costNow, -1);
      int[] row = calculator.row(a);
      boolean[] works = new boolean[days];
      for (int d = 0; d < days; d++) {
        works[d] = row[d] >= 0;
        priceChange(a, d, row[d]);
      }
      StaffMember member = draws.roster.getStaff().get(a);
      int states = states(member.getContract(), days);
      if (from.length == 0 || from[0].length < states) {
        from = new int[days][states];
      }
      boolean[] best = bestLine(member.getContract(), member.getHistory(), works, changeCost, from);
      List<DayAssignment> left = new ArrayList<>();
      List<DayAssignment> right = new ArrayList<>();
      for (int d = 0; d < days; d++) {
        if (best[d] != works[d]) {
          left.add(draws.cell(a, d));
          right.add(draws.cell(partner[d], d));
        }
      }
      return left.isEmpty() ? null
          : new SwapBlockMove(left.toArray(DayAssignment[]::new), right.toArray(DayAssignment[]::new));
    }

    /** Sets {@link #changeCost} and {@link #partner} for person {@code a} changing day {@code d}. */
    private void priceChange(int a, int d, int shift) {
      changeCost[d] = NONE;
      partner[d] = -1;
      DayAssignment mine = draws.cell(a, d);
      if (mine.isPinned()) {
        return;
      }
      for (int b = 0; b < draws.staffCount; b++) {
        if (b == a) {
          continue;
        }
        DayAssignment theirs = draws.cell(b, d);
        ShiftType their = theirs.getShiftType();
        // a change is working against free: the partner does the other
        if (theirs.isPinned() || (shift >= 0) == (their != null)) {
          continue;
        }
        if (SwapBlockMove.forbidden(mine, their, draws.skillsMandatory) + SwapBlockMove.forbidden(theirs,
            mine.getShiftType(), draws.skillsMandatory) > 0) {
          continue;
        }
        int theirShift = their == null ? -1 : their.getIndex();
        if (costNow[b] < 0) {
          costNow[b] = calculator.lineCostWith(b, d, theirShift);
        }
        long cost = calculator.lineCostWith(b, d, shift) - costNow[b]
            + calculator.dayCost(a, d, theirShift) - calculator.dayCost(a, d, shift);
        if (cost < changeCost[d]) {
          changeCost[d] = cost;
          partner[d] = b;
        }
      }
    }
  }

  /**
   * The working days of least estimated cost: the run and assignment rules of the contract over the
   * line, plus {@code changeCost[d]} for each day that differs from {@code works} ({@link #NONE}: may
   * not differ). A dynamic programme over (day, kind and length of the run going on, shifts so far),
   * lengths capped where no rule reads them any more (a day past a maximum costs its weight as it is
   * added). On a tie the choice that agrees with the present line wins at each state, so a line no
   * change improves comes back as it is (another line of equal cost may come back where changes are
   * free). {@code from} is scratch of at least days × states.
   */
  static boolean[] bestLine(Contract contract, WorkHistory history, boolean[] works, long[] changeCost, int[][] from) {
    int days = works.length;
    RunRules rules = new RunRules(contract);
    int cap = rules.cap();
    int lengths = cap + 1;
    int counts = days + 1;
    // state index: ((kind × lengths) + length) × counts + count; kind 1 = working; length 0 = no run yet
    int states = 2 * lengths * counts;
    long[] cost = new long[states];
    long[] next = new long[states];
    Arrays.fill(cost, NONE);
    // before the first day: the history's run (its days over a maximum were judged before the period)
    boolean beforeWorks = history.workDays() > 0;
    int before = Math.min(cap, beforeWorks ? history.workDays() : history.daysOff());
    cost[index(beforeWorks ? 1 : 0, before, 0, lengths, counts)] = 0;
    for (int d = 0; d < days; d++) {
      Arrays.fill(next, 0, states, NONE);
      int[] choice = from[d];
      for (int s = 0; s < states; s++) {
        if (cost[s] >= NONE) {
          continue;
        }
        int count = s % counts;
        int length = (s / counts) % lengths;
        int kind = s / counts / lengths;
        for (int w = 0; w <= 1; w++) {
          boolean working = w == 1;
          long step = working == works[d] ? 0 : changeCost[d];
          if (step >= NONE || count + w >= counts) {
            continue;
          }
          int target;
          long c = cost[s] + step;
          if (length > 0 && (kind == 1) == working) {
            c += rules.dayAdded(working, length + 1);
            target = index(kind, Math.min(length + 1, cap), count + w, lengths, counts);
          } else {
            c += length == 0 ? 0 : rules.runEnds(kind == 1, length);
            c += rules.dayAdded(working, 1);
            target = index(w, 1, count + w, lengths, counts);
          }
          // ties keep the present line: the choice agreeing with it wins
          if (c < next[target] || (c == next[target] && working == works[d])) {
            next[target] = c;
            choice[target] = s;
          }
        }
      }
      long[] t = cost;
      cost = next;
      next = t;
    }
    long bestCost = NONE;
    int bestState = -1;
    for (int s = 0; s < states; s++) {
      if (cost[s] >= NONE) {
        continue;
      }
      int length = (s / counts) % lengths;
      int kind = s / counts / lengths;
      long c = cost[s] + (length == 0 ? 0 : rules.runEnds(kind == 1, length)) + rules.assignments(s % counts);
      if (c < bestCost) {
        bestCost = c;
        bestState = s;
      }
    }
    boolean[] line = works.clone();
    int s = bestState;
    for (int d = days - 1; d >= 0 && s >= 0; d--) {
      line[d] = s / counts / lengths == 1;
      s = from[d][s];
    }
    return line;
  }

  /** The programme's states for a contract over {@code days} days (the size {@code from} needs per day). */
  static int states(Contract contract, int days) {
    return 2 * (new RunRules(contract).cap() + 1) * (days + 1);
  }

  private static int index(int kind, int length, int count, int lengths, int counts) {
    return (kind * lengths + length) * counts + count;
  }

  /** The contract's six rules that read only which days a line works, as {@link StaffLine} weighs them. */
  private record RunRules(ContractRule maxWork, ContractRule minWork, ContractRule maxFree, ContractRule minFree,
      ContractRule maxShifts, ContractRule minShifts) {
    RunRules(Contract c) {
      this(c.maxConsecutiveWorkingDays(), c.minConsecutiveWorkingDays(), c.maxConsecutiveFreeDays(),
          c.minConsecutiveFreeDays(), c.maxAssignments(), c.minAssignments());
    }

    /** The longest run length the rules tell apart: one past every maximum, and every minimum. */
    int cap() {
      int cap = 1;
      for (ContractRule max : List.of(maxWork, maxFree)) {
        cap = Math.max(cap, max.active() ? max.limit() + 1 : 1);
      }
      for (ContractRule min : List.of(minWork, minFree)) {
        cap = Math.max(cap, min.active() ? min.limit() : 1);
      }
      return cap;
    }

    /** A run reaching {@code length} days: the maximum's weight when that is past it. */
    long dayAdded(boolean working, int length) {
      ContractRule max = working ? maxWork : maxFree;
      return max.active() && length > max.limit() ? max.weight() : 0;
    }

    /** A run of {@code length} days (capped) ending: the minimum's weight per day short of it. */
    long runEnds(boolean working, int length) {
      ContractRule min = working ? minWork : minFree;
      return min.active() ? (long) min.weight() * Math.max(0, min.limit() - length) : 0;
    }

    long assignments(int count) {
      return maxShifts.costAbove(count) + minShifts.costBelow(count);
    }
  }
}

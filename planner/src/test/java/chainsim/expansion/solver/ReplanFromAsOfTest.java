package chainsim.expansion.solver;

import static chainsim.expansion.solver.TinySurrogate.cell;
import static chainsim.expansion.solver.TinySurrogate.constant;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.expansion.domain.Cell;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionContext;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.surrogate.RestartBaseline;
import chainsim.scenario.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * A re-plan judged from where the company is: on the tiny surrogate (12 months, 4 replications, no
 * discounting, no terminal value, reserve 200,000, one opening a quarter and per region a quarter,
 * direct before channels, a 3-month gate), as of month 3. The capital rules judge months 4..12
 * from the cash at month 3, not from {@code capital.initial}; the history is not constrained
 * again; decided openings (executed or committed before the re-plan) break no rule of the plan.
 */
class ReplanFromAsOfTest {
  private final ConstraintVerifier<ExpansionConstraintProvider, ExpansionPlan> verifier =
      ConstraintVerifier.build(new ExpansionConstraintProvider(), ExpansionPlan.class, CellDecision.class);

  private static final int AS_OF = 3;

  private static double[] flat(double v) {
    double[] a = new double[TinySurrogate.MONTHS];
    java.util.Arrays.fill(a, v);
    return a;
  }

  /** Regions a and b, industries x and y, every mode: an opening's flow is {@code first} in its first month, then 0. */
  private static ExpansionContext world(ExpansionRules rules, double first, double[] own) {
    TinySurrogate s = new TinySurrogate().rules(rules);
    for (String region : List.of("a", "b")) {
      for (Mode mode : List.of(Mode.DIRECT, Mode.EQUITY, Mode.PARTNER)) {
        s.region(region, List.of("x", "y"), mode, constant(first, 0), own);
      }
    }
    return s.context();
  }

  /**
   * A baseline as of month 3 whose own flows are {@code monthlyFlow} each month, whose cash was
   * {@code history} at the end of months 1..3 (the last of them the start cash), and whose
   * simulated NPV holds {@code extraExit} beyond its flows.
   */
  private static ExpansionContext restarted(ExpansionContext c, Set<String> decided, double monthlyFlow,
      double[] history, double extraExit) {
    int reps = TinySurrogate.REPS;
    double[][] flow = new double[reps][TinySurrogate.MONTHS];
    double[][] balance = new double[reps][AS_OF];
    double[] start = new double[reps];
    double[] extra = new double[reps];
    for (int r = 0; r < reps; r++) {
      java.util.Arrays.fill(flow[r], monthlyFlow);
      balance[r] = history.clone();
      start[r] = history[AS_OF - 1];
      extra[r] = extraExit;
    }
    c.surrogate().restartFrom(new RestartBaseline(AS_OF, decided, flow, balance, start, new long[reps], extra));
    return c;
  }

  private static ExpansionContext restarted(ExpansionContext c, double startCash) {
    return restarted(c, Set.of(), 0, new double[] {startCash, startCash, startCash}, 0);
  }

  private static final Entry DIRECT_Q2 = Entry.of(Mode.DIRECT, 2); // month 4, the first after the as-of month

  @Test
  void anOpeningAllowedFromInitialCapitalIsRefusedWhenTheCashAtTheAsOfMonthIsLow() {
    // from capital.initial (1,000,000) the opening's 150,000 leaves 850,000: above the 200,000 reserve
    ExpansionContext plain = world(TinySurrogate.rules(0), -150_000, flat(1));
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence)
        .given(cell(plain, "a", "x", 0, DIRECT_Q2)).penalizesBy(0);
    // from the 300,000 the company really has at month 3 it leaves 150,000: 50,000 short, 5 units
    ExpansionContext low = restarted(world(TinySurrogate.rules(0), -150_000, flat(1)), 300_000);
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence)
        .given(cell(low, "a", "x", 0, DIRECT_Q2)).penalizesBy(5);
    // an opening of 350,000 drives all four replications below zero: three more than the cap (25%) allows
    ExpansionContext dry = restarted(world(TinySurrogate.rules(0), -350_000, flat(1)), 300_000);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroWithinAppetite)
        .given(cell(dry, "a", "x", 0, DIRECT_Q2)).penalizesBy(3 * ExpansionConstraintProvider.BREACH);
  }

  @Test
  void anOpeningRefusedFromInitialCapitalIsAllowedWhenTheCompanyHasTheCash() {
    ExpansionRules poor = new ExpansionRules(4, 1, 1, true, 3, Set.of(Mode.DIRECT, Mode.EQUITY), 100_000, 200_000,
        0.75, true, 0.25, 0.5, 0.25, 0.0);
    // from capital.initial of 100,000 the opening leaves -50,000: 250,000 short of the reserve, all four below zero
    ExpansionContext plain = world(poor, -150_000, flat(1));
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence)
        .given(cell(plain, "a", "x", 0, DIRECT_Q2)).penalizesBy(25);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroWithinAppetite)
        .given(cell(plain, "a", "x", 0, DIRECT_Q2)).penalizesBy(3 * ExpansionConstraintProvider.BREACH);
    // the company has 1,200,000 at month 3: 1,050,000 after the opening
    ExpansionContext rich = restarted(world(poor, -150_000, flat(1)), 1_200_000);
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence)
        .given(cell(rich, "a", "x", 0, DIRECT_Q2)).penalizesBy(0);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroWithinAppetite)
        .given(cell(rich, "a", "x", 0, DIRECT_Q2)).penalizesBy(0);
  }

  @Test
  void theHistoryIsShownButNotConstrainedAgain() {
    // cash went below zero in month 2 (history) and is 500,000 at month 3
    ExpansionContext c = restarted(world(TinySurrogate.rules(0), -100_000, flat(1)), Set.of(), 0,
        new double[] {900_000, -50_000, 500_000}, 0);
    CellDecision opening = cell(c, "a", "x", 0, DIRECT_Q2);
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence).given(opening).penalizesBy(0);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroWithinAppetite).given(opening).penalizesBy(0);
    ChainProjection chain = ChainProjection.of(List.of(opening));
    assertThat(chain.judgedFrom()).isEqualTo(4);
    assertThat(chain.cash()[0]).startsWith(900_000, -50_000, 500_000, 400_000, 400_000);
    assertThat(chain.minCash()).containsOnly(400_000.0);
  }

  @Test
  void aPlanIsValuedAsTheBaselinePlusItsFreeOpenings() {
    // the baseline earns 10,000 a month (120,000) and its simulation holds 5,000 more (exit values)
    ExpansionContext c = restarted(world(TinySurrogate.rules(0), -30_000, flat(1)), Set.of(), 10_000,
        new double[] {1_000_000, 1_000_000, 1_000_000}, 5_000);
    CellDecision none = cell(c, "a", "x", 0, Entry.NOT_ENTERED);
    assertThat(ChainProjection.of(List.of(none)).npv()).containsOnly(125_000.0);
    assertThat(ChainProjection.of(List.of(cell(c, "a", "x", 0, DIRECT_Q2))).npv()).containsOnly(95_000.0);
    // an opening of the baseline's (executed before the re-plan) is in the baseline already: not added again
    ExpansionContext withDecided = restarted(world(TinySurrogate.rules(0), -30_000, flat(1)), Set.of("b-branch"),
        10_000, new double[] {1_000_000, 1_000_000, 1_000_000}, 5_000);
    CellDecision executed = kept(withDecided, "b", "x", 0, Entry.of(Mode.DIRECT, 1), "b-branch");
    assertThat(ChainProjection.of(List.of(executed)).npv()).containsOnly(125_000.0);
  }

  private static CellDecision kept(ExpansionContext c, String region, String industry, int bit, Entry entry,
      String keptBy) {
    return new CellDecision(new Cell(region, industry, 100, bit), c, entry, keptBy, null);
  }

  /** A world of openings that cost nothing, as of month 3 with 1,000,000, the named openings decided. */
  private static ExpansionContext decidedWorld(double[] own, String... decided) {
    return restarted(world(TinySurrogate.rules(0), 0, own), Set.of(decided), 0,
        new double[] {1_000_000, 1_000_000, 1_000_000}, 0);
  }

  @Test
  void aDecidedChannelWithoutItsDirectBranchBreaksNoRuleOfThePlanButAFreeOneDoes() {
    ExpansionContext c = decidedWorld(flat(1), "b-equity");
    CellDecision decided = kept(c, "b", "x", 0, Entry.of(Mode.EQUITY, 1), "b-equity");
    verifier.verifyThat(ExpansionConstraintProvider::directBranchProvesRegionFirst).given(decided).penalizesBy(0);
    verifier.verifyThat(ExpansionConstraintProvider::directBranchFirstBrokenBeforeReplan).given(decided).penalizes(1);
    CellDecision free = cell(c, "a", "x", 0, Entry.of(Mode.EQUITY, 2));
    verifier.verifyThat(ExpansionConstraintProvider::directBranchProvesRegionFirst).given(decided, free)
        .penalizesBy(ExpansionConstraintProvider.BREACH);
    verifier.verifyThat(ExpansionConstraintProvider::directBranchFirstBrokenBeforeReplan).given(decided, free)
        .penalizes(1);
  }

  @Test
  void decidedOpeningsTakeTheBandwidthFirstAndOnlyFreeOnesBeyondItCount() {
    ExpansionContext c = decidedWorld(flat(1), "a-branch", "b-branch");
    CellDecision a = kept(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1), "a-branch");
    CellDecision b = kept(c, "b", "x", 0, Entry.of(Mode.DIRECT, 1), "b-branch");
    // two decided openings in quarter 1, whose limit is one: shown, not counted
    verifier.verifyThat(ExpansionConstraintProvider::openingsPerQuarterWithinBandwidth).given(a, b).penalizesBy(0);
    verifier.verifyThat(ExpansionConstraintProvider::openingsPerQuarterBrokenBeforeReplan).given(a, b).penalizes(1);
    // a free opening in the same quarter is one too many of the plan's own
    CellDecision free = cell(c, "b", "y", 1, Entry.of(Mode.PARTNER, 1));
    verifier.verifyThat(ExpansionConstraintProvider::openingsPerQuarterWithinBandwidth).given(a, b, free)
        .penalizesBy(ExpansionConstraintProvider.BREACH);
  }

  @Test
  void theGateCountsOnlyAgainstOpeningsThePlanChooses() {
    // a-branch never breaks even (own flow negative); b-branch, six months later, was opened anyway
    ExpansionContext c = decidedWorld(flat(-1), "a-branch", "b-branch");
    CellDecision a = kept(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1), "a-branch");
    CellDecision b = kept(c, "b", "x", 0, Entry.of(Mode.DIRECT, 3), "b-branch");
    verifier.verifyThat(ExpansionConstraintProvider::oneYearCashFlowGate).given(a, b).penalizesBy(0);
    verifier.verifyThat(ExpansionConstraintProvider::cashFlowGateBrokenBeforeReplan).given(a, b).penalizes(1);
    CellDecision free = cell(c, "b", "y", 1, Entry.of(Mode.DIRECT, 4));
    verifier.verifyThat(ExpansionConstraintProvider::oneYearCashFlowGate).given(a, b, free)
        .penalizesBy(2 * ExpansionConstraintProvider.BREACH); // held back by a-branch and by b-branch
  }

  @Test
  void executedOpeningsThatBreakRulesLeaveTheHardScoreAtZero() {
    ExpansionContext c = decidedWorld(flat(-1), "a-branch", "b-branch", "b-equity");
    List<CellDecision> cells = new ArrayList<>(List.of(
        kept(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1), "a-branch"),
        kept(c, "b", "x", 0, Entry.of(Mode.DIRECT, 1), "b-branch"),
        kept(c, "b", "y", 1, Entry.of(Mode.EQUITY, 1), "b-equity"),
        cell(c, "a", "y", 1, Entry.NOT_ENTERED)));
    ExpansionPlan plan = new ExpansionPlan(c, List.of(Entry.NOT_ENTERED, DIRECT_Q2), cells);
    // three openings in quarter 1 (limit 1), two in region b's (limit 1), a channel without a direct branch
    // before it: all decided, so nothing counts; flows 0, so NPV 0
    verifier.verifyThat().givenSolution(plan).scores(HardSoftLongScore.ZERO);
  }
}

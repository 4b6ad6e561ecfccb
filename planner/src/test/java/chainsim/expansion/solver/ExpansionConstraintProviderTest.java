package chainsim.expansion.solver;

import static chainsim.expansion.solver.TinySurrogate.cell;
import static chainsim.expansion.solver.TinySurrogate.constant;

import chainsim.expansion.domain.Cell;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionContext;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.scenario.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Each rule penalises a plan that breaks it, by the hand-computed amount, and leaves alone one that keeps it. */
class ExpansionConstraintProviderTest {
  private final ConstraintVerifier<ExpansionConstraintProvider, ExpansionPlan> verifier =
      ConstraintVerifier.build(new ExpansionConstraintProvider(), ExpansionPlan.class, CellDecision.class);

  private static final double[] OWN_POSITIVE = flat(1.0);
  private static final double[] OWN_NEGATIVE = flat(-1.0);

  private static double[] flat(double v) {
    double[] a = new double[TinySurrogate.MONTHS];
    java.util.Arrays.fill(a, v);
    return a;
  }

  /** Regions a and b, industries x and y, every mode; an opening costs {@code first} in month one, then nothing. */
  private static ExpansionContext world(double first, double[] own) {
    TinySurrogate s = new TinySurrogate();
    for (String region : List.of("a", "b")) {
      for (Mode mode : List.of(Mode.DIRECT, Mode.EQUITY, Mode.PARTNER)) {
        s.region(region, List.of("x", "y"), mode, constant(first, 0), own);
      }
    }
    return s.context();
  }

  @Test
  void reserveHeldAtConfidencePenalisesEachTenThousandYuanOfShortfall() {
    ExpansionContext c = world(-900_000, OWN_POSITIVE); // cash 100,000 against a reserve of 200,000
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(10);
  }

  @Test
  void reserveHeldAtConfidenceAcceptsCashAboveTheReserve() {
    ExpansionContext c = world(-500_000, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(0);
  }

  @Test
  void reserveIsJudgedOnTheQuantilePathNotTheMean() {
    // two replications of four lose 1.2M: the mean path keeps 400k, above the 200k reserve, but
    // the P25 path (confidence 0.75) goes to -200k
    double[][] flow = constant(0, 0);
    flow[3][0] = -1_200_000;
    flow[2][0] = -1_200_000;
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, flow, OWN_POSITIVE);
    ExpansionContext c = s.context();
    // sorted cash in month 1: -200k, -200k, 1M, 1M; R-7 at p = 0.25: h = 0.75 -> -200k + 0.75 * 0 = -200k
    verifier.verifyThat(ExpansionConstraintProvider::reserveHeldAtConfidence)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(40);
  }

  @Test
  void cashBelowZeroWithinAppetitePenalisesReplicationsBeyondTheCap() {
    double[][] flow = constant(0, 0);
    flow[0][0] = -1_100_000;
    flow[1][0] = -1_100_000; // two of four replications run dry; the cap of 25% allows one
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, flow, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroWithinAppetite)
        .given(cell(s.context(), "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(ExpansionConstraintProvider.BREACH);
  }

  @Test
  void cashBelowZeroWithinAppetiteToleratesTheCap() {
    double[][] flow = constant(0, 0);
    flow[0][0] = -1_100_000;
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, flow, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroWithinAppetite)
        .given(cell(s.context(), "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(0);
  }

  @Test
  void openingsPerQuarterWithinBandwidthPenalisesTheOpeningTooMany() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::openingsPerQuarterWithinBandwidth)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "a", "y", 1, Entry.of(Mode.DIRECT, 1)),
            cell(c, "b", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(ExpansionConstraintProvider.BREACH); // a's two cells are one opening; b's is the second
  }

  @Test
  void openingsPerQuarterWithinBandwidthAcceptsOnePerQuarter() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::openingsPerQuarterWithinBandwidth)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "b", "x", 0, Entry.of(Mode.DIRECT, 2)),
            cell(c, "b", "y", 1, Entry.NOT_ENTERED))
        .penalizesBy(0);
  }

  @Test
  void openingsPerRegionPerQuarterWithinBandwidthPenalisesTwoOpeningsInARegionsQuarter() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::openingsPerRegionPerQuarterWithinBandwidth)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "a", "y", 1, Entry.of(Mode.PARTNER, 1)))
        .penalizesBy(ExpansionConstraintProvider.BREACH);
  }

  @Test
  void openingsPerRegionPerQuarterWithinBandwidthAcceptsThemInDifferentQuarters() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::openingsPerRegionPerQuarterWithinBandwidth)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "a", "y", 1, Entry.of(Mode.PARTNER, 2)))
        .penalizesBy(0);
  }

  @Test
  void directBranchProvesRegionFirstPenalisesAChannelWithoutAnEarlierDirectBranch() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::directBranchProvesRegionFirst)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 2)), cell(c, "a", "y", 1, Entry.of(Mode.PARTNER, 2)),
            cell(c, "b", "x", 0, Entry.of(Mode.EQUITY, 3)))
        .penalizesBy(2 * ExpansionConstraintProvider.BREACH); // same quarter does not prove; b has no branch at all
  }

  @Test
  void directBranchProvesRegionFirstAcceptsAChannelAfterTheBranch() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::directBranchProvesRegionFirst)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "a", "y", 1, Entry.of(Mode.PARTNER, 2)))
        .penalizesBy(0);
  }

  @Test
  void oneYearCashFlowGatePenalisesAnOpeningBehindABranchStillCashFlowNegative() {
    ExpansionContext c = world(-1, OWN_NEGATIVE); // the gate looks at age 3 in these rules
    verifier.verifyThat(ExpansionConstraintProvider::oneYearCashFlowGate)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "b", "x", 0, Entry.of(Mode.EQUITY, 2)),
            cell(c, "b", "y", 1, Entry.of(Mode.PARTNER, 3)))
        .penalizesBy(ExpansionConstraintProvider.BREACH); // the partner is not a gated mode
  }

  /** Own cash flow +1 a month for three months (broken even at age 3), then -1: a dip from age 5. */
  private static ExpansionContext dipWorld(chainsim.scenario.Policies.GateRule rule) {
    double[] own = flat(-1.0);
    java.util.Arrays.fill(own, 0, 3, 1.0);
    TinySurrogate s = new TinySurrogate().rules(new chainsim.expansion.domain.ExpansionRules(4, 1, 1, true, 3, java.util.Set.of(Mode.DIRECT,
        Mode.EQUITY), TinySurrogate.INITIAL, 200_000, 0.75, true, 0.25, 0.5, 0.25, 0.0, rule, 3));
    for (String region : List.of("a", "b")) {
      for (Mode mode : List.of(Mode.DIRECT, Mode.EQUITY, Mode.PARTNER)) {
        s.region(region, List.of("x", "y"), mode, constant(-1, 0), own);
      }
    }
    return s.context();
  }

  @Test
  void oneYearCashFlowGateOnFirstPositiveWithinIgnoresADipAfterBreakEven() {
    ExpansionContext c = dipWorld(chainsim.scenario.Policies.GateRule.FIRST_POSITIVE_WITHIN);
    verifier.verifyThat(ExpansionConstraintProvider::oneYearCashFlowGate)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "b", "x", 0, Entry.of(Mode.EQUITY, 3)))
        .penalizesBy(0);
  }

  @Test
  void oneYearCashFlowGateOnRollingHoldsBackBehindADip() {
    ExpansionContext c = dipWorld(chainsim.scenario.Policies.GateRule.ROLLING);
    verifier.verifyThat(ExpansionConstraintProvider::oneYearCashFlowGate)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "b", "x", 0, Entry.of(Mode.EQUITY, 3)))
        .penalizesBy(ExpansionConstraintProvider.BREACH);
  }

  @Test
  void oneYearCashFlowGateLetsOpeningsFollowAPositiveBranch() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::oneYearCashFlowGate)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "b", "x", 0, Entry.of(Mode.DIRECT, 2)))
        .penalizesBy(0);
  }

  @Test
  void excludedCellsStayOutPenalisesAnExcludedCellEntered() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    CellDecision excluded = new CellDecision(new Cell("a", "x", 100, -1), c, Entry.of(Mode.DIRECT, 1), false, true,
        null);
    verifier.verifyThat(ExpansionConstraintProvider::excludedCellsStayOut).given(excluded)
        .penalizesBy(ExpansionConstraintProvider.BREACH);
  }

  @Test
  void excludedCellsStayOutAcceptsAnExcludedCellLeftOut() {
    ExpansionContext c = world(-1, OWN_POSITIVE);
    CellDecision excluded = new CellDecision(new Cell("a", "x", 100, -1), c, Entry.NOT_ENTERED, true, true, null);
    verifier.verifyThat(ExpansionConstraintProvider::excludedCellsStayOut).given(excluded).penalizesBy(0);
  }

  @Test
  void expectedNpvRewardsTheMeanNpv() {
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, constant(-100, 10), OWN_POSITIVE); // -100 + 11 * 10 = 10 a replication
    // expected NPV is an impact (either sign), which single-constraint assertions do not take: the
    // whole score is checked instead, the other constraints being silent on this plan
    verifier.verifyThat()
        .given(cell(s.context(), "a", "x", 0, Entry.of(Mode.DIRECT, 2))) // from month 4: -100 + 8 * 10 = -20
        .scores(HardSoftLongScore.of(0, -20));
  }

  @Test
  void expectedNpvRewardsAValuablePlan() {
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, constant(-100, 10), OWN_POSITIVE);
    verifier.verifyThat()
        .given(cell(s.context(), "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .scores(HardSoftLongScore.of(0, 10));
  }

  @Test
  void expectedNpvOfAPlanWithoutOpeningsIsZeroHere() {
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, constant(-100, 10), OWN_POSITIVE);
    verifier.verifyThat()
        .given(cell(s.context(), "a", "x", 0, Entry.NOT_ENTERED))
        .scores(HardSoftLongScore.of(0, 0));
  }

  @Test
  void npvTailRiskPenalisesTheWorstQuartersShortfallTimesTheWeight() {
    double[][] flow = constant(0, 0);
    for (int r = 0; r < TinySurrogate.REPS; r++) {
      flow[r][0] = 100 * r; // NPVs 0, 100, 200, 300: mean 150, worst quarter 0
    }
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, flow, OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::npvTailRisk)
        .given(cell(s.context(), "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(75); // 0.5 * (150 - 0)
  }

  @Test
  void npvTailRiskIsNothingWhenEveryFutureIsTheSame() {
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, constant(50, 0), OWN_POSITIVE);
    verifier.verifyThat(ExpansionConstraintProvider::npvTailRisk)
        .given(cell(s.context(), "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(0);
  }

  @Test
  void changesFromPreviousPlanPenalisesEachChangedCell() {
    TinySurrogate s = new TinySurrogate().rules(TinySurrogate.rules(7));
    s.region("a", List.of("x", "y"), Mode.DIRECT, constant(-1, 0), OWN_POSITIVE);
    ExpansionContext c = s.context();
    CellDecision moved = new CellDecision(new Cell("a", "x", 100, 0), c, Entry.of(Mode.DIRECT, 2), false, false,
        Entry.of(Mode.DIRECT, 1));
    CellDecision dropped = new CellDecision(new Cell("a", "y", 100, 1), c, Entry.NOT_ENTERED, false, false,
        Entry.of(Mode.DIRECT, 1));
    verifier.verifyThat(ExpansionConstraintProvider::changesFromPreviousPlan).given(moved, dropped).penalizesBy(14);
  }

  @Test
  void changesFromPreviousPlanLeavesKeptDecisionsAlone() {
    TinySurrogate s = new TinySurrogate().rules(TinySurrogate.rules(7));
    s.region("a", List.of("x"), Mode.DIRECT, constant(-1, 0), OWN_POSITIVE);
    CellDecision kept = new CellDecision(new Cell("a", "x", 100, 0), s.context(), Entry.of(Mode.DIRECT, 1), false,
        false, Entry.of(Mode.DIRECT, 1));
    verifier.verifyThat(ExpansionConstraintProvider::changesFromPreviousPlan).given(kept).penalizesBy(0);
  }

  /** Replication 0 spends the whole initial million in month one (lowest cash exactly 0), the others nothing. */
  private static ExpansionContext oneReplicationAtZero() {
    double[][] flow = constant(0, 0);
    flow[0][0] = -1_000_000;
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, flow, OWN_POSITIVE);
    return s.context();
  }

  @Test
  void cashBelowZeroNoLikelierThanBaselinePenalisesTheSmoothedExcessOverTheBaseline() {
    // smoothed count: Phi(0) = 0.5 for replication 0, Phi(-1M / 20k) = 0 for the others; the
    // baseline's 0.25 leaves 0.25 replications of excess: 1000 x 0.25
    ExpansionContext c = oneReplicationAtZero();
    c.surrogate().limitCashRisk(0.25);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroNoLikelierThanBaseline)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(250);
  }

  @Test
  void cashBelowZeroNoLikelierThanBaselineAcceptsAPlanAtTheBaselineAndHasNoLimitWithoutOne() {
    ExpansionContext c = oneReplicationAtZero();
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroNoLikelierThanBaseline)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(0);
    c.surrogate().limitCashRisk(0.5);
    verifier.verifyThat(ExpansionConstraintProvider::cashBelowZeroNoLikelierThanBaseline)
        .given(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)))
        .penalizesBy(0);
  }

  @Test
  void aCorrectionFactorScalesAnOpeningsValueButNotTheCashPath() {
    // no discounting, no terminal value: an opening's value is the sum of its flows,
    // -100,000 + 11 x 50,000 = 450,000 in every replication; a factor of -10% makes it 405,000
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, constant(-100_000, 50_000), OWN_POSITIVE);
    ExpansionContext c = s.context();
    List<CellDecision> cells = List.of(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)));
    ChainProjection raw = ChainProjection.of(cells);
    org.assertj.core.api.Assertions.assertThat(ChainOutlook.of(c.rules(), raw).meanNpv()).isEqualTo(450_000.0);
    c.surrogate().correct(java.util.Map.of(Mode.DIRECT, -0.1));
    ChainProjection corrected = ChainProjection.of(cells);
    org.assertj.core.api.Assertions.assertThat(ChainOutlook.of(c.rules(), corrected).meanNpv()).isEqualTo(405_000.0);
    org.assertj.core.api.Assertions.assertThat(corrected.cash()).isDeepEqualTo(raw.cash());
  }
}

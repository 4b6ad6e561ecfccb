package chainsim.headoffice;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.Mode;
import chainsim.scenario.Policies;
import chainsim.world.EntitySpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-year gate's two rules on one branch: opened in month 1, own cash flow -10 in months 1-3,
 * +40 in month 4 (trailing three months +20: break-even at age 4), then -30 in months 5-7 (a dip:
 * trailing -20 in month 6), with a three-month gate.
 */
class BreakevenGateRuleTest {
  private static final double[] FLOWS = {-10, -10, -10, 40, -30, -30, -30};

  private static EntityTrack branch(int trailingMonths) {
    EntitySpec spec = new EntitySpec(0, null, Mode.DIRECT, 0, new int[0], true, false, 0L);
    EntityTrack t = new EntityTrack(spec, 12, trailingMonths);
    t.openedMonth = 1;
    for (int m = 1; m <= FLOWS.length; m++) {
      t.record(m, FLOWS[m - 1], FLOWS[m - 1]);
    }
    return t;
  }

  private static ExpansionGates gates(Policies.GateRule rule) {
    var gate = new Policies.BreakevenGate(true, 3, Policies.GateAction.SKIP, null, rule, 3);
    return new ExpansionGates(new Policies(gate, null, null, null, null, null, null, null, null, null), 0.0);
  }

  @Test
  void theBreakEvenMonthIsTheFirstPositiveTrailingWindow() {
    assertThat(branch(3).breakevenMonth).isEqualTo(4);
    // a one-month window: month 4 alone is positive
    assertThat(branch(1).breakevenMonth).isEqualTo(4);
    // a five-month window: -10 -10 -10 +40 -30 = -20 at age 5, never positive after
    assertThat(branch(5).breakevenMonth).isEqualTo(-1);
  }

  @Test
  void firstPositiveWithinBlocksOnlyUntilTheBranchHasBrokenEven() {
    EntityTrack t = branch(3);
    ExpansionGates g = gates(Policies.GateRule.FIRST_POSITIVE_WITHIN);
    // month 4 judges months up to 3: three months old, not yet broken even
    assertThat(g.breakevenBlocker(Mode.DIRECT, 4, List.of(t))).isSameAs(t);
    // from month 5 it has broken even; the dip in months 5-7 does not shut the gate again
    for (int month = 5; month <= 8; month++) {
      assertThat(g.breakevenBlocker(Mode.DIRECT, month, List.of(t))).isNull();
    }
  }

  @Test
  void rollingBlocksInEveryMonthTheTrailingWindowIsNotPositive() {
    EntityTrack t = branch(3);
    ExpansionGates g = gates(Policies.GateRule.ROLLING);
    assertThat(g.breakevenBlocker(Mode.DIRECT, 4, List.of(t))).isSameAs(t);
    // trailing to month 4: +20 (open); to month 5: 0, to month 6: -20, to month 7: -20 (shut)
    assertThat(g.breakevenBlocker(Mode.DIRECT, 5, List.of(t))).isNull();
    assertThat(g.breakevenBlocker(Mode.DIRECT, 6, List.of(t))).isSameAs(t);
    assertThat(g.breakevenBlocker(Mode.DIRECT, 7, List.of(t))).isSameAs(t);
    assertThat(g.breakevenBlocker(Mode.DIRECT, 8, List.of(t))).isSameAs(t);
  }

  @Test
  void theGateRuleDefaultsToTheSeedsReading() {
    assertThat(Policies.BreakevenGate.defaults().rule()).isEqualTo(Policies.GateRule.FIRST_POSITIVE_WITHIN);
    assertThat(Policies.BreakevenGate.defaults().trailingMonths()).isEqualTo(3);
    assertThat(Policies.defaults().openingBurnMonths()).isEqualTo(12);
  }
}

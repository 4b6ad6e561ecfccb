package chainsim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The month of a replication's lowest cash, from its closing balances. */
class ReplicationTableTest {
  @Test
  void lowestCashMonthIsTheFirstMonthThatClosedAtTheLowest() {
    // opening 100: months close at 90, 70, 70, 120
    assertThat(ReplicationTable.lowestCashMonth(new double[] {90, 70, 70, 120}, 70)).isEqualTo(2);
  }

  @Test
  void lowestCashMonthIsZeroWhenNoMonthClosedBelowTheOpeningCapital() {
    // opening 100 is the lowest: every month closed above it
    assertThat(ReplicationTable.lowestCashMonth(new double[] {110, 105, 130}, 100)).isZero();
  }
}

package chainsim.branch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkforceTest {
  /** Two ramped people and two new hires (productivity 1/4 each in a three-month ramp): 2.5 FTE. */
  private static Workforce team() {
    Workforce w = new Workforce(3, 2, 12);
    int line = w.addLine(0, false, true, 0, 10000);
    w.seedRamped(line, 2);
    w.seedNewHires(line, 2);
    return w;
  }

  @Test
  void aTransferTakesTheLongestServingFirst() {
    Workforce w = team();
    assertThat(w.transferOut(0, 1)).isEqualTo(1);
    assertThat(w.serviceCapacity(0)).isEqualTo(1.5);
  }

  @Test
  void aReleaseTakesTheMostRecentHiresFirst() {
    Workforce w = team();
    assertThat(w.release(0, 1)).isEqualTo(1);
    assertThat(w.serviceCapacity(0)).isEqualTo(2.25);
  }
}

package chainsim.branch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkloadTest {
  @Test
  void anOrderIsSpreadEvenlyOverItsDeliveryMonths() {
    Workload w = new Workload(2, 6);
    w.add(2, new double[] {30, 6}, 3);
    assertThat(w.of(1)).containsExactly(0, 0);
    assertThat(w.of(2)).containsExactly(10, 2);
    assertThat(w.of(4)).containsExactly(10, 2);
    assertThat(w.of(5)).containsExactly(0, 0);
  }

  @Test
  void workFallingAfterTheHorizonIsDropped() {
    Workload w = new Workload(1, 3);
    w.add(3, new double[] {12}, 12);
    assertThat(w.of(3)).containsExactly(1);
    assertThat(w.of(4)).containsExactly(0);
  }
}

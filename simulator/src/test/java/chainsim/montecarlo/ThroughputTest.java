package chainsim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The bench's memory figure is taken on the replications a run holds at once, at the horizon. */
class ThroughputTest {

  @Test
  void memoryIsMeasuredOnTheReplicationsInFlightAtTheirLargest() {
    Simulation sim = new Simulation(Fixtures.file("../scenarios/baseline.yaml"));
    Throughput.Memory memory = new Throughput(sim).memory(2);
    // two replications per thread, stepped through every month
    assertThat(memory.replications()).isEqualTo(4);
    assertThat(memory.months()).isEqualTo(36);
    // firms were born: more slots than target firms at the start
    assertThat(memory.slotsPerReplication()).isGreaterThan(sim.world().initialFirms());
    // (the heap itself is the bench's to read, in a JVM of its own: here other tests' garbage blurs it)
    assertThat(memory.storeBytesPerReplication()).isEqualTo((long) sim.layout().size() * 36 * Double.BYTES);
  }
}

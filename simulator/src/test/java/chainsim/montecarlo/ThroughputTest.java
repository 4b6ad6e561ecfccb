package chainsim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bench's memory figure is taken on the replications a run holds at once, at the horizon; its
 * ratios are paired within a round and summarised by the median across rounds.
 */
class ThroughputTest {

  private static Throughput.Measurement m(int round, String engine, int threads, double speed, long gcMillis) {
    return new Throughput.Measurement(round, engine, threads, 10, 2.0, speed, gcMillis, 1, 0.5, 0.6);
  }

  @Test
  void summaryTakesEachRatioWithinItsRoundAndTheMedianAcrossRounds() {
    // round 2 ran on a slower machine: its actor figures are slow too, but against its own sequential
    // figure the ratio is as good as round 1's
    List<Throughput.Measurement> runs = List.of(
        m(1, "sequential", 1, 100, 0), m(1, "actor", 1, 90, 200), m(1, "actor", 2, 180, 400),
        m(2, "sequential", 1, 50, 0), m(2, "actor", 1, 45, 100), m(2, "actor", 2, 80, 100),
        m(3, "sequential", 1, 100, 20), m(3, "actor", 1, 80, 0), m(3, "actor", 2, 190, 200));
    List<Throughput.Summary> summaries = Throughput.summarize(runs);
    assertThat(summaries).extracting(Throughput.Summary::engine, Throughput.Summary::threads)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sequential", 1),
            org.assertj.core.groups.Tuple.tuple("actor", 1), org.assertj.core.groups.Tuple.tuple("actor", 2));
    Throughput.Summary one = summaries.get(1);
    assertThat(one.rounds()).isEqualTo(3);
    assertThat(one.medianFirmMonthsPerSecond()).isEqualTo(80.0); // of 90, 45, 80
    assertThat(one.medianRatio()).isEqualTo(0.9); // of 0.9, 0.9, 0.8
    assertThat(one.lowestRatio()).isEqualTo(0.8);
    assertThat(one.highestRatio()).isEqualTo(0.9);
    assertThat(one.medianGcShare()).isEqualTo(0.05); // of 200, 100, 0 ms in 2 s
    Throughput.Summary two = summaries.get(2);
    assertThat(two.medianRatio()).isEqualTo(1.8); // of 1.8, 1.6, 1.9
    assertThat(two.lowestRatio()).isEqualTo(1.6);
    assertThat(two.highestRatio()).isEqualTo(1.9);
    assertThat(summaries.get(0).medianRatio()).isEqualTo(1.0);
  }

  @Test
  void measureRunsEveryConfigurationInEveryRoundAndCountsItsCollections() throws Exception {
    Simulation sim = new Simulation(Fixtures.file("../scenarios/baseline.yaml"));
    List<Throughput.Measurement> runs = new Throughput(sim).measure(2, 1, 0, 2, line -> {});
    assertThat(runs).extracting(Throughput.Measurement::round, Throughput.Measurement::configuration)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "sequential/1"),
            org.assertj.core.groups.Tuple.tuple(1, "actor/1"), org.assertj.core.groups.Tuple.tuple(1, "actor/2"),
            org.assertj.core.groups.Tuple.tuple(2, "sequential/1"),
            org.assertj.core.groups.Tuple.tuple(2, "actor/1"), org.assertj.core.groups.Tuple.tuple(2, "actor/2"));
    assertThat(runs).allSatisfy(r -> {
      assertThat(r.seconds()).isPositive();
      assertThat(r.gcMillis()).isNotNegative();
      assertThat(r.firmMonthsPerSecond())
          .isCloseTo(sim.world().initialFirms() * 36.0 / r.seconds(), org.assertj.core.data.Offset.offset(1e-6));
    });
  }

  @Test
  void severalInFlightSettingsAreEachMeasuredInEveryRoundUnderTheirOwnLabel() throws Exception {
    Simulation sim = new Simulation(Fixtures.file("../scenarios/baseline.yaml"));
    List<Throughput.Measurement> runs = new Throughput(sim).measure(1, 1, 0, 2, List.of(1, 2), line -> {});
    assertThat(runs).extracting(Throughput.Measurement::configuration).containsExactly("sequential/1",
        "actor, 1 in flight/thread/1", "actor, 1 in flight/thread/2", "actor, 2 in flight/thread/1",
        "actor, 2 in flight/thread/2");
    assertThat(Throughput.summarize(runs)).hasSize(5);
  }

  @Test
  void memoryIsMeasuredOnTheReplicationsInFlightAtTheirLargest() {
    Simulation sim = new Simulation(Fixtures.file("../scenarios/baseline.yaml"));
    Throughput.Memory memory = new Throughput(sim).memory(2);
    // the default, one replication per thread, stepped through every month
    assertThat(memory.replications()).isEqualTo(2);
    assertThat(memory.months()).isEqualTo(36);
    // firms were born: more slots than target firms at the start
    assertThat(memory.slotsPerReplication()).isGreaterThan(sim.world().initialFirms());
    // (the heap itself is the bench's to read, in a JVM of its own: here other tests' garbage blurs it)
    assertThat(memory.storeBytesPerReplication()).isEqualTo((long) sim.layout().size() * 36 * Double.BYTES);
  }
}

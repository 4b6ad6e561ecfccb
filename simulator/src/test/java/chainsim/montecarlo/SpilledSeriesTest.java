package chainsim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series spilled to disk read back bit for bit as the heap store gives them, whatever the order
 * replications arrive in and however the buffer cuts them into chunks and groups; the spill file
 * is gone at the end, also when the run stops half way; and a whole Monte Carlo aggregate is the
 * same on both paths.
 */
class SpilledSeriesTest {
  @TempDir Path dir;

  private static final int SERIES = 7;
  private static final int MONTHS = 5;
  private static final int REPLICATIONS = 23;

  private static ReplicationResult replication(int index, Random random) {
    double[][] s = new double[SERIES][MONTHS];
    for (double[] row : s) {
      for (int m = 0; m < MONTHS; m++) {
        row[m] = switch (random.nextInt(6)) {
          case 0 -> Double.NaN;
          case 1 -> -0.0;
          case 2 -> 150_000_000.0 + random.nextDouble(); // a float would round this
          case 3 -> Double.longBitsToDouble(0x7ff8_0000_0000_0001L); // a NaN with a payload
          default -> random.nextGaussian() * 1e6;
        };
      }
    }
    return new ReplicationResult(index, s, null, List.of(), new double[0], null);
  }

  /** Every value read back, as raw bits: [series][month][replication]. */
  private static long[][][] readBack(SeriesStore store) {
    long[][][] out = new long[SERIES][MONTHS][];
    store.readAll((s, m, values) -> {
      long[] bits = new long[values.length];
      for (int r = 0; r < values.length; r++) {
        bits[r] = Double.doubleToRawLongBits(values[r]);
      }
      out[s][m - 1] = bits;
    });
    return out;
  }

  @Test
  void spilledSeriesReadBackBitForBitInAnyArrivalOrderAndAnyBufferSize() {
    Random random = new Random(14);
    List<ReplicationResult> results = new ArrayList<>();
    for (int r = 0; r < REPLICATIONS; r++) {
      results.add(replication(r, random));
    }
    HeapSeries heap = new HeapSeries(SERIES, MONTHS, REPLICATIONS);
    results.forEach(heap::put);
    long[][][] expected = readBack(heap);
    long perReplication = (long) SERIES * MONTHS * Double.BYTES;
    // buffers of 1, 3 and 23 replications (chunks), i.e. groups of 1, 1..7 series; shuffled arrival
    for (long buffer : new long[] {perReplication, 3 * perReplication, 100 * perReplication, 1}) {
      List<ReplicationResult> shuffled = new ArrayList<>(results);
      Collections.shuffle(shuffled, new Random(buffer));
      try (SpilledSeries spilled = new SpilledSeries(SERIES, MONTHS, REPLICATIONS, dir, buffer)) {
        shuffled.forEach(spilled::put);
        assertThat(readBack(spilled)).as("buffer " + buffer).isDeepEqualTo(expected);
        assertThat(spilled.bytesWritten()).isPositive();
      }
    }
  }

  @Test
  void theSpillFileIsGoneAtTheEndAndWhenTheRunStopsHalfWay() throws Exception {
    Random random = new Random(1);
    SpilledSeries finished = new SpilledSeries(SERIES, MONTHS, 2, dir, 1);
    finished.put(replication(1, random));
    finished.put(replication(0, random));
    finished.readAll((s, m, v) -> {});
    finished.close();
    SpilledSeries stopped = new SpilledSeries(SERIES, MONTHS, 5, dir, 1);
    stopped.put(replication(3, random));
    assertThatThrownBy(() -> stopped.readAll((s, m, v) -> {}))
        .hasMessage("1 of 5 replications spilled");
    stopped.close();
    stopped.close(); // twice is harmless
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
    assertThat(finished.file()).doesNotExist();
  }

  @Test
  void smallRunsStayOnTheHeapAndLargeOnesSpill() {
    assertThat(SeriesStore.forRun(1279, 60, 218, SeriesStore.SPILL_ABOVE_BYTES, dir)).isInstanceOf(HeapSeries.class);
    try (SeriesStore large = SeriesStore.forRun(1279, 60, 219, SeriesStore.SPILL_ABOVE_BYTES, dir)) {
      assertThat(large).isInstanceOf(SpilledSeries.class);
    }
  }

  @Test
  void aMonteCarloAggregateIsTheSameWhetherTheSeriesSpillOrNot() throws Exception {
    Scenario s = Fixtures.file("../scenarios/growth.yaml");
    Simulation simulation = new Simulation(s.withRun(s.seed(), 9));
    List<ReplicationResult> results = new ArrayList<>();
    MonteCarlo.forEachReplication(simulation, 9, 1, EngineKind.SEQUENTIAL, results::add);
    Collections.reverse(results);
    MonteCarloResult onHeap = aggregate(simulation, results, new Aggregator(simulation, 9, Long.MAX_VALUE, dir));
    long perReplication = (long) simulation.layout().size() * simulation.months() * Double.BYTES;
    Aggregator spilling =
        new Aggregator(simulation, 9, new SpilledSeries(simulation.layout().size(), simulation.months(), 9, dir,
            2 * perReplication));
    assertThat(spilling.spills()).isTrue();
    MonteCarloResult spilled = aggregate(simulation, results, spilling);
    assertThat(spilled.monthly()).isDeepEqualTo(onHeap.monthly());
    assertThat(spilled.chain()).isEqualTo(onHeap.chain());
    assertThat(spilled.entities()).isEqualTo(onHeap.entities());
    assertThat(spilled.events()).isEqualTo(onHeap.events());
    assertThat(spilled.sensitivity()).isEqualTo(onHeap.sensitivity());
    assertThat(spilled.npvByReplication()).isEqualTo(onHeap.npvByReplication());
    assertThat(spilled.minCashByReplication()).isEqualTo(onHeap.minCashByReplication());
    // and both are the plain run's
    MonteCarloResult plain = MonteCarlo.run(simulation, 9, 1, EngineKind.SEQUENTIAL, done -> {});
    assertThat(spilled.monthly()).isDeepEqualTo(plain.monthly());
    assertThat(spilled.chain()).isEqualTo(plain.chain());
    assertThat(spilled.entities()).isEqualTo(plain.entities());
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  private static MonteCarloResult aggregate(Simulation simulation, List<ReplicationResult> results,
      Aggregator aggregator) {
    try (aggregator) {
      results.forEach(aggregator::accept);
      return aggregator.result();
    }
  }
}

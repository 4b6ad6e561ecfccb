package chainsim.montecarlo;

import chainsim.metrics.ReplicationResult;
import java.nio.file.Path;

/**
 * Every replication's monthly series, taken in any order and read back, one series and month at a
 * time, as the values across replications in replication order: all that exact percentiles need.
 * Small runs keep them on the heap ({@link HeapSeries}); above {@link #SPILL_ABOVE_BYTES} of series
 * they go to a temporary file ({@link SpilledSeries}), so the heap a run needs does not grow with
 * its replications. Both read back the same doubles, bit for bit.
 */
interface SeriesStore extends AutoCloseable {

  /**
   * Series bytes (series x months x replications x 8) above which they are spilled to disk: 128 MiB,
   * e.g. more than 218 replications of the 60-month national scenario (1,279 series, 614 KB each).
   * The system property {@code chainsim.spillAboveBytes} overrides it (0 spills every run).
   */
  long SPILL_ABOVE_BYTES = 128L << 20;

  /** Takes one replication's series ({@code series[s][month - 1]}). */
  void put(ReplicationResult r);

  /** What reads the series back: one call per series and month, in that order. */
  interface Reader {
    /** The values of {@code series} in {@code month} (1-based) across replications, by replication index. */
    void across(int series, int month, double[] values);
  }

  /** Reads every series and month back, series by series, months in order; call once, after the last put. */
  void readAll(Reader reader);

  /** Frees the store (deletes its file); safe to call more than once. */
  @Override
  void close();

  /**
   * The store for a run: on the heap when the series fit under {@code spillAboveBytes}, else in a
   * temporary file in {@code directory}.
   */
  static SeriesStore forRun(int series, int months, int replications, long spillAboveBytes, Path directory) {
    long bytes = (long) series * months * replications * Double.BYTES;
    if (bytes <= spillAboveBytes) {
      return new HeapSeries(series, months, replications);
    }
    return new SpilledSeries(series, months, replications, directory, SpilledSeries.BUFFER_BYTES);
  }

  /** The threshold in force: {@link #SPILL_ABOVE_BYTES} unless {@code chainsim.spillAboveBytes} says otherwise. */
  static long spillAboveBytes() {
    String set = System.getProperty("chainsim.spillAboveBytes");
    if (set == null || set.isBlank()) {
      return SPILL_ABOVE_BYTES;
    }
    try {
      return Long.parseLong(set.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("chainsim.spillAboveBytes must be a number of bytes, not '" + set + "'");
    }
  }
}

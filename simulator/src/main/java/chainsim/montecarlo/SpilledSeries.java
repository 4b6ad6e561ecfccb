package chainsim.montecarlo;

import chainsim.metrics.ReplicationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every replication's monthly series in a temporary file, so a run of 10,000 replications needs
 * the heap of a few hundred. Replications are buffered as they arrive (up to {@code bufferBytes}
 * of series); a full buffer is written as one <em>chunk</em>, cut by groups of consecutive series:
 * for each group one deflated <em>segment</em> holding, for each buffered replication, that
 * group's series, months in order. Reading back goes group by group: the group's segment of every
 * chunk is inflated into an array of the group's values across all replications (at most
 * {@code bufferBytes} too), which is then handed out series by series and month by month. So the
 * heap holds at most two buffers of {@code bufferBytes}, plus an index of a few longs per chunk and
 * group and one int per replication, whatever the number of replications.
 *
 * <p>Doubles go to disk as their raw 64 bits (NaN and -0.0 included) and come back the same, so
 * the percentiles are exactly those of {@link HeapSeries}. The file is created in
 * {@code directory} with {@link StandardOpenOption#DELETE_ON_CLOSE}: on Linux and macOS it is
 * unlinked at once and its space is given back when the channel closes, whether the run ends,
 * fails, or the process is killed.
 */
final class SpilledSeries implements SeriesStore {
  private static final Logger LOG = LoggerFactory.getLogger(SpilledSeries.class);

  /** Heap for the write buffer, and again for reading one group of series back: 32 MiB. */
  static final long BUFFER_BYTES = 32L << 20;

  private final int series;
  private final int months;
  private final int replications;
  /** Replications per chunk. */
  private final int chunkReplications;
  /** Consecutive series per group. */
  private final int groupSeries;
  private final int groups;
  private final Path file;
  private final FileChannel channel;
  private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);

  /** The write buffer: buffer[k][s * months + m] for the k-th buffered replication. */
  private double[][] buffer;
  private int[] buffered;
  private int bufferedCount;
  /** Per chunk: the replication indices it holds, in the order its segments hold them. */
  private int[][] chunkReplicationIndex = new int[16][];
  /** Per chunk and group: the segment's offset in the file and its deflated length. */
  private long[][] segmentOffset = new long[16][];
  private int[][] segmentLength = new int[16][];
  private int chunks;
  private long written;
  private int received;
  private boolean closed;

  SpilledSeries(int series, int months, int replications, Path directory, long bufferBytes) {
    this.series = series;
    this.months = months;
    this.replications = replications;
    long perReplication = (long) series * months * Double.BYTES;
    this.chunkReplications = (int) Math.max(1, Math.min(replications, bufferBytes / Math.max(1, perReplication)));
    long perSeries = (long) replications * months * Double.BYTES;
    this.groupSeries = (int) Math.max(1, Math.min(series, bufferBytes / Math.max(1, perSeries)));
    this.groups = (series + groupSeries - 1) / groupSeries;
    this.buffer = new double[chunkReplications][];
    this.buffered = new int[chunkReplications];
    try {
      Path dir = directory != null ? directory : Path.of(System.getProperty("java.io.tmpdir"));
      this.file = Files.createTempFile(dir, "chainsim-series-", ".spill");
      this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a file to spill the replications' series to", e);
    }
    LOG.info("spilling {} replications' series to {} ({} series x {} months; chunks of {} replications, groups of {}"
        + " series)", replications, file, series, months, chunkReplications, groupSeries);
  }

  @Override
  public synchronized void put(ReplicationResult r) {
    double[][] s = r.series();
    double[] row = new double[series * months];
    for (int i = 0; i < series; i++) {
      System.arraycopy(s[i], 0, row, i * months, months);
    }
    buffer[bufferedCount] = row;
    buffered[bufferedCount] = r.replication();
    bufferedCount++;
    received++;
    if (bufferedCount == chunkReplications) {
      flush();
    }
  }

  /** Writes the buffered replications as one chunk: one deflated segment per group of series. */
  private void flush() {
    if (bufferedCount == 0) {
      return;
    }
    if (chunks == chunkReplicationIndex.length) {
      chunkReplicationIndex = Arrays.copyOf(chunkReplicationIndex, chunks * 2);
      segmentOffset = Arrays.copyOf(segmentOffset, chunks * 2);
      segmentLength = Arrays.copyOf(segmentLength, chunks * 2);
    }
    chunkReplicationIndex[chunks] = Arrays.copyOf(buffered, bufferedCount);
    segmentOffset[chunks] = new long[groups];
    segmentLength[chunks] = new int[groups];
    ByteBuffer raw = ByteBuffer.allocate(bufferedCount * groupSeries * months * Double.BYTES)
        .order(ByteOrder.LITTLE_ENDIAN);
    byte[] packed = new byte[raw.capacity() + raw.capacity() / 100 + 64];
    try {
      for (int g = 0; g < groups; g++) {
        int from = g * groupSeries * months;
        int to = Math.min(series, (g + 1) * groupSeries) * months;
        raw.clear();
        for (int k = 0; k < bufferedCount; k++) {
          raw.asDoubleBuffer().put(buffer[k], from, to - from);
          raw.position(raw.position() + (to - from) * Double.BYTES);
        }
        deflater.reset();
        deflater.setInput(raw.array(), 0, raw.position());
        deflater.finish();
        int length = 0;
        while (!deflater.finished()) {
          if (length == packed.length) {
            packed = Arrays.copyOf(packed, packed.length * 2);
          }
          length += deflater.deflate(packed, length, packed.length - length);
        }
        segmentOffset[chunks][g] = written;
        segmentLength[chunks][g] = length;
        ByteBuffer out = ByteBuffer.wrap(packed, 0, length);
        while (out.hasRemaining()) {
          written += channel.write(out, written);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill the replications' series to " + file, e);
    }
    chunks++;
    Arrays.fill(buffer, null);
    bufferedCount = 0;
  }

  @Override
  public synchronized void readAll(Reader reader) {
    if (received != replications) {
      throw new IllegalStateException(received + " of " + replications + " replications spilled");
    }
    flush();
    buffer = null;
    buffered = null;
    LOG.info("spilled {} replications' series: {} bytes in {} chunks", replications, written, chunks);
    double[] across = new double[replications];
    // values[(s - first) * months + m][replication]: the group's values across replications
    double[][] values = new double[groupSeries * months][replications];
    Inflater inflater = new Inflater(true);
    try {
      byte[] packed = new byte[0];
      ByteBuffer raw = ByteBuffer.allocate(chunkReplications * groupSeries * months * Double.BYTES)
          .order(ByteOrder.LITTLE_ENDIAN);
      for (int g = 0; g < groups; g++) {
        int first = g * groupSeries;
        int count = Math.min(series, first + groupSeries) - first;
        for (int c = 0; c < chunks; c++) {
          int length = segmentLength[c][g];
          if (packed.length < length) {
            packed = new byte[length];
          }
          ByteBuffer in = ByteBuffer.wrap(packed, 0, length);
          long at = segmentOffset[c][g];
          while (in.hasRemaining()) {
            int n = channel.read(in, at + in.position());
            if (n < 0) {
              throw new IOException("the spill file ends early");
            }
          }
          int[] reps = chunkReplicationIndex[c];
          int expected = reps.length * count * months * Double.BYTES;
          inflater.reset();
          inflater.setInput(packed, 0, length);
          int got = 0;
          while (got < expected && !inflater.finished()) {
            got += inflater.inflate(raw.array(), got, expected - got);
            if (got < expected && inflater.needsInput()) {
              break;
            }
          }
          if (got != expected) {
            throw new IOException("a spilled segment holds " + got + " bytes, not " + expected);
          }
          raw.clear();
          for (int rep : reps) {
            for (int v = 0; v < count * months; v++) {
              values[v][rep] = raw.getDouble();
            }
          }
        }
        for (int s = 0; s < count; s++) {
          for (int m = 0; m < months; m++) {
            System.arraycopy(values[s * months + m], 0, across, 0, replications);
            reader.across(first + s, m + 1, across);
          }
        }
      }
    } catch (IOException | DataFormatException e) {
      throw new UncheckedIOException("cannot read the spilled series back from " + file,
          e instanceof IOException io ? io : new IOException(e));
    } finally {
      inflater.end();
    }
  }

  /** Bytes written to the spill file so far. */
  synchronized long bytesWritten() {
    return written;
  }

  /** The spill file's path (already unlinked where the platform allows it). */
  Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    deflater.end();
    try {
      channel.close();
      Files.deleteIfExists(file); // where DELETE_ON_CLOSE could not unlink it early
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the spill file " + file, e);
    }
  }
}

package chainsim.cluster;

import chainsim.market.ClientSnapshot;
import chainsim.metrics.ReplicationResult;
import chainsim.metrics.ReplicationSummary;
import chainsim.selling.EntityEvent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jpountz.lz4.LZ4Factory;

/**
 * One replication's result as compact bytes, for the wire and for checkpoints: the monthly series
 * as packed little-endian doubles (their raw 64 bits, so NaN and -0.0 come back as they went), the
 * summary, events, parameters and clients sample field by field, and the whole compressed with LZ4.
 *
 * <p>Why not Jackson CBOR: a national replication is 1,279 series x 60 months of doubles, and CBOR
 * writes and parses each as its own token, which made decoding the coordinator's largest cost per
 * result (docs/cluster.md has the figures). Here each series is one bulk copy of its months' raw
 * bits each way, and LZ4 packs the whole. (Each month XOR the month before, tried, left the frame
 * 2% larger: LZ4 matches repeated bytes, not leading zeros.)
 *
 * <p>A frame is {@code [version byte][int raw length][LZ4 block]}; maps keep their order, so a
 * decoded result equals the encoded one field for field.
 */
public final class ReplicationCodec {
  /** The version of the frame layout, its first byte: a frame of another version is refused, not misread. */
  static final byte VERSION = 1;

  /** The largest series a frame may unpack to: a frame from a peer never makes this node allocate more. */
  static final int MAX_RAW_BYTES = 256 << 20;

  /**
   * The pure-Java, bounds-checked LZ4 (not the JNI or {@code Unsafe} ones): frames come from other
   * nodes, and only the safe decompressor is meant for input that could be crafted.
   */
  private static final LZ4Factory LZ4 = LZ4Factory.safeInstance();

  /** Compressing this node's own results may take the fastest pure-Java LZ4: its input is never a peer's. */
  private static final LZ4Factory LZ4_OWN = LZ4Factory.fastestJavaInstance();

  private ReplicationCodec() {}

  /** The frame of a replication's result. */
  public static byte[] encode(ReplicationResult r) {
    Writer w = new Writer(rawSizeHint(r));
    w.putInt(r.replication());
    w.putSeries(r.series());
    w.putDoubles(r.parameters());
    putSummary(w, r.summary());
    putEvents(w, r.events());
    putClients(w, r.clientSample());
    byte[] raw = w.bytes();
    int length = w.length();
    var compressor = LZ4_OWN.fastCompressor();
    byte[] frame = new byte[5 + compressor.maxCompressedLength(length)];
    frame[0] = VERSION;
    ByteBuffer.wrap(frame, 1, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(length);
    int compressed = compressor.compress(raw, 0, length, frame, 5, frame.length - 5);
    return java.util.Arrays.copyOf(frame, 5 + compressed);
  }

  /** The result a frame holds; {@link IllegalArgumentException} when it is not a frame of this version. */
  public static ReplicationResult decode(byte[] frame) {
    return decode(frame, 0, frame.length);
  }

  /** As {@link #decode(byte[])}, the frame being {@code length} bytes of {@code bytes} from {@code offset}. */
  public static ReplicationResult decode(byte[] bytes, int offset, int length) {
    if (length < 5 || bytes[offset] != VERSION) {
      throw new IllegalArgumentException("not a replication frame of version " + VERSION
          + (length < 5 ? " (" + length + " bytes)" : " (version " + bytes[offset] + ")"));
    }
    int rawLength = ByteBuffer.wrap(bytes, offset + 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    if (rawLength < 0 || rawLength > MAX_RAW_BYTES) {
      throw new IllegalArgumentException("a replication frame of " + rawLength + " bytes unpacked");
    }
    byte[] raw = new byte[rawLength];
    int unpacked;
    try {
      unpacked = LZ4.safeDecompressor().decompress(bytes, offset + 5, length - 5, raw, 0, rawLength);
    } catch (net.jpountz.lz4.LZ4Exception e) {
      throw new IllegalArgumentException("a damaged replication frame: " + e.getMessage(), e);
    }
    if (unpacked != rawLength) {
      throw new IllegalArgumentException("a damaged replication frame: unpacked to " + unpacked + " bytes, not " + rawLength);
    }
    try {
      return read(ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN));
    } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("a damaged replication frame (" + e + ")", e);
    }
  }

  private static ReplicationResult read(ByteBuffer in) {
    int replication = in.getInt();
    double[][] series = getSeries(in);
    double[] parameters = getDoubles(in);
    ReplicationSummary summary = getSummary(in);
    List<EntityEvent> events = getEvents(in);
    List<ClientSnapshot> clients = getClients(in);
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("a replication frame with " + in.remaining() + " bytes left over");
    }
    return new ReplicationResult(replication, series, summary, events, parameters, clients);
  }

  private static int rawSizeHint(ReplicationResult r) {
    long bytes = 4096;
    if (r.series() != null) {
      for (double[] row : r.series()) {
        bytes += 4 + (row == null ? 0 : 8L * row.length);
      }
    }
    return (int) Math.min(Integer.MAX_VALUE - 16, bytes);
  }

  private static void putSummary(Writer w, ReplicationSummary summary) {
    if (summary == null) {
      w.putInt(-1);
      return;
    }
    putFigures(w, summary.chain());
    if (summary.entities() == null) {
      w.putInt(-1);
      return;
    }
    w.putInt(summary.entities().size());
    for (Map.Entry<String, Map<String, Double>> e : summary.entities().entrySet()) {
      w.putString(e.getKey());
      putFigures(w, e.getValue());
    }
  }

  private static ReplicationSummary getSummary(ByteBuffer in) {
    int n = in.getInt();
    if (n == -1) {
      return null;
    }
    Map<String, Double> chain = getFigures(in, n);
    int entityCount = in.getInt();
    Map<String, Map<String, Double>> entities = null;
    if (entityCount >= 0) {
      entities = new LinkedHashMap<>();
      for (int i = 0; i < entityCount; i++) {
        String entity = getString(in);
        entities.put(entity, getFigures(in, in.getInt()));
      }
    }
    return new ReplicationSummary(chain, entities);
  }

  /** A map of figures: its size (-2 for null, to tell it from a null summary), then name, presence, value. */
  private static void putFigures(Writer w, Map<String, Double> figures) {
    if (figures == null) {
      w.putInt(-2);
      return;
    }
    w.putInt(figures.size());
    for (Map.Entry<String, Double> f : figures.entrySet()) {
      w.putString(f.getKey());
      w.putByte(f.getValue() == null ? 0 : 1);
      w.putDouble(f.getValue() == null ? 0 : f.getValue());
    }
  }

  private static Map<String, Double> getFigures(ByteBuffer in, int n) {
    if (n == -2) {
      return null;
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String key = getString(in);
      boolean present = in.get() != 0;
      double value = in.getDouble();
      figures.put(key, present ? Double.valueOf(value) : null);
    }
    return figures;
  }

  private static void putEvents(Writer w, List<EntityEvent> events) {
    if (events == null) {
      w.putInt(-1);
      return;
    }
    w.putInt(events.size());
    for (EntityEvent e : events) {
      w.putInt(e.month());
      w.putString(e.entity());
      w.putString(e.type());
      w.putString(e.detail());
    }
  }

  private static List<EntityEvent> getEvents(ByteBuffer in) {
    int n = in.getInt();
    if (n == -1) {
      return null;
    }
    List<EntityEvent> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      events.add(new EntityEvent(in.getInt(), getString(in), getString(in), getString(in)));
    }
    return events;
  }

  private static void putClients(Writer w, List<ClientSnapshot> clients) {
    if (clients == null) {
      w.putInt(-1);
      return;
    }
    w.putInt(clients.size());
    for (ClientSnapshot c : clients) {
      w.putInt(c.segment());
      w.putInt(c.firm());
      w.putInt(c.month());
      w.putByte(c.stage());
      w.putInt(c.owner());
      w.putFloat(c.health());
      w.putInt(c.products());
      w.putFloat(c.revenueToDate());
      w.putByte(c.milestones());
      w.putInt(c.tenureMonths());
      w.putString(c.tier());
    }
  }

  private static List<ClientSnapshot> getClients(ByteBuffer in) {
    int n = in.getInt();
    if (n == -1) {
      return null;
    }
    List<ClientSnapshot> clients = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      clients.add(new ClientSnapshot(in.getInt(), in.getInt(), in.getInt(), in.get(), in.getInt(), in.getFloat(),
          in.getInt(), in.getFloat(), in.get(), in.getInt(), getString(in)));
    }
    return clients;
  }

  private static double[][] getSeries(ByteBuffer in) {
    int rows = in.getInt();
    if (rows == -1) {
      return null;
    }
    double[][] series = new double[rows][];
    for (int s = 0; s < rows; s++) {
      series[s] = getDoubles(in);
    }
    return series;
  }

  private static double[] getDoubles(ByteBuffer in) {
    int n = in.getInt();
    if (n == -1) {
      return null;
    }
    double[] values = new double[n];
    in.asDoubleBuffer().get(values);
    in.position(in.position() + n * Double.BYTES);
    return values;
  }

  private static String getString(ByteBuffer in) {
    int n = in.getInt();
    if (n == -1) {
      return null;
    }
    String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** A growing little-endian buffer. */
  private static final class Writer {
    private ByteBuffer buffer;

    Writer(int capacity) {
      buffer = ByteBuffer.allocate(Math.max(64, capacity)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void room(int bytes) {
      if (buffer.remaining() < bytes) {
        long needed = (long) buffer.position() + bytes;
        int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, 2L * buffer.capacity()));
        ByteBuffer bigger = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
    }

    void putByte(int b) {
      room(1);
      buffer.put((byte) b);
    }

    void putInt(int v) {
      room(4);
      buffer.putInt(v);
    }

    void putFloat(float v) {
      room(4);
      buffer.putFloat(v);
    }

    void putDouble(double v) {
      room(8);
      buffer.putDouble(v);
    }

    void putDoubles(double[] values) {
      if (values == null) {
        putInt(-1);
        return;
      }
      putInt(values.length);
      room(values.length * Double.BYTES);
      buffer.asDoubleBuffer().put(values);
      buffer.position(buffer.position() + values.length * Double.BYTES);
    }

    void putSeries(double[][] series) {
      if (series == null) {
        putInt(-1);
        return;
      }
      putInt(series.length);
      for (double[] row : series) {
        putDoubles(row);
      }
    }

    void putString(String s) {
      if (s == null) {
        putInt(-1);
        return;
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      putInt(utf8.length);
      room(utf8.length);
      buffer.put(utf8);
    }

    byte[] bytes() {
      return buffer.array();
    }

    int length() {
      return buffer.position();
    }
  }
}

package chainsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.market.ClientSnapshot;
import chainsim.metrics.ReplicationResult;
import chainsim.metrics.ReplicationSummary;
import chainsim.selling.EntityEvent;
import chainsim.testing.Fixtures;
import com.typesafe.config.ConfigFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializer;
import org.junit.jupiter.api.Test;

/** A replication's result as packed bytes: what goes in comes out, bit for bit, and damage is refused. */
class ReplicationCodecTest {

  /** Every field compared exactly: the doubles by their raw bits, NaN payloads and -0.0 included. */
  static void assertExactlyEqual(ReplicationResult back, ReplicationResult r) {
    assertThat(back.replication()).isEqualTo(r.replication());
    if (r.series() == null) {
      assertThat(back.series()).isNull();
    } else {
      assertThat(back.series().length).isEqualTo(r.series().length);
      for (int s = 0; s < r.series().length; s++) {
        assertThat(bits(back.series()[s])).as("series %d", s).isEqualTo(bits(r.series()[s]));
      }
    }
    assertThat(bits(back.parameters())).isEqualTo(bits(r.parameters()));
    assertThat(back.summary()).isEqualTo(r.summary());
    if (r.summary() != null && r.summary().chain() != null) {
      assertThat(List.copyOf(back.summary().chain().keySet())).as("the figures' order")
          .isEqualTo(List.copyOf(r.summary().chain().keySet()));
    }
    assertThat(back.events()).isEqualTo(r.events());
    assertThat(back.clientSample()).isEqualTo(r.clientSample());
  }

  private static long[] bits(double[] values) {
    return values == null ? null : Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
  }

  @Test
  void aRealReplicationComesBackExactlyAndSmallerThanItsDoubles() {
    ReplicationResult r = Fixtures.runOnce(Fixtures.file("../scenarios/baseline.yaml").withRun(5, 1), 0);
    byte[] frame = ReplicationCodec.encode(r);
    assertExactlyEqual(ReplicationCodec.decode(frame), r);
    long doubles = Arrays.stream(r.series()).mapToLong(row -> 8L * row.length).sum();
    assertThat((long) frame.length).as("frame bytes against the series' raw doubles").isLessThan(doubles);
    assertThat(ReplicationCodec.encode(ReplicationCodec.decode(frame))).as("encoding again").isEqualTo(frame);
  }

  @Test
  void oddValuesAndMissingPartsComeBackAsTheyWent() {
    double nanWithPayload = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
    Map<String, Double> chain = new LinkedHashMap<>();
    chain.put("npv", -0.0);
    chain.put("break_even_month", Double.NaN);
    chain.put("absent", null);
    chain.put("peak", Double.NEGATIVE_INFINITY);
    Map<String, Map<String, Double>> entities = new LinkedHashMap<>();
    entities.put("suzhou-1", Map.of("npv", 1.5e300));
    entities.put("苏州-2", new LinkedHashMap<>());
    ReplicationResult odd = new ReplicationResult(41,
        new double[][] {{nanWithPayload, -0.0, Double.MIN_VALUE}, {}, null},
        new ReplicationSummary(chain, entities),
        List.of(new EntityEvent(3, "suzhou-1", EntityEvent.OPENED, null), new EntityEvent(60, "", "é", "détail")),
        new double[] {Double.MAX_VALUE, Double.NaN},
        List.of(new ClientSnapshot(1, 2, 3, (byte) -1, 4, Float.NaN, 5, -0.0f, (byte) 7, 8, null)));
    assertExactlyEqual(ReplicationCodec.decode(ReplicationCodec.encode(odd)), odd);
    ReplicationResult bare = new ReplicationResult(0, null, null, null, null, null);
    assertExactlyEqual(ReplicationCodec.decode(ReplicationCodec.encode(bare)), bare);
    ReplicationResult noFigures = new ReplicationResult(2, new double[0][], new ReplicationSummary(null, null),
        List.of(), new double[0], List.of());
    assertExactlyEqual(ReplicationCodec.decode(ReplicationCodec.encode(noFigures)), noFigures);
  }

  @Test
  void aDamagedOrForeignFrameIsRefusedNotMisread() {
    byte[] frame = ReplicationCodec.encode(new ReplicationResult(3, new double[][] {{1, 2, 3}}, null, List.of(),
        null, null));
    assertThatThrownBy(() -> ReplicationCodec.decode(new byte[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a replication frame of version 1 (2 bytes)");
    byte[] otherVersion = frame.clone();
    otherVersion[0] = 9;
    assertThatThrownBy(() -> ReplicationCodec.decode(otherVersion))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a replication frame of version 1 (version 9)");
    byte[] cut = Arrays.copyOf(frame, frame.length - 3);
    assertThatThrownBy(() -> ReplicationCodec.decode(cut)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a damaged replication frame");
    byte[] huge = frame.clone();
    huge[4] = 0x7f; // the unpacked length's top byte (little-endian int at 1..4)
    assertThatThrownBy(() -> ReplicationCodec.decode(huge)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("bytes unpacked");
  }

  /**
   * The cluster's configuration binds the result message to this serializer and everything else to
   * Jackson CBOR; through Pekko's serialization a result comes back exactly, with the frame kept.
   */
  @Test
  void pekkoSerializesAResultWithTheCodecAndTheRestAsCbor() throws Exception {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "codec", ClusterSettings.serialization()
        .withFallback(ConfigFactory.parseString("pekko.loglevel = OFF\npekko.stdout-loglevel = OFF"))
        .withFallback(ConfigFactory.load()));
    try {
      Serialization serialization = SerializationExtension.get(system);
      ReplicationResult r = Fixtures.runOnce(Fixtures.file("../scenarios/baseline.yaml").withRun(5, 2), 1);
      ClusterRun.ReplicationDone done = ClusterRun.ReplicationDone.of(4, r);
      Serializer serializer = serialization.findSerializerFor(done);
      assertThat(serializer).isInstanceOf(ReplicationSerializer.class);
      assertThat(serialization.findSerializerFor(new WorkerNode.BatchReceived("run", 4)).getClass().getSimpleName())
          .isEqualTo("JacksonCborSerializer");
      byte[] bytes = serializer.toBinary(done);
      assertThat(bytes.length).isEqualTo(4 + done.frame().length);
      ClusterRun.ReplicationDone back = (ClusterRun.ReplicationDone) serialization
          .deserialize(bytes, serializer.identifier(), "").get();
      assertThat(back.batch()).isEqualTo(4);
      assertThat(back.frame()).isEqualTo(done.frame());
      assertExactlyEqual(back.result(), r);
      // a message made without a frame gets the same bytes from the serializer
      assertThat(serializer.toBinary(new ClusterRun.ReplicationDone(4, r))).isEqualTo(bytes);
    } finally {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }
}

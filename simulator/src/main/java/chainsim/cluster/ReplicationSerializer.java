package chainsim.cluster;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.pekko.serialization.JSerializer;

/**
 * Pekko's serializer for {@link ClusterRun.ReplicationDone}, the one large message of a run (every
 * replication's series): {@code [int batch][ReplicationCodec frame]}. Bound to that class by
 * {@link ClusterSettings} ({@value #NAME}); every other {@link ClusterMessage} stays Jackson CBOR. The
 * frame is made on the worker as the replication ends ({@link ClusterRun.ReplicationDone#of}), and
 * the coordinator keeps the frame it received, so a checkpoint is those bytes as they are.
 */
public final class ReplicationSerializer extends JSerializer {
  /** The serializer's name in the configuration. */
  public static final String NAME = "chainsim-replication";

  /** Pekko's id of this serializer: any number above Pekko's own (0 to 40), fixed for the wire. */
  static final int IDENTIFIER = 7_141_401;

  @Override
  public int identifier() {
    return IDENTIFIER;
  }

  @Override
  public boolean includeManifest() {
    return false;
  }

  @Override
  public byte[] toBinary(Object o) {
    ClusterRun.ReplicationDone done = (ClusterRun.ReplicationDone) o;
    byte[] frame = done.frame() != null ? done.frame() : ReplicationCodec.encode(done.result());
    byte[] bytes = new byte[4 + frame.length];
    ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(done.batch());
    System.arraycopy(frame, 0, bytes, 4, frame.length);
    return bytes;
  }

  @Override
  public Object fromBinaryJava(byte[] bytes, Class<?> manifest) {
    if (bytes.length < 4) {
      throw new IllegalArgumentException("a replication message of " + bytes.length + " bytes");
    }
    int batch = ByteBuffer.wrap(bytes, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    byte[] frame = Arrays.copyOfRange(bytes, 4, bytes.length);
    return new ClusterRun.ReplicationDone(batch, ReplicationCodec.decode(frame), frame);
  }
}

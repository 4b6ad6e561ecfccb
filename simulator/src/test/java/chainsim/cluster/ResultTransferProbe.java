package chainsim.cluster;

import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializer;

/**
 * Not a test: what a replication's result costs to send and to checkpoint, before (Pekko's Jackson
 * CBOR with LZ4 above 32 KiB; checkpoints in CBOR, gzipped on the coordinator) and after
 * ({@link ReplicationCodec}), in bytes and in CPU milliseconds of the calling thread (which do not
 * depend on how busy the machine is):
 *
 * <pre>java -cp ... chainsim.cluster.ResultTransferProbe scenarios/national.yaml 4 20</pre>
 *
 * simulates 4 replications, then encodes and decodes each 20 times per way and prints the medians.
 */
public final class ResultTransferProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ResultTransferProbe() {}

  public static void main(String[] args) throws Exception {
    Scenario scenario = ScenarioLoader.load(Path.of(args[0])).scenario();
    int distinct = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Simulation simulation = new Simulation(scenario.withRun(scenario.seed(), distinct));
    List<ReplicationResult> real = new ArrayList<>();
    MonteCarlo.forEachReplication(simulation, distinct, 1, EngineKind.SEQUENTIAL, real::add);
    String before = "pekko.actor.allow-java-serialization = off\n"
        + "pekko.actor.serialization-bindings { \"" + ClusterMessage.class.getName() + "\" = jackson-cbor }\n"
        + "pekko.serialization.jackson.jackson-cbor.compression.algorithm = lz4\n"
        + "pekko.serialization.jackson.jackson-cbor.compression.compress-larger-than = 32 KiB\n"
        + "pekko.loglevel = OFF\npekko.stdout-loglevel = OFF";
    ActorSystem<Void> old = ActorSystem.create(Behaviors.empty(), "before",
        ConfigFactory.parseString(before).withFallback(ConfigFactory.load()));
    ActorSystem<Void> now = ActorSystem.create(Behaviors.empty(), "after",
        ClusterSettings.serialization().withFallback(ConfigFactory.parseString("pekko.loglevel = OFF\n"
            + "pekko.stdout-loglevel = OFF")).withFallback(ConfigFactory.load()));
    try {
      measure("Jackson CBOR + LZ4 (before)", SerializationExtension.get(old), real, rounds);
      measure("ReplicationCodec (after)", SerializationExtension.get(now), real, rounds);
      ObjectMapper cbor = new ObjectMapper(new CBORFactory());
      double[] gzipWrite = new double[rounds];
      long gzipBytes = 0;
      for (int i = 0; i < rounds; i++) {
        long t = THREADS.getCurrentThreadCpuTime();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(file, 1 << 16) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        }) {
          cbor.writeValue(gz, real);
        }
        gzipWrite[i] = (THREADS.getCurrentThreadCpuTime() - t) / 1e6 / real.size();
        gzipBytes = file.size();
      }
      System.out.printf(Locale.ROOT, "checkpoint before (CBOR, gzip fastest, on the coordinator): %.1f ms and %d bytes"
          + " a replication%n", median(gzipWrite), gzipBytes / real.size());
    } finally {
      old.terminate();
      now.terminate();
    }
  }

  private static void measure(String what, Serialization serialization, List<ReplicationResult> real, int rounds) {
    double[] encode = new double[rounds];
    double[] decode = new double[rounds];
    long bytes = 0;
    for (int i = 0; i < rounds; i++) {
      long encodeNanos = 0;
      long decodeNanos = 0;
      bytes = 0;
      for (ReplicationResult r : real) {
        ClusterRun.ReplicationDone message = new ClusterRun.ReplicationDone(0, r);
        Serializer serializer = serialization.findSerializerFor(message);
        String manifest = org.apache.pekko.serialization.Serializers.manifestFor(serializer, message);
        long t = THREADS.getCurrentThreadCpuTime();
        byte[] wire = serializer.toBinary(message);
        long t1 = THREADS.getCurrentThreadCpuTime();
        serialization.deserialize(wire, serializer.identifier(), manifest).get();
        long t2 = THREADS.getCurrentThreadCpuTime();
        encodeNanos += t1 - t;
        decodeNanos += t2 - t1;
        bytes += wire.length;
      }
      encode[i] = encodeNanos / 1e6 / real.size();
      decode[i] = decodeNanos / 1e6 / real.size();
    }
    System.out.printf(Locale.ROOT, "%s: %d bytes a replication; encode %.1f ms, decode %.1f ms (CPU, median of %d)%n",
        what, bytes / real.size(), median(encode), median(decode), rounds);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

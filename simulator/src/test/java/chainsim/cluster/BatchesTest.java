package chainsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches, their checkpoints and the collector that passes each replication on once. */
class BatchesTest {
  @TempDir Path temp;

  @Test
  void planCutsReplicationsIntoBatchesWithAShorterLastOne() {
    BatchPlan plan = new BatchPlan(10, 4);
    assertThat(plan.batches()).isEqualTo(3);
    assertThat(List.of(plan.first(0), plan.first(1), plan.first(2))).containsExactly(0, 4, 8);
    assertThat(List.of(plan.count(0), plan.count(1), plan.count(2))).containsExactly(4, 4, 2);
    assertThat(List.of(plan.batchOf(3), plan.batchOf(4), plan.batchOf(9))).containsExactly(0, 1, 2);
    assertThatThrownBy(() -> new BatchPlan(10, 0)).hasMessage("the batch size must be at least 1, not 0");
  }

  @Test
  void endpointParsesHostAndPortAndSaysWhatIsWrong() {
    assertThat(Endpoint.parse("127.0.0.1:2552")).isEqualTo(new Endpoint("127.0.0.1", 2552));
    assertThat(Endpoint.parse("[::1]:2552")).isEqualTo(new Endpoint("::1", 2552));
    assertThat(new Endpoint("::1", 2552)).hasToString("[::1]:2552");
    assertThatThrownBy(() -> Endpoint.parse("localhost")).hasMessage("expected HOST:PORT, not 'localhost'");
    assertThatThrownBy(() -> Endpoint.parse("h:70000")).hasMessage("the port must be between 0 and 65535, not 70000");
  }

  @Test
  void checkpointGivesBackEveryReplicationExactlyAndIsKeyedByTheComputation() throws Exception {
    Scenario s = Fixtures.file("../scenarios/baseline.yaml").withRun(5, 3);
    List<ReplicationResult> batch = results(s, 0, 3);
    BatchPlan plan = new BatchPlan(3, 3);
    Checkpoints checkpoints = Checkpoints.beside(temp.resolve("run"), "yaml", plan, 5);
    assertThat(checkpoints.read(0)).isEmpty();
    checkpoints.write(0, batch);
    List<ReplicationResult> back = checkpoints.read(0).orElseThrow();
    assertThat(back).hasSize(3);
    for (int i = 0; i < 3; i++) {
      // bit for bit, NaN (a figure that does not exist) included
      assertThat(java.util.Arrays.deepEquals(back.get(i).series(), batch.get(i).series())).isTrue();
      assertThat(back.get(i).summary()).isEqualTo(batch.get(i).summary());
      assertThat(back.get(i).events()).isEqualTo(batch.get(i).events());
      assertThat(back.get(i).parameters()).isEqualTo(batch.get(i).parameters());
      assertThat(back.get(i).clientSample()).isEqualTo(batch.get(i).clientSample());
    }
    assertThat(Checkpoints.beside(temp.resolve("run"), "other yaml", plan, 5).read(0)).isEmpty();
    assertThat(Checkpoints.beside(temp.resolve("run"), "yaml", plan, 6).read(0)).isEmpty();
    assertThat(Checkpoints.beside(temp.resolve("run"), "yaml", new BatchPlan(3, 1), 5).read(0)).isEmpty();
    assertThat(checkpoints.directory().getParent()).isEqualTo(temp.resolve(".run.batches"));
    checkpoints.delete();
    assertThat(temp.resolve(".run.batches")).doesNotExist();
  }

  @Test
  void collectorPassesEachReplicationOnOnceAndCheckpointsABatchWhenItsLastArrives() throws Exception {
    Scenario s = Fixtures.file("../scenarios/baseline.yaml").withRun(5, 4);
    List<ReplicationResult> all = results(s, 0, 4);
    BatchPlan plan = new BatchPlan(4, 2);
    Checkpoints checkpoints = Checkpoints.beside(temp.resolve("run"), "yaml", plan, 5);
    List<Integer> passed = new ArrayList<>();
    BatchCollector collector = new BatchCollector(plan, checkpoints, r -> passed.add(r.replication()));
    assertThat(collector.accept(all.get(3))).isFalse();
    assertThat(checkpoints.read(1)).isEmpty();
    assertThat(collector.accept(all.get(3))).isFalse(); // a re-run batch sends it again
    assertThat(collector.accept(all.get(2))).isFalse();
    assertThat(checkpoints.read(1).map(List::size)).isEqualTo(Optional.of(2));
    assertThat(collector.accept(all.get(0))).isFalse();
    assertThat(collector.accept(all.get(1))).isTrue();
    assertThat(passed).containsExactly(3, 2, 0, 1);
    assertThat(Files.list(checkpoints.directory()).count()).isEqualTo(2);
  }

  /** The coordinator keeps the frames the workers sent: a checkpoint is those bytes, not encoded again. */
  @Test
  void collectorCheckpointsTheFramesAsTheyCameAndTheyReadBackExactly() throws Exception {
    Scenario s = Fixtures.file("../scenarios/baseline.yaml").withRun(5, 2);
    List<ReplicationResult> all = results(s, 0, 2);
    BatchPlan plan = new BatchPlan(2, 2);
    Checkpoints checkpoints = Checkpoints.beside(temp.resolve("run"), "yaml", plan, 5);
    byte[] frame0 = ReplicationCodec.encode(all.get(0));
    byte[] frame1 = ReplicationCodec.encode(all.get(1));
    BatchCollector collector = new BatchCollector(plan, checkpoints, r -> {});
    assertThat(collector.accept(all.get(1), frame1)).isFalse();
    assertThat(collector.accept(all.get(0), frame0)).isTrue();
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    java.io.DataOutputStream out = new java.io.DataOutputStream(expected);
    out.writeBytes("CSB1");
    out.writeInt(2);
    out.writeInt(frame0.length);
    out.write(frame0);
    out.writeInt(frame1.length);
    out.write(frame1);
    assertThat(Files.readAllBytes(checkpoints.directory().resolve("batch-000000.bin")))
        .isEqualTo(expected.toByteArray());
    List<ReplicationResult> back = checkpoints.read(0).orElseThrow();
    ReplicationCodecTest.assertExactlyEqual(back.get(0), all.get(0));
    ReplicationCodecTest.assertExactlyEqual(back.get(1), all.get(1));
  }

  private static List<ReplicationResult> results(Scenario s, int first, int count) {
    List<ReplicationResult> out = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      out.add(Fixtures.runOnce(s, i));
    }
    return out;
  }

}

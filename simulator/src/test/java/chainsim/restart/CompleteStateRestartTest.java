package chainsim.restart;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Restarting from a run's own complete state at month k continues that run byte for byte, on the
 * sequential engine and on the actor engine with one and four threads: baseline (a direct branch
 * and a partner), growth (two branches, an equity channel, a partner), the agent comparator (an
 * agent), and national cut to 24 months (direct, equity and partners at scale).
 */
class CompleteStateRestartTest {

  @ParameterizedTest(name = "{0} from month {1}")
  @CsvSource({"baseline, 7", "growth, 13", "agent-comparator, 5", "national, 11"})
  void restartFromCapturedStateContinuesTheRunByteForByte(String name, int asOf) throws Exception {
    Scenario s = Fixtures.file("../scenarios/" + name + ".yaml");
    if (name.equals("national")) {
      s = s.withHorizon(new chainsim.scenario.Horizon(s.horizon().start(), 24));
    }
    Simulation simulation = new Simulation(s.withRun(s.seed(), 3));
    int months = simulation.months();
    for (int rep : new int[] {0, 2}) {
      ReplicationResult original = SequentialEngine.run(simulation.replication(rep), months);
      Replication stepped = simulation.replication(rep);
      SequentialEngine.stepThrough(stepped, asOf);
      StartState state = StartState.capture(simulation, stepped, asOf);
      assertThat(state.clients()).as("a non-trivial book").isNotEmpty();
      Simulation restarted = simulation.restartingFrom(state);

      Replication again = restarted.replication(rep);
      assertThat(again.firstMonth()).isEqualTo(asOf + 1);
      assertSame(SequentialEngine.run(again, months), original, "sequential");
      for (int threads : new int[] {1, 4}) {
        Map<Integer, ReplicationResult> byIndex = new ConcurrentHashMap<>();
        MonteCarlo.forEachReplication(restarted, rep + 1, threads, EngineKind.ACTOR,
            r -> byIndex.put(r.replication(), r));
        assertSame(byIndex.get(rep), original, "actor x" + threads);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void restartFromTheLastMonthRunsNothingMoreOnEitherEngine() throws Exception {
    Scenario s = Fixtures.file("../scenarios/baseline.yaml");
    Simulation simulation = new Simulation(s.withRun(s.seed(), 1));
    int months = simulation.months();
    ReplicationResult original = SequentialEngine.run(simulation.replication(0), months);
    Replication stepped = simulation.replication(0);
    SequentialEngine.stepThrough(stepped, months);
    Simulation restarted = simulation.restartingFrom(StartState.capture(simulation, stepped, months));
    assertSame(SequentialEngine.run(restarted.replication(0), months), original, "sequential");
    Map<Integer, ReplicationResult> byIndex = new ConcurrentHashMap<>();
    MonteCarlo.forEachReplication(restarted, 1, 2, EngineKind.ACTOR, r -> byIndex.put(r.replication(), r));
    assertSame(byIndex.get(0), original, "actor");
  }

  /** The whole result: series of every month, summary, events, parameters and clients sample. */
  static void assertSame(ReplicationResult restarted, ReplicationResult original, String engine) {
    assertThat(Arrays.deepEquals(restarted.series(), original.series())).as(engine + ": series").isTrue();
    assertThat(new TreeMap<>(restarted.summary().chain())).as(engine + ": chain summary")
        .isEqualTo(new TreeMap<>(original.summary().chain()));
    assertThat(restarted.summary().entities()).as(engine + ": entity summary").isEqualTo(original.summary().entities());
    assertThat(restarted.events()).as(engine + ": events").isEqualTo(original.events());
    assertThat(restarted.parameters()).isEqualTo(original.parameters());
    assertThat(restarted.clientSample()).as(engine + ": clients sample").isEqualTo(original.clientSample());
  }
}

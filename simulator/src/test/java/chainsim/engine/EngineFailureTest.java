package chainsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import chainsim.client.ClientRules;
import chainsim.market.SalesEffort;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.selling.MonthWork;
import chainsim.selling.ProductBook;
import chainsim.selling.Seller;
import chainsim.selling.SellerInputs;
import chainsim.testing.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A model that throws ends the run at once, whatever the engine: no barrier waits for a reply
 * that cannot come, and the failure names the replication, the month and the part that failed.
 */
class EngineFailureTest {
  private static final Duration PROMPTLY = Duration.ofSeconds(30);

  private final Simulation simulation = new Simulation(Fixtures.file("../scenarios/baseline.yaml"));

  /** Replication 3's branch throws in month 5; every other replication is the scenario's own. */
  private Replication buildWithAFailingBranch(int index) {
    Replication r = simulation.replication(index);
    if (index == 3) {
      r.sellers[0] = new FailingSeller(r, simulation);
    }
    return r;
  }

  @ParameterizedTest(name = "{0} engine on {1} thread(s)")
  @CsvSource({"ACTOR, 1", "ACTOR, 2", "SEQUENTIAL, 1", "SEQUENTIAL, 2"})
  void aModelThatThrowsFailsTheRunPromptly(EngineKind engine, int threads) {
    List<ReplicationResult> finished = Collections.synchronizedList(new ArrayList<>());
    IntFunction<Replication> build = this::buildWithAFailingBranch;
    assertTimeoutPreemptively(PROMPTLY, () ->
        assertThatThrownBy(() -> MonteCarlo.forEachReplication(simulation, build, 40, threads, engine, finished::add))
            .isInstanceOf(ReplicationFailure.class)
            .hasMessage("replication 3 failed in month 5 (suzhou-direct): IllegalStateException: the branch's books"
                + " are corrupt")
            .satisfies(e -> assertThat(((ReplicationFailure) e).replication()).isEqualTo(3)));
    // the run stopped: the replications after the failure were not all run
    assertThat(finished).hasSizeLessThan(40);
  }

  @ParameterizedTest(name = "{0} engine")
  @CsvSource({"ACTOR", "SEQUENTIAL"})
  void aModelThatCannotBeBuiltFailsTheRun(EngineKind engine) {
    IntFunction<Replication> build = index -> {
      if (index == 1) {
        throw new IllegalArgumentException("no such region");
      }
      return simulation.replication(index);
    };
    assertTimeoutPreemptively(PROMPTLY, () ->
        assertThatThrownBy(() -> MonteCarlo.forEachReplication(simulation, build, 4, 2, engine, r -> {}))
            .isInstanceOf(ReplicationFailure.class)
            .hasMessage("replication 1 failed while building its model: IllegalArgumentException: no such region"));
  }

  /**
   * A cluster worker keeps one actor system for all its batches: a run that fails on it leaves it
   * able to run the next, and a run on it gives exactly the bytes of a run on a system of its own.
   */
  @org.junit.jupiter.api.Test
  void aSessionThatRanAFailingRunRunsTheNextExactlyAsAFreshSystemDoes() throws Exception {
    List<ReplicationResult> fresh = Collections.synchronizedList(new ArrayList<>());
    chainsim.engine.actor.ActorEngine.run(simulation, 4, 2, fresh::add);
    try (chainsim.engine.actor.ActorEngine.Session session = new chainsim.engine.actor.ActorEngine.Session(2)) {
      IntFunction<Replication> failing = this::buildWithAFailingBranch;
      assertTimeoutPreemptively(PROMPTLY, () ->
          assertThatThrownBy(() -> session.run(simulation, failing, 40, r -> {}))
              .isInstanceOf(ReplicationFailure.class)
              .hasMessageStartingWith("replication 3 failed in month 5 (suzhou-direct)"));
      for (int run = 0; run < 2; run++) {
        List<ReplicationResult> again = Collections.synchronizedList(new ArrayList<>());
        session.run(simulation, simulation::replication, 4, again::add);
        assertThat(encoded(again)).isEqualTo(encoded(fresh));
      }
    }
  }

  /** Each result's exact bytes (the cluster's wire format), in replication order. */
  private static List<String> encoded(List<ReplicationResult> results) {
    return results.stream().sorted(java.util.Comparator.comparingInt(ReplicationResult::replication))
        .map(r -> java.util.HexFormat.of().formatHex(chainsim.cluster.ReplicationCodec.encode(r))).toList();
  }

  /** A branch whose books break in month 5. */
  private static final class FailingSeller extends Seller {
    private final int headcountCells;

    FailingSeller(Replication r, Simulation simulation) {
      super(r.sellers[0].spec(), new ProductBook(simulation.world(), r.draws, simulation.uncertainty().streams(), r.index),
          new ClientRules(simulation.scenario(), r.draws), simulation.scenario().policies().complaints(), r.draws,
          simulation.uncertainty().streams(), r.index, simulation.months());
      headcountCells = simulation.world().roles().size() * (simulation.world().skills().size() + 1);
    }

    @Override
    protected int[] headcount() {
      return new int[headcountCells];
    }

    @Override
    protected void beginMonth(MonthWork work) {
      if (work.month == 5) {
        throw new IllegalStateException("the branch's books\n are corrupt");
      }
    }

    @Override
    protected void place(chainsim.market.Order order, MonthWork work) {}

    @Override
    protected void deliver(MonthWork work) {}

    @Override
    protected double complaintHours() {
      return 0;
    }

    @Override
    protected void endMonth(MonthWork work, SellerInputs in) {}

    @Override
    protected List<SalesEffort> nextEfforts(MonthWork work, int[] winnableBySegment) {
      return List.of();
    }
  }
}

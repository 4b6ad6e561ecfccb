package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.planning.Cancellation;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The expansion planner stopped through its {@link Cancellation}, as Ctrl-C stops {@code chainsim plan expansion}. */
class ExpansionCancellationTest {
  @TempDir Path cache;

  @AfterEach
  void noInterruptLeftBehind() {
    Thread.interrupted();
  }

  @Test
  void cancelledBeforeTheSurrogateIsLearntThereIsNoPlan() {
    Cancellation cancellation = new Cancellation();
    cancellation.cancel();
    assertThatThrownBy(() -> ExpansionPlanner.plan(Fixture.scenario(),
        new ExpansionPlanner.Request(null, 3_000L, null, 2, 2), new ExpansionPlanner.Listener() {}, cancellation))
        .isInstanceOf(InterruptedException.class);
  }

  @Test
  void cancelledDuringTheSearchTheBestPlanFoundIsKeptAndNotSimulated() throws Exception {
    Cancellation cancellation = new Cancellation();
    // the search would take 60 s; the first progress report (after a second) cancels it
    ExpansionPlanner.Listener cancelOnFirstProgress = new ExpansionPlanner.Listener() {
      @Override
      public void solving(long millis, HardSoftLongScore best, long movesPerSecond) {
        cancellation.cancel();
      }
    };
    ExpansionPlanner.Result o = ExpansionPlanner.plan(Fixture.scenario(),
        new ExpansionPlanner.Request(Duration.ofSeconds(60), null, cache, 2, 2), cancelOnFirstProgress, cancellation);

    assertThat(o.solve().stoppedEarly()).isTrue();
    assertThat(o.solve().rounds()).isEqualTo(1);
    assertThat(o.solve().millis()).isLessThan(30_000);
    assertThat(o.planner().simulated()).isNull();
    // greedy was simulated before the search began (its simulation corrects the surrogate the search ranks on),
    // and that simulation is kept; the plan found by the cancelled search is not simulated
    assertThat(o.greedy().simulated()).isNotNull();
    assertThat(o.greedy().simulated().replications()).isEqualTo(2);
    assertThat(o.notes()).anyMatch(n -> n.startsWith("stopped early: the plan was not checked by full simulation"));
    // never worse than the greedy baseline on the surrogate
    assertThat(o.planner().score()).isGreaterThanOrEqualTo(o.greedy().score());
  }

  @Test
  void cancelledDuringTheRepairThePlanKeepsTheSimulationMadeOfItAndTheNoteSaysSo() throws Exception {
    // SimulatedOptimumTest's instance: every finalist runs dry more often than greedy, so the repair simulates
    String text = java.nio.file.Files.readString(Fixture.FILE).replace("    quarters: 4\n", "    quarters: 2\n")
        .replace("    direct_before_channels: true\n", "    direct_before_channels: false\n");
    Cancellation cancellation = new Cancellation();
    ExpansionPlanner.Listener cancelOnFirstRepair = new ExpansionPlanner.Listener() {
      @Override
      public void simulating(String plan, int done, int total) {
        if (plan.equals("repair 1")) {
          cancellation.cancel();
        }
      }
    };
    ExpansionPlanner.Result o = ExpansionPlanner.plan(chainsim.scenario.ScenarioLoader.load(text, Fixture.FILE),
        new ExpansionPlanner.Request(null, 3_000L, null, 2, 8, false, false), cancelOnFirstRepair, cancellation);

    assertThat(o.notes()).anyMatch(n -> n.startsWith("repair of the finalists riskier than greedy")
        && n.contains("ended by cancelled"));
    // the plan is the best no riskier than greedy simulated before the stop, greedy itself here, and keeps
    // that simulation (before, it was shown as "not checked by full simulation")
    assertThat(o.planner().openings()).isEqualTo(o.greedy().openings());
    assertThat(o.planner().simulated()).isNotNull();
    assertThat(o.planner().simulated().replications()).isEqualTo(8);
    assertThat(o.notes()).anyMatch(n -> n.startsWith("stopped early: the plan was simulated in full before the stop"));
    assertThat(o.notes()).noneMatch(n -> n.contains("not checked by full simulation"));
  }
}

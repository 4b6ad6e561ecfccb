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
}

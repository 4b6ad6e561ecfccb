package chainsim.engine.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.Test;

/**
 * Waiting on an actor system is always bounded: a shutdown that stalls (an actor that does not stop)
 * gives the caller back its thread after the time allowed, instead of hanging it, which once hung a
 * whole CI run in a cluster test; a run whose system stops before it is done fails at once.
 */
class RunCompletionTest {

  /** An actor that, when stopped, holds its thread until {@code release} opens. */
  private static Behavior<Void> stoppingSlowly(CountDownLatch release) {
    return Behaviors.receive(Void.class).onSignal(PostStop.class, stop -> {
      release.await(60, TimeUnit.SECONDS);
      return Behaviors.same();
    }).build();
  }

  @Test
  void aShutdownThatStallsGivesTheCallerBackItsThreadAfterTheTimeAllowed() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ActorSystem<Void> system = ActorSystem.create(stoppingSlowly(release), "stalls");
    long started = System.nanoTime();
    assertThat(RunCompletion.terminate(system, Duration.ofMillis(500))).isFalse();
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertThat(waited).isBetween(450L, 10_000L);

    release.countDown(); // the actor stops: the system does too, and a second wait says so
    assertThat(RunCompletion.stopped(system, Duration.ofSeconds(30))).isTrue();
  }

  @Test
  void aSystemThatStopsPromptlyIsReportedStopped() throws Exception {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "prompt");
    assertThat(RunCompletion.stopped(system, Duration.ofMillis(50))).isFalse();
    assertThat(RunCompletion.terminate(system, Duration.ofSeconds(30))).isTrue();
    assertThat(RunCompletion.stopped(system, Duration.ZERO)).isTrue();
  }

  @Test
  void aRunWhoseSystemStopsFirstFailsWithTheGivenMessage() throws Exception {
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "early");
    CompletableFuture<Void> done = new CompletableFuture<>();
    system.terminate();
    assertThatThrownBy(() -> RunCompletion.await(system, done, "stopped before the run finished"))
        .isInstanceOf(IllegalStateException.class).hasMessage("stopped before the run finished");
  }
}

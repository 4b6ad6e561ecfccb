package chainsim.engine.actor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;

/** Waiting for a run carried out by an actor system: the local engine's and the cluster coordinator's. */
public final class RunCompletion {
  private RunCompletion() {}

  /**
   * Waits until {@code done} completes. If the actor system stops first (its guardian failing, a
   * shutdown), the run fails with {@code stoppedEarly} instead of waiting for ever. A failure's
   * cause is rethrown as it is when unchecked, wrapped otherwise. The caller still stops the system.
   */
  public static void await(ActorSystem<?> system, CompletableFuture<Void> done, String stoppedEarly)
      throws InterruptedException {
    system.getWhenTerminated().whenComplete((terminated, error) ->
        done.completeExceptionally(new IllegalStateException(stoppedEarly)));
    try {
      done.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Stops {@code system} and waits at most {@code within} until it has; true when it stopped. Never
   * waits longer: an actor system whose shutdown stalls (seen once on a loaded CI machine, its
   * {@code actor-system-terminate} phase timing out) must not hang the caller, which goes on (a
   * command then exits its JVM, a test its method) and says so.
   */
  public static boolean terminate(ActorSystem<?> system, Duration within) throws InterruptedException {
    system.terminate();
    return stopped(system, within);
  }

  /** Waits at most {@code within} until {@code system} has stopped; true when it has. */
  public static boolean stopped(ActorSystem<?> system, Duration within) throws InterruptedException {
    try {
      system.getWhenTerminated().toCompletableFuture().get(within.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException e) {
      return true; // it stopped, failing: nothing left to wait for
    } catch (TimeoutException e) {
      return false;
    }
  }
}

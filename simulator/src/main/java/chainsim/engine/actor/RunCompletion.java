package chainsim.engine.actor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
}

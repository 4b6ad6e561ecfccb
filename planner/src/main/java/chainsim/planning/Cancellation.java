package chainsim.planning;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * A request to stop a planner early and keep what it has: one object per planning run, handed to
 * the planner beside its request and listener, cancelled from any thread (the CLI's Ctrl-C). It
 * replaces a planner's {@code stop()} and the volatile fields that told it what to stop.
 *
 * <p>The planner asks {@link #isCancelled()} between its steps; while a step that can be cut short
 * runs, it registers how ({@link #onCancel}: a solver's {@code terminateEarly}, or
 * {@link #interruptsThisThread()} around simulations, which end on an interrupt). {@link #cancel()}
 * runs what is registered at that moment, once; an action registered after the cancellation runs
 * at once. Registering, closing and cancelling hold one lock, so an action never runs after its
 * registration is closed: a step that ended cannot be interrupted late.
 */
public final class Cancellation {
  private final List<Runnable> actions = new ArrayList<>();
  private volatile boolean cancelled;

  /** A cancellation nobody holds: the planner runs to its own limits. */
  public static Cancellation none() {
    return new Cancellation();
  }

  /** Whether the planner has been asked to stop. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Asks the planner to stop: runs what its current step registered. Later calls do nothing. */
  public synchronized void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    for (Runnable action : List.copyOf(actions)) {
      action.run();
    }
  }

  /** How to cut the current step short, while the returned registration is open. */
  public synchronized Registration onCancel(Runnable action) {
    if (cancelled) {
      action.run();
    }
    actions.add(action);
    return () -> {
      synchronized (Cancellation.this) {
        actions.remove(action);
      }
    };
  }

  /**
   * Interrupts the calling thread on cancel, while the registration is open: for a step that ends
   * on an interrupt (simulations throw {@link InterruptedException}). Closing it does not clear an
   * interrupt that came: the caller decides what it means.
   */
  public Registration interruptsThisThread() {
    Thread thread = Thread.currentThread();
    return onCancel(thread::interrupt);
  }

  /**
   * Solves with an OptaPlanner solver that a cancellation ends early, keeping its best solution:
   * {@code terminateEarly} while it solves, and at its start for a cancellation that came before
   * (a solver forgets a {@code terminateEarly} called before it starts).
   */
  public <S> S solve(Solver<S> solver, S problem) {
    ((DefaultSolver<S>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
      @Override
      public void solvingStarted(SolverScope<S> scope) {
        if (cancelled) {
          solver.terminateEarly();
        }
      }
    });
    try (Registration ignored = onCancel(solver::terminateEarly)) {
      return solver.solve(problem);
    }
  }

  /** An action registered with {@link #onCancel}; closing it unregisters the action. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}

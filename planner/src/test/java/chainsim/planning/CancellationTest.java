package chainsim.planning;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.staffing.ShortHangzhou;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.Transfer;
import chainsim.staffing.solver.StaffingSolver;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one way to stop a planner: what a cancellation runs and when, and a solver it ends (on the
 * two-branch staffing plan of ShortHangzhou, shared with EnumeratedOptimumTest, whose best plan moves a consultant in month 1).
 */
class CancellationTest {
  private final ShortHangzhou model = new ShortHangzhou();

  @AfterEach
  void noInterruptLeftBehind() {
    Thread.interrupted();
  }

  @Test
  void cancelRunsWhatIsRegisteredThenOnceAndNothingWhoseRegistrationClosed() {
    Cancellation cancellation = new Cancellation();
    AtomicInteger open = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    Cancellation.Registration kept = cancellation.onCancel(open::incrementAndGet);
    cancellation.onCancel(closed::incrementAndGet).close();
    assertThat(cancellation.isCancelled()).isFalse();

    cancellation.cancel();
    cancellation.cancel();

    assertThat(cancellation.isCancelled()).isTrue();
    assertThat(open).hasValue(1);
    assertThat(closed).hasValue(0);
    kept.close();
  }

  @Test
  void anActionRegisteredAfterTheCancellationRunsAtOnce() {
    Cancellation cancellation = new Cancellation();
    cancellation.cancel();
    AtomicInteger ran = new AtomicInteger();
    cancellation.onCancel(ran::incrementAndGet).close();
    assertThat(ran).hasValue(1);
  }

  @Test
  void interruptsTheRegisteringThreadOnlyWhileItsRegistrationIsOpen() {
    Cancellation before = new Cancellation();
    before.interruptsThisThread().close();
    cancelFromAnotherThread(before);
    assertThat(Thread.interrupted()).isFalse();

    Cancellation during = new Cancellation();
    try (Cancellation.Registration interrupting = during.interruptsThisThread()) {
      cancelFromAnotherThread(during);
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void aSolverCancelledBeforeItStartsKeepsTheStartingPlan() {
    Cancellation cancellation = new Cancellation();
    cancellation.cancel();
    StaffingPlan solved = StaffingSolver.solve(problem(), 42, StaffingSolver.Limits.steps(200, 2_000), cancellation);
    // no step taken: every line month keeps its start (no hire, no release, no transfer)
    assertThat(solved.lineMonths()).allSatisfy(m -> {
      assertThat(m.hires()).isZero();
      assertThat(m.releases()).isZero();
      assertThat(m.transfer()).isNull();
    });
    // the same problem, not cancelled, finds the transfer (EnumeratedOptimumTest)
    StaffingPlan free = StaffingSolver.solve(problem(), 42, StaffingSolver.Limits.steps(200, 2_000),
        Cancellation.none());
    assertThat(free.lineMonths().get(0).transfer()).isEqualTo(new Transfer(model.szTax, 1));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aSolverWithoutLimitsEndsWhenCancelledAndKeepsTheBestPlanFound() throws InterruptedException {
    Cancellation cancellation = new Cancellation();
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(5_000); // long enough for the solver to start and find the best plan, even on a busy machine
      } catch (InterruptedException e) {
        return;
      }
      cancellation.cancel();
    });
    canceller.start();
    StaffingPlan solved = StaffingSolver.solve(problem(), 42, new StaffingSolver.Limits(null, null, null),
        cancellation);
    canceller.join();
    assertThat(solved.score().hardScore()).isZero();
    assertThat(solved.lineMonths().get(0).transfer()).isEqualTo(new Transfer(model.szTax, 1));
  }

  /** Waits without a method that an interrupt would end: the interrupt is what the test looks for. */
  private static void cancelFromAnotherThread(Cancellation cancellation) {
    AtomicBoolean done = new AtomicBoolean();
    new Thread(() -> {
      cancellation.cancel();
      done.set(true);
    }).start();
    while (!done.get()) {
      Thread.onSpinWait();
    }
  }

  private StaffingPlan problem() {
    return model.problem();
  }
}

package chainsim.planning;

import static chainsim.staffing.ModelFixtures.MONTHS;
import static chainsim.staffing.ModelFixtures.branch;
import static chainsim.staffing.ModelFixtures.line;
import static chainsim.staffing.ModelFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.StaffingRules;
import chainsim.staffing.domain.Transfer;
import chainsim.staffing.solver.StaffingSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one way to stop a planner: what a cancellation runs and when, and a solver it ends (on the
 * two-branch staffing plan of EnumeratedOptimumTest, whose best plan moves a consultant in month 1).
 */
class CancellationTest {
  private final StaffingRules rules = rules();
  private final Branch hz = branch(rules, "hz-direct", "hz", Set.of("sz"), 10, 1, 0, 0);
  private final Branch sz = branch(rules, "sz-direct", "sz", Set.of("hz"), 10, 1, 0, 0);
  private final BranchLine hzTax = line(0, hz, "tax", 2, 2, 300, 1, 1);
  private final BranchLine szTax = line(1, sz, "tax", 3, 3, 200, 1, 1);

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
    assertThat(free.lineMonths().get(0).transfer()).isEqualTo(new Transfer(szTax, 1));
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
    assertThat(solved.lineMonths().get(0).transfer()).isEqualTo(new Transfer(szTax, 1));
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
    List<LineMonth> months = new ArrayList<>();
    for (int m = 1; m <= MONTHS; m++) {
      months.add(new LineMonth(hzTax, m, false, null, 1, 1, List.of(new Transfer(szTax, 1))));
    }
    for (int m = 1; m <= MONTHS; m++) {
      months.add(new LineMonth(szTax, m, false, null, 1, 1, List.of()));
    }
    return new StaffingPlan(rules, List.of(hz, sz), List.of(hzTax, szTax), months);
  }
}

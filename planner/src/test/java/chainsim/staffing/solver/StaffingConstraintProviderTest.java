package chainsim.staffing.solver;

import static chainsim.staffing.ModelFixtures.branch;
import static chainsim.staffing.ModelFixtures.equity;
import static chainsim.staffing.ModelFixtures.line;
import static chainsim.staffing.ModelFixtures.month;
import static chainsim.staffing.ModelFixtures.quiet;
import static chainsim.staffing.ModelFixtures.rules;

import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.Moves;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.StaffingRules;
import chainsim.staffing.domain.Transfer;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** Every rule of the plan, on hand-built lines: it penalises when it should, and not when it should not. */
class StaffingConstraintProviderTest {
  private final ConstraintVerifier<StaffingConstraintProvider, StaffingPlan> verifier =
      ConstraintVerifier.build(new StaffingConstraintProvider(), StaffingPlan.class, LineMonth.class)
          .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
  private final StaffingRules rules = rules();

  @Nested
  class Hard {
    @Test
    void seatsCountPeopleOnBoardAndHiresWaitingToStart() {
      // 3 seats: 1 manager and 2 consultants fill them; a hire starting in month 3 holds a seat from month 2
      Branch b = branch(rules, "a", "hz", Set.of(), 3, 10, 320, 1);
      BranchLine tax = line(0, b, "tax", 2, 2, 200, 0, 1);
      verifier.verifyThat(StaffingConstraintProvider::seatsNeverExceeded)
          .given((Object[]) quiet(tax)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::seatsNeverExceeded)
          .given(month(tax, 3, 1, 0, null)).penalizesBy(2);
    }

    @Test
    void newHiresStartingInAMonthStayWithinTrainingCapacity() {
      Branch b = branch(rules, "a", "hz", Set.of(), 100, 1, 320, 0);
      BranchLine tax = line(0, b, "tax", 2, 200);
      BranchLine ip = line(1, b, "ip", 2, 200);
      verifier.verifyThat(StaffingConstraintProvider::trainingCapacityRespected)
          .given(month(tax, 2, 1, 0, null), month(ip, 3, 1, 0, null)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::trainingCapacityRespected)
          .given(month(tax, 2, 1, 0, null), month(ip, 2, 2, 0, null)).penalizesBy(2);
    }

    @Test
    void hiresStartAHiringLagAfterTheirRequisition() {
      // lag 2: starts in months 1 and 2 were requisitioned before the window, month 3 is free
      BranchLine tax = line(0, branch(rules, "a"), "tax", 2, 2, 200, 0, 2);
      verifier.verifyThat(StaffingConstraintProvider::hiringLagRespected)
          .given(month(tax, 3, 2, 0, null)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::hiringLagRespected)
          .given(month(tax, 2, 1, 0, null)).penalizesBy(1);
      // the previous plan requisitioned one: it starts, and nobody else can
      Moves requisitioned = new Moves(1, 0, 0, null);
      verifier.verifyThat(StaffingConstraintProvider::hiringLagRespected)
          .given(month(tax, 2, requisitioned, false, 1, 0, null)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::hiringLagRespected)
          .given(month(tax, 2, requisitioned, false, 0, 0, null)).penalizesBy(1);
    }

    @Test
    void releasesComeANoticePeriodAfterNotice() {
      BranchLine tax = line(0, branch(rules, "a"), "tax", 2, 200);
      verifier.verifyThat(StaffingConstraintProvider::noticePeriodRespected)
          .given(month(tax, 2, 0, 1, null)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::noticePeriodRespected)
          .given(month(tax, 1, 0, 1, null)).penalizesBy(1);
    }

    @Test
    void onlyPeopleWithTheMinimumTenureTransfer() {
      Branch a = branch(rules, "a");
      Branch b = branch(rules, "b");
      BranchLine to = line(0, a, "tax", 1, 200);
      BranchLine seasoned = line(1, b, "tax", 3, 200);
      BranchLine recent = line(2, b, "ip", 3, 0, 200, 0, 0);
      BranchLine toIp = line(3, a, "ip", 1, 200);
      verifier.verifyThat(StaffingConstraintProvider::transfersNeedMinimumTenure)
          .given(month(to, 2, 0, 0, new Transfer(seasoned, 2))).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::transfersNeedMinimumTenure)
          .given(month(toIp, 2, 0, 0, new Transfer(recent, 2))).penalizesBy(2);
      // three tenured people cannot make four transfers over the window
      verifier.verifyThat(StaffingConstraintProvider::transfersNeedMinimumTenure)
          .given(month(to, 1, 0, 0, new Transfer(seasoned, 2)), month(to, 3, 0, 0, new Transfer(seasoned, 2)))
          .penalizesBy(1);
    }

    @Test
    void transfersComeFromADirectBranchOfTheSameOrANeighbouringRegion() {
      Branch hz = branch(rules, "hz-direct", "hz", Set.of("sz"), 100, 10, 320, 0);
      Branch sz = branch(rules, "sz-direct", "sz", Set.of("hz"), 100, 10, 320, 0);
      Branch bj = branch(rules, "bj-direct", "bj", Set.of(), 100, 10, 320, 0);
      Branch nj = equity(rules, "nj-equity", "hz");
      BranchLine to = line(0, hz, "tax", 1, 200);
      verifier.verifyThat(StaffingConstraintProvider::transfersStayWithinNeighbouringRegions)
          .given(month(to, 2, 0, 0, new Transfer(line(1, sz, "tax", 3, 200), 2))).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::transfersStayWithinNeighbouringRegions)
          .given(month(to, 2, 0, 0, new Transfer(line(2, bj, "tax", 3, 200), 2))).penalizesBy(2);
      verifier.verifyThat(StaffingConstraintProvider::transfersStayWithinNeighbouringRegions)
          .given(month(to, 2, 0, 0, new Transfer(line(3, nj, "tax", 3, 200), 1))).penalizesBy(1);
      verifier.verifyThat(StaffingConstraintProvider::transfersStayWithinNeighbouringRegions)
          .given(month(to, 2, 0, 0, new Transfer(line(4, sz, "ip", 3, 200), 1))).penalizesBy(1);
    }

    @Test
    void aLineCannotLosePeopleItDoesNotHave() {
      BranchLine tax = line(0, branch(rules, "a"), "tax", 1, 200);
      verifier.verifyThat(StaffingConstraintProvider::headcountNeverNegative)
          .given(month(tax, 2, 0, 1, null)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::headcountNeverNegative)
          .given(month(tax, 2, 0, 2, null)).penalizesBy(2);
    }

    @Test
    void directPayrollStaysWithinTheBudget() {
      StaffingRules budgeted = rules(25000.0, Double.POSITIVE_INFINITY);
      BranchLine tax = line(0, branch(budgeted, "a"), "tax", 2, 200);
      verifier.verifyThat(StaffingConstraintProvider::payrollWithinBudget)
          .given((Object[]) quiet(tax)).penalizesBy(0);
      // 30,000 in months 2 and 3: 5 thousand over twice
      verifier.verifyThat(StaffingConstraintProvider::payrollWithinBudget)
          .given(month(tax, 2, 1, 0, null)).penalizesBy(10);
      // an equity channel's local firm pays its own staff
      BranchLine local = line(1, equity(budgeted, "nj", "nj"), "tax", 4, 200);
      verifier.verifyThat(StaffingConstraintProvider::payrollWithinBudget)
          .given(month(tax, 2, 0, 0, null), month(local, 2, 1, 0, null)).penalizesBy(0);
    }

    @Test
    void extraSpendingNeverTakesCashBelowTheReserve() {
      StaffingRules tight = rules(null, 10000);
      BranchLine tax = line(0, branch(tight, "a"), "tax", 2, 200);
      verifier.verifyThat(StaffingConstraintProvider::cashReserveKept)
          .given((Object[]) quiet(tax)).penalizesBy(0);
      // a hire in month 2: 6,000 hiring cost and 10,000 pay, then 10,000 more: 16,000 and 26,000 against 10,000
      verifier.verifyThat(StaffingConstraintProvider::cashReserveKept)
          .given(month(tax, 2, 1, 0, null)).penalizesBy(6 + 16);
      // a hire in month 3 alone spends 16,000; a release in month 1 (20,000 severance, 10,000 a month saved)
      // has given back 10,000 by then
      BranchLine ip = line(1, tax.branch(), "ip", 2, 100);
      verifier.verifyThat(StaffingConstraintProvider::cashReserveKept)
          .given(month(tax, 3, 1, 0, null)).penalizesBy(6);
      verifier.verifyThat(StaffingConstraintProvider::cashReserveKept)
          .given(month(tax, 3, 1, 0, null), month(ip, 1, 0, 1, null)).penalizesBy(0);
    }
  }

  @Nested
  class Soft {
    @Test
    void payrollIsPaidForEveryoneOnBoard() {
      BranchLine tax = line(0, branch(rules, "a"), "tax", 2, 200);
      verifier.verifyThat(StaffingConstraintProvider::payroll).given((Object[]) quiet(tax)).penalizesBy(60000);
      verifier.verifyThat(StaffingConstraintProvider::payroll).given(month(tax, 3, 0, 2, null)).penalizesBy(40000);
      BranchLine nobody = line(1, branch(rules, "b"), "tax", 0, 200);
      verifier.verifyThat(StaffingConstraintProvider::payroll).given((Object[]) quiet(nobody)).penalizesBy(0);
    }

    @Test
    void hiringReleasingAndTransferringCost() {
      BranchLine tax = line(0, branch(rules, "a"), "tax", 2, 200);
      BranchLine from = line(1, branch(rules, "b"), "tax", 3, 200);
      verifier.verifyThat(StaffingConstraintProvider::hiringCost).given((Object[]) quiet(tax)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::hiringCost).given(month(tax, 2, 2, 0, null)).penalizesBy(12000);
      verifier.verifyThat(StaffingConstraintProvider::releaseCost).given((Object[]) quiet(tax)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::releaseCost).given(month(tax, 2, 0, 1, null)).penalizesBy(20000);
      verifier.verifyThat(StaffingConstraintProvider::transferCost).given((Object[]) quiet(tax)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::transferCost)
          .given(month(tax, 2, 0, 0, new Transfer(from, 2))).penalizesBy(20000);
    }

    @Test
    void hoursBeyondCapacityGoToTheEmergencyPool() {
      // 2 people give 200 hours; 300 are asked: 100 hours a month from the pool at 400 yuan
      BranchLine covered = line(0, branch(rules, "a"), "tax", 2, 200);
      BranchLine short1 = line(1, branch(rules, "b"), "tax", 2, 300);
      verifier.verifyThat(StaffingConstraintProvider::emergencyPoolCost).given((Object[]) quiet(covered)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::emergencyPoolCost).given((Object[]) quiet(short1))
          .penalizesBy(3 * 100 * 400);
    }

    @Test
    void demandBeyondStaffAndPoolIsUnmet() {
      // 100 hours short a month, the pool takes 50: 50 hours unmet at 1,500 yuan
      Branch smallPool = branch(rules, "a", "hz", Set.of(), 100, 10, 50, 0);
      BranchLine tax = line(0, smallPool, "tax", 2, 300);
      verifier.verifyThat(StaffingConstraintProvider::unmetDemand).given((Object[]) quiet(tax)).penalizesBy(3 * 50 * 1500);
      // a hire in month 1 covers it
      verifier.verifyThat(StaffingConstraintProvider::unmetDemand).given(month(tax, 1, 1, 0, null)).penalizesBy(0);
    }

    @Test
    void newHiresRampUpBeforeTheyCoverDemand() {
      // ramp-up of 1 month: half output in the first month, full from the second
      Branch noPool = branch(rules, "a", "hz", Set.of(), 100, 10, 0, 0);
      BranchLine tax = line(0, noPool, "tax", 2, 2, 300, 1, 0);
      verifier.verifyThat(StaffingConstraintProvider::unmetDemand).given(month(tax, 2, 1, 0, null))
          .penalizesBy((100 + 50) * 1500);
    }

    @Test
    void changeFromThePreviousPlanCostsUnlessTheMonthIsPinned() {
      BranchLine tax = line(0, branch(rules, "a"), "tax", 2, 200);
      Moves previous = new Moves(1, 0, 0, null);
      verifier.verifyThat(StaffingConstraintProvider::changeAgainstPreviousPlan)
          .given(month(tax, 3, previous, false, 1, 0, null)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::changeAgainstPreviousPlan)
          .given(month(tax, 3, previous, false, 0, 1, null)).penalizesBy(2 * 5000);
      verifier.verifyThat(StaffingConstraintProvider::changeAgainstPreviousPlan)
          .given(month(tax, 3, null, false, 2, 0, null)).penalizesBy(0);
      verifier.verifyThat(StaffingConstraintProvider::changeAgainstPreviousPlan)
          .given(month(tax, 3, previous, true, 0, 0, null)).penalizesBy(0);
    }
  }
}

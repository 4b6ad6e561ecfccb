package chainsim.branch;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.accounting.Account;
import chainsim.random.Param;
import chainsim.scenario.BranchTemplate;
import chainsim.scenario.Hiring;
import chainsim.scenario.StaffLine;
import chainsim.scenario.Uncertain;
import chainsim.selling.MonthWork;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;

/** The busy-skill rule: one more consultant when a skill runs hot, given back when it runs cold. */
class StaffingPolicyTest {
  private static final int MONTHS = 24;
  private final UniformRandomProvider rng = new XoRoShiRo128PlusPlus(new long[] {1L, 2L});
  private Workforce staff;
  private StaffingPolicy policy;

  /** One tax consultant by template, no lag, no ramp, nobody leaves, 10 seats; release cost 2 months. */
  private void branch(Hiring hiring) {
    BranchTemplate template = new BranchTemplate("t", null, List.of(new StaffLine("service", "tax", 1)),
        Map.of("service", Uncertain.fixed(10_000.0)), null, null, null, 0, null, 0, null, hiring, 10, null, null, null);
    staff = new Workforce(0, 0, MONTHS);
    staff.addLine(0, false, true, 0, 10_000);
    policy = new StaffingPolicy(staff, new StaffingTargets(template, List.of(), List.of()),
        new String[][] {{"service", "tax"}}, hiring, 10, Param.constant(0.0), Param.constant(0.0), 2.0);
    policy.open(new MonthWork(1, 1, new int[0], new int[0], 0), false, rng);
  }

  /** A month at a utilisation: next month's hires start at the month's end. Returns the month's books. */
  private MonthWork month(int m, double utilisation) {
    if (m > 1) {
      staff.arrive(m);
    }
    MonthWork work = new MonthWork(m, 1, new int[0], new int[0], 0);
    policy.endMonth(work, new double[] {utilisation}, rng);
    staff.arrive(m + 1);
    return work;
  }

  private static Hiring hiring(Integer busyMonths, Double below, Integer idleMonths, Boolean release) {
    return new Hiring(true, 0.9, 3, busyMonths, below, idleMonths, release);
  }

  @Test
  void aBusySkillGetsOneMoreConsultantAndAnIdleSpellGivesHimBackWhenHeLeaves() {
    branch(hiring(null, null, null, null));
    month(1, 1.0); // busy: one more tax consultant
    assertThat(staff.headcount(0)).isEqualTo(2);
    // two consultants at 0.4: one could carry it under the busy threshold (0.9 x 1/2 = 0.45)
    month(2, 0.4);
    month(3, 0.4);
    assertThat(staff.headcount(0)).isEqualTo(2);
    MonthWork fourth = month(4, 0.4); // the third idle month: the extra consultant is not kept
    assertThat(fourth.ledger.amount(Account.RELEASES)).isZero();
    assertThat(staff.headcount(0)).isEqualTo(2); // nobody is pushed out by default...
    staff.release(0, 1); // ...but the next leaver is not replaced
    month(5, 0.8);
    assertThat(staff.committed(0, 5)).isEqualTo(1);
    month(6, 0.8);
    assertThat(staff.headcount(0)).isEqualTo(1);
  }

  @Test
  void withoutTheIdleRuleOneBusyMonthWasAPermanentHire() {
    // an idle spell that is broken does not give anyone back; a leaver is replaced while busy-grown
    branch(hiring(null, null, null, null));
    month(1, 1.0);
    month(2, 0.4);
    month(3, 0.4);
    month(4, 0.6); // above 0.45: the spell ends
    month(5, 0.4);
    staff.release(0, 1); // someone leaves: the line is still grown, so they are replaced
    month(6, 0.4);
    assertThat(staff.headcount(0)).isEqualTo(2);
  }

  @Test
  void anIdleExtraConsultantCanBeReleasedAtOnceAtTheReleaseCost() {
    branch(hiring(null, 0.5, 2, true));
    month(1, 1.0);
    month(2, 0.3);
    MonthWork third = month(3, 0.3);
    assertThat(staff.headcount(0)).isEqualTo(1);
    assertThat(third.ledger.amount(Account.RELEASES)).isEqualTo(2 * 10_000.0);
    // the template's consultant is never given back, however idle
    for (int m = 4; m <= 10; m++) {
      month(m, 0.0);
    }
    assertThat(staff.headcount(0)).isEqualTo(1);
  }

  @Test
  void busyMonthsMakesTheRuleWaitForASustainedPeak() {
    branch(hiring(2, null, null, null));
    month(1, 1.0);
    assertThat(staff.committed(0, 1)).isEqualTo(1);
    month(2, 0.5);
    month(3, 1.0);
    assertThat(staff.committed(0, 3)).isEqualTo(1);
    month(4, 1.0); // the second busy month in a row
    assertThat(staff.headcount(0)).isEqualTo(2);
  }
}

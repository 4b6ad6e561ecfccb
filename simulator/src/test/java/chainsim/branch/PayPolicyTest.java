package chainsim.branch;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.accounting.Account;
import chainsim.accounting.Ledger;
import chainsim.scenario.Commission;
import chainsim.scenario.Uncertain;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayPolicyTest {
  private static final Commission TIERS = new Commission(
      List.of(new Commission.Tier(0.0, Uncertain.fixed(0.04)), new Commission.Tier(80_000.0, Uncertain.fixed(0.07)),
          new Commission.Tier(150_000.0, Uncertain.fixed(0.10))),
      true, null);
  private static final double[] RATES = {0.04, 0.07, 0.10};

  private static Workforce twoSellers() {
    Workforce staff = new Workforce(0, 0, 12);
    int line = staff.addLine(0, true, false, -1, 8000);
    staff.seedRamped(line, 2);
    return staff;
  }

  @Test
  void thisMonthsResultSetsNextMonthsCommissionRate() {
    PayPolicy pay = new PayPolicy(TIERS, RATES, 0.0, 0.0);
    Workforce staff = twoSellers();
    Ledger may = new Ledger();
    // 400,000 signed by two consultants: 200,000 each, the top tier; paid at the starting 4%
    pay.pay(staff, 400_000, 0, may);
    assertThat(may.amount(Account.COMMISSION)).isEqualTo(16_000.0);
    assertThat(pay.currentRate()).isEqualTo(0.10);
    Ledger june = new Ledger();
    // a weak month is paid at the rate May earned, and earns only the first tier for July
    pay.pay(staff, 100_000, 0, june);
    assertThat(june.amount(Account.COMMISSION)).isEqualTo(10_000.0);
    assertThat(pay.currentRate()).isEqualTo(0.04);
  }

  @Test
  void withoutNextMonthTheRateAppliesToTheSameMonth() {
    PayPolicy pay = new PayPolicy(new Commission(TIERS.tiers(), false, null), RATES, 0.0, 0.0);
    Ledger month = new Ledger();
    pay.pay(twoSellers(), 200_000, 0, month); // 100,000 each: 7%
    assertThat(month.amount(Account.COMMISSION)).isCloseTo(14_000.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void performancePayFollowsTargetAttainment() {
    PayPolicy pay = new PayPolicy(Commission.none(), new double[0], 0.2, 100_000);
    Ledger month = new Ledger();
    // base 16,000; each consultant signed 50,000 of a 100,000 target: half of 20% of base
    pay.pay(twoSellers(), 100_000, 0, month);
    assertThat(month.amount(Account.PAYROLL_BASE)).isEqualTo(16_000.0);
    assertThat(month.amount(Account.PAYROLL_PERFORMANCE)).isEqualTo(1_600.0);
  }

  @Test
  void aNewBranchPaysTheFirstMonthTiersRate() {
    PayPolicy pay = new PayPolicy(new Commission(TIERS.tiers(), true, 2), RATES, 0.0, 0.0);
    Ledger first = new Ledger();
    // nothing earned yet: the first month is paid at the second tier's 7%, as the scenario says
    pay.pay(twoSellers(), 100_000, 0, first);
    assertThat(first.amount(Account.COMMISSION)).isCloseTo(7_000.0, org.assertj.core.data.Offset.offset(1e-6));
  }
}

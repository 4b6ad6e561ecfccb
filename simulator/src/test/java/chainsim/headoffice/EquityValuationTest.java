package chainsim.headoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.accounting.Account;
import chainsim.engine.Simulation;
import chainsim.metrics.MetricLayout;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import chainsim.accounting.Ledger;
import chainsim.scenario.Capital;
import chainsim.scenario.Uncertain;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Platform fees, dividends, the local firm's cash, exit values and the NPV of a stake, by hand. */
class EquityValuationTest {
  private static final double EPS = 1e-6;

  /** A month of the local firm's books: revenue and costs, all in cash unless {@code collected} says less. */
  private static Ledger local(double revenue, double collected, double costs) {
    Ledger l = new Ledger();
    l.accrue(Account.REVENUE, revenue);
    l.collect(collected);
    l.spend(Account.OTHER_FIXED, costs);
    return l;
  }

  @Test
  void theStakeIsValuedOnceAtTheHorizon() {
    // terminal multiple 2, no discounting; a 100,000 stake with a 30% share of profit, 5% fee,
    // half the profit paid out once a year, exit at 4x the company's share of the last year's profit
    CashHistory cash = new CashHistory(new Capital(Uncertain.fixed(1_000_000.0), 0.1, 0.0, Uncertain.fixed(2.0)),
        1_000_000, 2.0, 12);
    EquityStake stake = new EquityStake(100_000, 0.3, 0.05, 0.5, 12, 4.0, 1.0, 12);
    for (int m = 1; m <= 12; m++) {
      Ledger company = new Ledger();
      double oneOff = 0;
      if (m == 1) {
        stake.open(1, company);
        oneOff = 100_000;
      }
      // the local firm: 100,000 revenue, 60,000 costs; profit after the 5,000 fee 35,000
      stake.month(m, local(100_000, 100_000, 60_000), company);
      company.spend(Account.CENTRAL_PLATFORM, 2_000);
      cash.move(m, company, oneOff, new ArrayList<>());
    }
    // company flows: month 1 -100,000 + 5,000 - 2,000; months 2-11 +3,000; month 12 +3,000 and the
    // dividend 0.3 x 0.5 x 12 x 35,000 = 63,000
    assertThat(cash.balance()).isCloseTo(1_000_000 - 97_000 + 30_000 + 66_000, within(EPS));
    // own operations' run-rate: 12 x 3,000 (fee less central cost), stake price and dividend left out
    assertThat(cash.terminalValue()).isCloseTo(2 * 36_000.0, within(EPS));
    double exit = stake.exitValue(12);
    assertThat(exit).isCloseTo(4 * 0.3 * 12 * 35_000.0, within(EPS));
    // NPV = flows (-1,000) + terminal value (72,000) + exit value (504,000)
    assertThat(cash.npv(exit)).isCloseTo(-1_000 + 72_000 + 504_000.0, within(EPS));
  }

  @Test
  void npvDiscountsTheTerminalAndExitValuesFromTheHorizon() {
    double annual = 0.12;
    CashHistory cash = new CashHistory(new Capital(Uncertain.fixed(0.0), 0.0, annual, Uncertain.fixed(3.0)), 0, 3.0, 12);
    double[] flows = new double[13];
    for (int m = 1; m <= 12; m++) {
      Ledger company = new Ledger();
      company.earn(Account.PLATFORM_FEES, 1_000 * m);
      if (m == 6) {
        company.earn(Account.DIVIDENDS, 10_000);
      }
      flows[m] = company.netCashFlow();
      cash.move(m, company, 0, new ArrayList<>());
    }
    double r = Math.pow(1.12, 1.0 / 12) - 1;
    double expected = 0;
    for (int m = 1; m <= 12; m++) {
      expected += flows[m] / Math.pow(1 + r, m);
    }
    double runRate = 78_000; // 1,000 x (1 + ... + 12): the dividend is not in it
    expected += (3 * runRate + 50_000) / Math.pow(1 + r, 12);
    assertThat(cash.npv(50_000)).isCloseTo(expected, within(1e-6));
  }

  @Test
  void feesDividendsAndExitValueByHand() {
    // opened in month 2, dividends every 3 months (months 4, 7, 10), 10% fee, 30% share, half paid out
    EquityStake stake = new EquityStake(1_000_000, 0.3, 0.1, 0.5, 3, 4.0, 1.0, 12);
    Ledger company = new Ledger();
    stake.open(2, company);
    double[] costs = {0, 0, 80_000, 80_000, 120_000, 70_000, 70_000, 70_000};
    double[] income = new double[costs.length];
    for (int m = 2; m <= 7; m++) {
      Ledger ho = new Ledger();
      income[m] = stake.month(m, local(100_000, 100_000, costs[m]), ho);
      assertThat(ho.amount(Account.PLATFORM_FEES)).isCloseTo(10_000, within(EPS));
    }
    // profits after the fee: 10,000, 10,000, -30,000 (month 4: 10,000 retained losses, no dividend)
    assertThat(income[4]).isCloseTo(10_000, within(EPS));
    // then 20,000 x 3: 50,000 distributable in month 7, half paid out, 30% of it the company's
    assertThat(income[7]).isCloseTo(10_000 + 0.3 * 0.5 * 50_000, within(EPS));
    // the exit value: 4 x 30% of the profit since opening (inside the last 12 months): 50,000
    assertThat(stake.exitValue(7)).isCloseTo(4 * 0.3 * 50_000, within(EPS));
    // a year of losses is worth nothing, not a negative amount
    EquityStake losing = new EquityStake(0, 0.3, 0.0, 0.5, 12, 4.0, 1.0, 12);
    losing.open(1, new Ledger());
    losing.month(1, local(0, 0, 5_000), new Ledger());
    assertThat(losing.exitValue(12)).isZero();
  }

  @Test
  void dividendsArePaidOnlyOutOfTheLocalFirmsCash() {
    // 50,000 paid in; each month 100,000 revenue of which 70,000 is collected, 60,000 costs, 10,000 fee:
    // profit after fee 30,000, cash +5,000 a month (75,000 - 60,000 - 10,000)
    EquityStake stake = new EquityStake(50_000, 0.3, 0.1, 0.5, 12, 0.0, 1.0, 24);
    stake.open(1, new Ledger());
    double year1 = 0;
    for (int m = 1; m <= 12; m++) {
      Ledger ho = new Ledger();
      stake.month(m, local(100_000, 75_000, 60_000), ho);
      year1 += ho.amount(Account.DIVIDENDS);
    }
    // profit 12 x 30,000 = 360,000, half declared: 180,000; cash 50,000 + 12 x 5,000 = 110,000 is all it pays
    assertThat(year1).isCloseTo(0.3 * 110_000, within(EPS));
    assertThat(stake.localCash()).isCloseTo(0.0, within(EPS));
    double year2 = 0;
    for (int m = 13; m <= 24; m++) {
      Ledger ho = new Ledger();
      stake.month(m, local(100_000, 75_000, 60_000), ho);
      year2 += ho.amount(Account.DIVIDENDS);
    }
    // the unpaid 70,000 stays distributable (140,000 of retained profit) plus 360,000: 250,000 declared,
    // but only this year's 60,000 of cash to pay it with
    assertThat(year2).isCloseTo(0.3 * 60_000, within(EPS));
  }

  @Test
  void aStakeBoughtFromOtherOwnersBringsTheFirmNoCash() {
    // paid_in_share 0: the firm has only its own cash flow, negative here (revenue on credit)
    EquityStake stake = new EquityStake(500_000, 0.3, 0.0, 0.5, 12, 0.0, 0.0, 12);
    stake.open(1, new Ledger());
    double dividends = 0;
    for (int m = 1; m <= 12; m++) {
      Ledger ho = new Ledger();
      stake.month(m, local(100_000, 0, 60_000), ho);
      dividends += ho.amount(Account.DIVIDENDS);
    }
    assertThat(dividends).isZero();
    assertThat(stake.localCash()).isCloseTo(-720_000, within(EPS));
  }

  @Test
  void theEngineValuesAStakeOnceInTheSummary() {
    Scenario s = Fixtures.yaml(Fixtures.deterministicBase("""
        equity_templates:
          - { id: local, operations: small, stake: 0.3, investment: 40000, platform_fee_rate: 0.05,
              dividend_payout_ratio: 0.5, dividend_every_months: 3, exit_multiple: 4 }
        """).replace("discount_rate_annual: 0.0 }", "discount_rate_annual: 0.0, terminal_multiple: 2 }")
        .replace("months: 6 }", "months: 24 }").replace("firms: { software: 100 }", "firms: { software: 1000 }")
        .replace("- { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
            "- { id: hz-direct, month: 1, region: hz, mode: direct, template: small }\n"
                + "  - { id: hz-equity, month: 1, region: hz, mode: equity, template: local }"));
    ReplicationResult r = Fixtures.runOnce(s, 0);
    MetricLayout layout = new Simulation(s).layout();
    double[][] x = r.series();
    double flows = 0;
    double runRate = 0;
    double stakeProfit = 0;
    double dividends = 0;
    for (int m = 0; m < x[0].length; m++) {
      double net = x[layout.index("cash.net_flow")][m];
      flows += net;
      dividends += x[layout.index("company.dividends")][m];
      if (m < 12) {
        continue; // the terminal and exit values look at the last 12 months
      }
      runRate += net + x[layout.index("cost.setup")][m] + x[layout.index("cash.investment.equity")][m]
          - x[layout.index("company.dividends")][m];
      stakeProfit += x[layout.entityIndex("hz-equity", "profit")][m];
    }
    assertThat(dividends).as("the fixture pays a dividend").isPositive();
    assertThat(stakeProfit).as("the local firm makes a profit").isPositive();
    double exit = 4 * 0.3 * stakeProfit;
    double terminal = 2 * Math.max(0.0, runRate);
    assertThat(r.summary().chain().get("terminal_value")).isCloseTo(terminal + exit, within(1e-3));
    assertThat(r.summary().chain().get("npv")).isCloseTo(flows + terminal + exit, within(1e-3));
  }
}

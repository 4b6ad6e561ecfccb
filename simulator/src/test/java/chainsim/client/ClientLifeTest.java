package chainsim.client;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A client's month by hand and in closed form: milestones (hazard, prerequisites, the window from
 * the first order), repeat and depth signing windows, the churn early warning, and the thresholds
 * that are scenario data.
 */
class ClientLifeTest {
  private static final short OWNER = 1;

  /** Client rules from a clients block and policies (YAML, indented as under the top level). */
  private static ClientRules rules(String clients, String policies) {
    String base = Fixtures.deterministicBase("");
    String yaml = base.substring(0, base.indexOf("clients:\n")) + "clients:\n" + clients + "policies:\n"
        + "  complaints: { rate_per_client_month: 0 }\n" + policies;
    Scenario s = Fixtures.yaml(yaml);
    return new ClientRules(s, new Simulation(s).replication(0).draws);
  }

  private static final String TWO_MILESTONES = """
        initial_health: 75
        health_drift_monthly: 0
        churn_monthly_healthy: 0
        churn_monthly_unhealthy: 0
        milestone_window_months: 36
        milestones:
          - { id: a, hazard_annual: HA }
          - { id: b, hazard_annual: HB, requires: a }
      """;

  private static String milestones(double a, double b) {
    return TWO_MILESTONES.replace("HA", Double.toString(a)).replace("HB", Double.toString(b));
  }

  /** The month's draws at fixed values: drift, churn (healthy, unhealthy), no recall, no complaint. */
  private static MonthlyClientDraws draws(ClientRules rules, double drift, double churn) {
    return new MonthlyClientDraws(drift, churn, churn, 0.0, 0.0, 75f, 0f, rules.followOnsOfMonth(null),
        new double[2]);
  }

  private static final ClientEvents NO_EVENTS = new ClientEvents() {
    @Override
    public void followOnOrder(int firm, int owner, int product, boolean repeat) {}

    @Override
    public void complaint(int firm, int owner, boolean serious) {}

    @Override
    public void leaked(int firm, int owner) {}
  };

  /** Follow-on orders recorded on the population, as the segment does. */
  private static ClientEvents recording(FirmPopulation firms, int month) {
    return new ClientEvents() {
      @Override
      public void followOnOrder(int firm, int owner, int product, boolean repeat) {
        firms.recordOrder(firm, product, month);
      }

      @Override
      public void complaint(int firm, int owner, boolean serious) {}

      @Override
      public void leaked(int firm, int owner) {}
    };
  }

  private static FirmPopulation clients(int n, int month, float health) {
    FirmPopulation firms = new FirmPopulation(n);
    for (int i = 0; i < n; i++) {
      firms.win(i, OWNER, month, health, (byte) -1);
      firms.recordOrder(i, 0, month);
    }
    return firms;
  }

  private static UniformRandomProvider rng(long seed) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }

  private static ClientTally serve(ClientRules rules, FirmPopulation firms, int month, MonthlyClientDraws draws,
      long seed, ClientEvents events) {
    ClientTally tally = new ClientTally(2, rules.milestoneCount());
    new ClientLife(rules).serve(firms, month, draws, rng(seed), tally, events);
    return tally;
  }

  /**
   * Lifetime value counts spells, as acquisition cost counts clients won: a client first won in
   * month 1, lost, and won back in month 30 is at risk at tenure 1 of a new spell in month 31, while
   * its milestone window still counts from month 1.
   */
  @Test
  void aWinBackBeginsANewSpellForLifetimeValueButKeepsItsFirstOrder() {
    ClientRules rules = rules(milestones(0.0, 0.0), "");
    FirmPopulation firms = clients(1, 1, 75f);
    assertThat(firms.spellSince(0)).isEqualTo(1);
    firms.stage[0] = FirmPopulation.CHURNED;
    firms.winnable++;
    assertThat(firms.spellSince(0)).as("not a client: no spell").isEqualTo(-1);
    firms.win(0, OWNER, 30, 75f, (byte) -1);
    assertThat(firms.spellSince(0)).isEqualTo(30);
    assertThat(firms.clientSince(0)).isEqualTo((short) 1);
    ClientTally tally = new ClientTally(2, rules.milestoneCount(), 31, null);
    new ClientLife(rules).serve(firms, 31, draws(rules, 0, 0), rng(1), tally, NO_EVENTS);
    assertThat(tally.atRiskByTenure[1]).isEqualTo(1);
    assertThat(tally.atRiskByTenure[30]).isZero();
  }

  @Test
  void aWinBackKeepsTheMilestoneWindowOfTheFirstOrder() {
    // milestone a is certain each month (yearly chance 1); the window is 36 months from the first order
    ClientRules rules = rules(milestones(1.0, 0.0), "");
    FirmPopulation firms = clients(1, 1, 75f);
    // the client leaves in month 10 and is won back in month 30
    firms.stage[0] = FirmPopulation.CHURNED;
    firms.winnable++;
    firms.win(0, OWNER, 30, 75f, (byte) -1);
    firms.recordOrder(0, 0, 30);
    assertThat(firms.clientSince(0)).isEqualTo((short) 1);
    // a first-time client counts once, in its first month; a win-back is not a first time
    FirmPopulation fresh = clients(1, 5, 75f);
    assertThat(serve(rules, fresh, 5, draws(rules, 0, 0), 1, NO_EVENTS).outcomes.firstTimeClients).isEqualTo(1);
    assertThat(serve(rules, firms, 30, draws(rules, 0, 0), 1, NO_EVENTS).outcomes.firstTimeClients).isZero();
    // month 40: 39 months after the first order, 10 after the win-back: outside the window
    ClientTally tally = serve(rules, firms, 40, draws(rules, 0, 0), 1, NO_EVENTS);
    assertThat(tally.milestones).containsExactly(0, 0);
    assertThat(firms.milestones(0)).isZero();
    assertThat(tally.active[OWNER]).isEqualTo(1);
  }

  @Test
  void milestonesCountInTheThirtySixMonthsFromTheFirstOrderOnly() {
    ClientRules rules = rules(milestones(1.0, 0.0), "");
    // first order in month 1: month 36 is the window's last month (35 months after), month 37 is out
    FirmPopulation last = clients(1, 1, 75f);
    assertThat(serve(rules, last, 36, draws(rules, 0, 0), 1, NO_EVENTS).milestones).containsExactly(1, 0);
    FirmPopulation after = clients(1, 1, 75f);
    ClientTally out = serve(rules, after, 37, draws(rules, 0, 0), 1, NO_EVENTS);
    assertThat(out.milestones).containsExactly(0, 0);
    // month 37 closes the client's window: one client in the milestone cohort, none reached
    assertThat(out.outcomes.milestoneCohort).isEqualTo(1);
    assertThat(out.outcomes.milestoneCohortReached).containsExactly(0, 0);
    // a former client's window closes too, with what it reached while a client
    FirmPopulation former = clients(1, 1, 75f);
    former.milestones[0] = 1;
    former.stage[0] = FirmPopulation.CHURNED;
    ClientTally formerOut = serve(rules, former, 37, draws(rules, 0, 0), 1, NO_EVENTS);
    assertThat(formerOut.outcomes.milestoneCohort).isEqualTo(1);
    assertThat(formerOut.outcomes.milestoneCohortReached).containsExactly(1, 0);
  }

  @Test
  void aMilestoneIsReachedAtItsMonthlyHazardWithinThreeStandardErrors() {
    // yearly 0.3: monthly 1 - 0.7^(1/12); health at the reference (initial) health scales it by 1
    ClientRules rules = rules(milestones(0.3, 0.0), "");
    int n = 40_000;
    FirmPopulation firms = clients(n, 1, 75f);
    ClientTally tally = serve(rules, firms, 2, draws(rules, 0, 0), 7, NO_EVENTS);
    double p = 1 - Math.pow(0.7, 1.0 / 12);
    double se = Math.sqrt(n * p * (1 - p));
    assertThat((double) tally.milestones[0]).isBetween(n * p - 3 * se, n * p + 3 * se);
  }

  @Test
  void aMilestoneWithAPrerequisiteWaitsForIt() {
    // b is certain once a is reached, impossible before
    ClientRules rules = rules(milestones(0.0, 1.0), "");
    FirmPopulation firms = clients(2, 1, 75f);
    firms.milestones[1] = 1; // client 1 reached a
    ClientTally tally = serve(rules, firms, 2, draws(rules, 0, 0), 3, NO_EVENTS);
    assertThat(firms.milestones(0)).isZero();
    assertThat(firms.milestones(1)).isEqualTo((byte) 3);
    assertThat(tally.milestones).containsExactly(0, 1);
  }

  private static final String SIGNING = """
        initial_health: 75
        health_drift_monthly: 0
        churn_monthly_healthy: 0
        churn_monthly_unhealthy: 0
        milestones: []
      """;

  @Test
  void anOrderWindowWithoutAFurtherOrderClosesAfterTwelveMonths() {
    // the catalogue's product has no repeat and no cross-sell chance: no further order
    ClientRules rules = rules(SIGNING, "");
    FirmPopulation firms = clients(3, 1, 75f);
    int[] closed = new int[14];
    for (int month = 2; month <= 14; month++) {
      closed[month - 1] = serve(rules, firms, month, draws(rules, 0, 0), month, recording(firms, month))
          .outcomes.windowsClosed[OWNER];
    }
    // orders in month 1: their windows close in month 13 (12 months on), none signed again
    assertThat(closed).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0);
  }

  @Test
  void aFurtherOrderWithinTheWindowIsARepeatOrADepthSigning() {
    // product filing repeats for sure each month: every window closes a month on with a repeat
    String base = Fixtures.deterministicBase("");
    String yaml = base.replace("need_rate_annual: { default: 1.0 }",
            "need_rate_annual: { default: 1.0 }\n    repeat_rate_annual: 1.0");
    Scenario s = Fixtures.yaml(yaml);
    ClientRules rules = new ClientRules(s, new Simulation(s).replication(0).draws);
    FirmPopulation firms = clients(4, 1, 75f);
    ClientTally tally = serve(rules, firms, 2, draws(rules, 0, 0), 1, recording(firms, 2));
    assertThat(tally.outcomes.windowsClosed[OWNER]).isEqualTo(4);
    assertThat(tally.outcomes.repeatSigned[OWNER]).isEqualTo(4);
    assertThat(tally.outcomes.depthSigned[OWNER]).isZero();
    // a client that leaves within its window closes it without signing again
    ClientTally churn = serve(rules, firms, 3, draws(rules, 0, 1.0), 1, recording(firms, 3));
    assertThat(churn.outcomes.windowsClosed[OWNER]).isEqualTo(4);
    assertThat(churn.outcomes.repeatSigned[OWNER]).isZero();
  }

  @Test
  void aChurnWarningIsRightWhenTheClientChurnsWithinItsWindowAndFalseAfterIt() {
    // warning below 60, window 3 months, in time at 45 days (2 months); health 62, -3 a month
    ClientRules rules = rules(SIGNING, "  churn_warning: { below_health: 60, window_months: 3, lead_days: 45 }\n");
    assertThat(rules.warningLeadMonths()).isEqualTo(2);
    FirmPopulation churner = clients(1, 1, 62f);
    FirmPopulation stayer = clients(1, 1, 62f);
    // month 2: 59 < 60, both warned; month 3: no churn
    for (FirmPopulation firms : new FirmPopulation[] {churner, stayer}) {
      assertThat(serve(rules, firms, 2, draws(rules, -3, 0), 1, NO_EVENTS).outcomes.warnings).isEqualTo(1);
      serve(rules, firms, 3, draws(rules, -3, 0), 1, NO_EVENTS);
    }
    // the churner churns in month 4, two months after its warning: right, and in time
    ClientTally m4 = serve(rules, churner, 4, draws(rules, -3, 1.0), 1, NO_EVENTS);
    assertThat(m4.outcomes.churners).isEqualTo(1);
    assertThat(m4.outcomes.warnedChurners).isEqualTo(1);
    assertThat(m4.outcomes.leadMonths).isEqualTo(2);
    assertThat(m4.outcomes.warnedInTime).isEqualTo(1);
    assertThat(churner.warning(0)).isZero();
    // the stayer recovers and never churns: its warning of month 2 is 3 months old in month 5 (still
    // open), past its window in month 6: false
    stayer.setHealth(0, 80f);
    assertThat(serve(rules, stayer, 4, draws(rules, 0, 0), 1, NO_EVENTS).outcomes.falseWarnings).isZero();
    assertThat(serve(rules, stayer, 5, draws(rules, 0, 0), 1, NO_EVENTS).outcomes.falseWarnings).isZero();
    ClientTally m6 = serve(rules, stayer, 6, draws(rules, 0, 0), 1, NO_EVENTS);
    assertThat(m6.outcomes.falseWarnings).isEqualTo(1);
    // healthy again: no new warning, and the warning is cleared
    assertThat(m6.outcomes.warnings).isZero();
    assertThat(stayer.warning(0)).isZero();
    // a churner warned in its churn month has no lead: warned, not in time
    FirmPopulation sudden = clients(1, 1, 62f);
    ClientTally s2 = serve(rules, sudden, 2, draws(rules, -3, 1.0), 1, NO_EVENTS);
    assertThat(s2.outcomes.warnedChurners).isEqualTo(1);
    assertThat(s2.outcomes.leadMonths).isZero();
    assertThat(s2.outcomes.warnedInTime).isZero();
  }

  @Test
  void aClientStillBelowTheLevelAfterAFalseWarningIsNotWarnedAgainUntilItRecovers() {
    ClientRules rules = rules(SIGNING, "  churn_warning: { below_health: 60, window_months: 1 }\n");
    FirmPopulation firms = clients(1, 1, 50f);
    int[] warnings = new int[6];
    int[] falses = new int[6];
    for (int month = 2; month <= 6; month++) {
      if (month == 5) {
        firms.setHealth(0, 70f); // recovers in month 5, then falls below again in month 6
      }
      if (month == 6) {
        firms.setHealth(0, 50f);
      }
      ClientTally t = serve(rules, firms, month, draws(rules, 0, 0), 1, NO_EVENTS);
      warnings[month - 1] = t.outcomes.warnings;
      falses[month - 1] = t.outcomes.falseWarnings;
    }
    assertThat(warnings).containsExactly(0, 1, 0, 0, 0, 1);
    assertThat(falses).containsExactly(0, 0, 0, 1, 0, 0);
  }

  @Test
  void theChurnCurveComplaintCurveQualityAndTiersAreScenarioData() {
    ClientRules rules = rules("""
        churn_healthy_at: 90
        churn_unhealthy_at: 50
        neutral_quality: 0.5
        quality_health_weight: 10
        complaint_curve: { neutral_health: 60, points_per_base_rate: 20, floor: 0.5 }
        tiers: { dormant_after_months: 6, core_health: 70, core_products: 3, growth_products: 2 }
        milestones: []
      """, "");
    // churn: 1% at 90+, 8% at 50-, linear between: at 70 halfway
    assertThat(rules.churn(70f, 0.01, 0.08)).isEqualTo(0.045, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(rules.churn(95f, 0.01, 0.08)).isEqualTo(0.01);
    assertThat(rules.churn(50f, 0.01, 0.08)).isEqualTo(0.08);
    assertThat(rules.healthEffectOfQuality(0.7)).isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
    // complaints: 1 + (60 - 40) / 20 = 2 times the base rate at 40; floor 0.5 when very healthy
    assertThat(rules.complaintMultiple(40f)).isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(rules.complaintMultiple(100f)).isEqualTo(0.5);
    assertThat(rules.tier(3, 70f, 0)).isEqualTo(ClientTier.CORE);
    assertThat(rules.tier(2, 90f, 0)).isEqualTo(ClientTier.GROWTH);
    assertThat(rules.tier(1, 90f, 5)).isEqualTo(ClientTier.POTENTIAL);
    assertThat(rules.tier(3, 90f, 6)).isEqualTo(ClientTier.DORMANT);
    // the defaults are the seed's: 80 / 40, 0.7, 70 / 30 / 0.2, 12 months, core 80 with 2 products
    ClientRules defaults = rules(SIGNING, "");
    assertThat(defaults.churn(60f, 0.01, 0.08)).isEqualTo(0.045, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(defaults.complaintMultiple(40f)).isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(defaults.tier(2, 80f, 11)).isEqualTo(ClientTier.CORE);
    assertThat(defaults.tier(2, 80f, 12)).isEqualTo(ClientTier.DORMANT);
  }

  /** The recall's low-health months and the churn warning share a byte per firm without mixing. */
  @Test
  void lowHealthMonthsAndTheWarningKeepTheirOwnBitsOfTheFirmsByte() {
    FirmPopulation firms = clients(1, 1, 50f);
    firms.setLowHealthMonths(0, 12);
    firms.setWarning(0, FirmPopulation.WARNING_SPENT);
    assertThat(firms.lowHealthMonths(0)).isEqualTo(12);
    assertThat(firms.warning(0)).isEqualTo(FirmPopulation.WARNING_SPENT);
    firms.setLowHealthMonths(0, 0);
    assertThat(firms.warning(0)).isEqualTo(FirmPopulation.WARNING_SPENT);
    firms.setWarning(0, 13);
    firms.setLowHealthMonths(0, 3);
    assertThat(firms.warning(0)).isEqualTo(13);
    assertThat(firms.lowHealthMonths(0)).isEqualTo(3);
  }
}

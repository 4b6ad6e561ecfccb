package chainsim.rebalance.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsSynthesizer;
import chainsim.rebalance.calibration.Observations;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The conversion observations recover the truth of {@code scenarios/actuals/true.yaml} (0.14) when
 * many replications of its actuals are pooled: one replication of six months (the worked example)
 * is one draw, about 420 trials, with a standard error near 0.017. With leads by marketing line
 * (marketing.csv) the events line's multiplier is in the effective trials and the estimate lands
 * on the truth; without them (funnel.csv alone) it lands on the truth times the lead-weighted
 * multiplier.
 */
class ConversionRecoveryTest {
  static final String T = "branch_templates[standard_direct]";
  static final int REPLICATIONS = 20;
  /**
   * The lead-weighted conversion multiplier of the truth's marketing lines: online (budget 30000,
   * cost per lead triangular(350, 500, 800), mean 550: about 54.5 leads, multiplier 1) and events
   * (15000, uniform(600, 1500), mean 1050: about 14.3 leads, multiplier 1.3). Without marketing.csv
   * leads are not split by line, so every lead is one trial at the base rate (ConversionObservations).
   */
  static final double LEAD_MULTIPLIER = (54.5 + 14.3 * 1.3) / (54.5 + 14.3);

  @Test
  void conversionFromQualifiedContactsRecoversTheTruthOverReplications() throws Exception {
    Scenario truth = ScenarioLoader.load(Path.of("../scenarios/actuals/true.yaml")).scenario();
    Scenario baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    ActualsSynthesizer synthesizer = new ActualsSynthesizer(truth);
    YearMonth asOf = YearMonth.of(2027, 6);
    long trials = 0;
    double effectiveTrials = 0;
    long successes = 0;
    long naiveTrials = 0;
    for (int r = 0; r < REPLICATIONS; r++) {
      Actuals actuals = synthesizer.synthesize(asOf, r);
      assertThat(actuals.marketing()).isNotEmpty();
      var found = (Observations.Trials) ActualsObservations.from(baseline, actuals).observations()
          .get(T + ".productivity.conversion_rate");
      Actuals funnelOnly = new Actuals(actuals.asOf(), actuals.revenue(), actuals.costs(), actuals.headcount(),
          actuals.funnel(), actuals.clients(), actuals.cash(), actuals.openings(), actuals.staff(),
          actuals.clientBook(), actuals.receivables());
      var unsplit = (Observations.Trials) ActualsObservations.from(baseline, funnelOnly).observations()
          .get(T + ".productivity.conversion_rate");
      assertThat(unsplit.effectiveTrials()).as("without marketing.csv: today's trials").isNull();
      assertThat(unsplit.totalTrials()).isEqualTo(found.totalTrials());
      trials += found.totalTrials();
      effectiveTrials += found.totalEffectiveTrials();
      successes += found.totalSuccesses();
      for (Actuals.Funnel f : actuals.funnel()) {
        naiveTrials += f.contacts() + f.leads();
      }
    }
    double rate = successes / effectiveTrials;
    double standardError = Math.sqrt(rate * (1 - rate) / effectiveTrials);
    double unsplitRate = (double) successes / trials;
    System.out.printf("conversion over %d replications: %d/%.1f effective = %.4f (se %.4f); leads not split by"
        + " line: %d/%d = %.4f; every contact a trial: %.4f%n", REPLICATIONS, successes, effectiveTrials, rate,
        standardError, successes, trials, unsplitRate, (double) successes / naiveTrials);
    // leads by line: the truth within three standard errors
    assertThat(rate).isCloseTo(0.14, within(3 * standardError));
    // leads not split: the truth times the trials' multiplier (the leads' LEAD_MULTIPLIER, diluted by the
    // qualified contacts, which convert at the rate itself)
    assertThat(unsplitRate).isCloseTo(0.14 * effectiveTrials / trials, within(3 * standardError));
    assertThat(effectiveTrials / trials).isBetween(1.0, LEAD_MULTIPLIER);
    // counting every contact as a trial lands far below the truth
    assertThat((double) successes / naiveTrials).isLessThan(0.14 - 5 * standardError);
  }
}

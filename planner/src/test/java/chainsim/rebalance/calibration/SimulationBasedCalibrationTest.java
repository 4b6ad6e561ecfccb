package chainsim.rebalance.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.Uncertain;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Simulation-based calibration (Talts et al. 2018): for each observation shape and prior kind,
 * draw a truth from the prior, simulate a year of observations from it with plausible exposure,
 * calibrate, and record where the truth falls in the posterior. If calibration is right, the
 * truth is just another posterior draw: its rank among {@value #POSTERIOR_DRAWS} posterior draws
 * is uniform on 0..{@value #POSTERIOR_DRAWS} and the 90% credible interval covers it 90% of the
 * time.
 *
 * <p>Over {@value #TRUTHS} truths per case the coverage must lie in 85-95% (the band; its
 * standard error at 90% is 1.5 points) for both the exact posterior and the refitted distribution
 * the overlay writes, and a chi-square test of the ranks in {@value #RANK_BINS} equal bins must
 * not reject uniformity at the 1% level for the cases together (Bonferroni: each case at
 * 0.01 / the number of cases). The observation model is the likelihood itself: no
 * simulator in the loop, so the test runs in a few seconds. Seeds are fixed.
 */
class SimulationBasedCalibrationTest {
  static final int TRUTHS = 400;
  static final int POSTERIOR_DRAWS = 99;
  static final int RANK_BINS = 10;
  static final int MONTHS = 12;
  /** The family-wise level of the uniformity tests, shared by the cases (Bonferroni). */
  static final double UNIFORMITY_LEVEL = 0.01 / Case.values().length;

  enum Case {
    /** Conversion: leads that signed, beta prior (conjugate). */
    CONVERSION_BETA_BINOMIAL(new Uncertain.Beta(6, 24, null, null, Uncertain.Draw.REPLICATION), Case::trials),
    /** Churn: active client-months that churned, triangular prior (grid). */
    CHURN_TRIANGULAR_BINOMIAL(new Uncertain.Triangular(0.02, 0.04, 0.07, Uncertain.Draw.REPLICATION), Case::churn),
    /** Leads per consultant-month, log-normal prior (grid). */
    LEADS_LOGNORMAL_POISSON(new Uncertain.LogNormal(12, 4, Uncertain.Draw.REPLICATION), Case::leads),
    /** Contacts per consultant-month, bounded normal prior (grid). */
    CONTACTS_TRUNCATED_NORMAL_POISSON(new Uncertain.Normal(45, 8, 15.0, null, Uncertain.Draw.REPLICATION), Case::leads),
    /** Price with known noise, normal prior (conjugate). */
    PRICE_NORMAL_KNOWN_NOISE(new Uncertain.Normal(12000, 2000, null, null, Uncertain.Draw.REPLICATION), Case::prices),
    /** Price with unknown noise, triangular prior (grid, Student-t likelihood). */
    PRICE_TRIANGULAR_ESTIMATED_NOISE(
        new Uncertain.Triangular(30000, 50000, 80000, Uncertain.Draw.REPLICATION), Case::pricesNoiseUnknown),
    /** Service hours per order with known noise, uniform prior (grid). */
    HOURS_UNIFORM_KNOWN_NOISE(new Uncertain.Uniform(35, 75, Uncertain.Draw.REPLICATION), Case::hours),
    /**
     * Conversion from the funnel: outbound contacts reach a need at some rate, qualified contacts and
     * leads sign with the truth's probability; trials are qualified contacts + leads (conjugate).
     */
    CONVERSION_QUALIFIED_CONTACTS(new Uncertain.Beta(6, 24, null, null, Uncertain.Draw.REPLICATION),
        Case::qualifiedFunnel),
    /** Price from the orders signed: order-weighted monthly averages, one order's noise known (conjugate). */
    PRICE_ORDERS_KNOWN_NOISE(new Uncertain.Normal(12000, 2000, null, null, Uncertain.Draw.REPLICATION),
        Case::orderPrices),
    /** Price from the orders signed, one order's noise 5000-15000 not told (grid, weighted Student-t). */
    PRICE_ORDERS_ESTIMATED_NOISE(
        new Uncertain.Triangular(30000, 50000, 80000, Uncertain.Draw.REPLICATION), Case::orderPricesNoiseUnknown),
    /**
     * Conversion from the funnel with leads split by marketing line (marketing.csv): an online line
     * whose leads sign at the truth, an events line whose leads sign at 1.3 x the truth; effective
     * trials qualified + online + 1.3 x events (conjugate, approximate in the variance).
     */
    CONVERSION_TWO_LEAD_LINES(new Uncertain.Beta(6, 24, null, null, Uncertain.Draw.REPLICATION),
        (p, rng) -> twoLines(p, rng, true)),
    /**
     * Cost per lead from a line's spend and leads (marketing.csv): leads are the month's spend over
     * the truth, rounded stochastically, as the model makes them (grid, lead-weighted Student-t, or
     * the rounding's largest spread where every month agrees).
     */
    COST_PER_LEAD_ROUNDED_LEADS(new Uncertain.Triangular(350, 500, 800, Uncertain.Draw.REPLICATION),
        Case::costPerLead);

    final Uncertain prior;
    final BiFunction<Double, UniformRandomProvider, Observations> simulate;

    Case(Uncertain prior, BiFunction<Double, UniformRandomProvider, Observations> simulate) {
      this.prior = prior;
      this.simulate = simulate;
    }

    /** 20-50 leads a month, each signing with the truth's probability. */
    static Observations trials(double p, UniformRandomProvider rng) {
      long[] n = new long[MONTHS];
      long[] s = new long[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        n[m] = 20 + rng.nextInt(31);
        s[m] = BinomialDistribution.of((int) n[m], p).createSampler(rng).sample();
      }
      return new Observations.Trials(n, s);
    }

    /** A book of 60-140 active clients a month, each churning with the truth's probability. */
    static Observations churn(double p, UniformRandomProvider rng) {
      long[] n = new long[MONTHS];
      long[] s = new long[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        n[m] = 60 + 7L * m + rng.nextInt(21);
        s[m] = BinomialDistribution.of((int) n[m], p).createSampler(rng).sample();
      }
      return new Observations.Trials(n, s);
    }

    /** 4-8 consultants a month (consultant-months of exposure), each producing Poisson(truth). */
    static Observations leads(double rate, UniformRandomProvider rng) {
      long[] c = new long[MONTHS];
      double[] e = new double[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        e[m] = 4 + rng.nextInt(5);
        c[m] = PoissonDistribution.of(rate * e[m]).createSampler(rng).sample();
      }
      return new Observations.Counts(c, e);
    }

    /** A month's average price: the truth plus noise of sd 3000, known. */
    static Observations prices(double price, UniformRandomProvider rng) {
      return Observations.Measurements.withKnownNoise(3000, normal(price, 3000, rng));
    }

    /** A month's average price with a noise sd of 5000-15000 that calibration is not told. */
    static Observations pricesNoiseUnknown(double price, UniformRandomProvider rng) {
      double sd = 5000 + 10000 * rng.nextDouble();
      return Observations.Measurements.withEstimatedNoise(normal(price, sd, rng));
    }

    /** Hours booked per certification order, noise sd 10 known. */
    static Observations hours(double hours, UniformRandomProvider rng) {
      return Observations.Measurements.withKnownNoise(10, normal(hours, 10, rng));
    }

    /**
     * 150-250 outbound contacts a month, each reaching a firm with a need with a chance of 5-15%
     * (targeting lift x open / uncontacted, varying by month), and 50-80 inbound leads; every
     * qualified contact and lead signs with the truth's probability.
     */
    static Observations qualifiedFunnel(double p, UniformRandomProvider rng) {
      long[] n = new long[MONTHS];
      long[] s = new long[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        int contacts = 150 + rng.nextInt(101);
        int qualified = BinomialDistribution.of(contacts, 0.05 + 0.10 * rng.nextDouble()).createSampler(rng).sample();
        n[m] = qualified + 50 + rng.nextInt(31);
        s[m] = BinomialDistribution.of((int) n[m], p).createSampler(rng).sample();
      }
      return new Observations.Trials(n, s);
    }

    /**
     * A line spending 30000 a month (20000-40000 when the budget moves), its leads spend / truth
     * rounded stochastically (the whole number below, plus one with the fraction's probability);
     * observed as CostPerLeadObservations does: spend / leads weighted by leads, noise estimated,
     * or known at cost / (2 sqrt(leads a month)) when the months agree exactly.
     */
    static Observations costPerLead(double cost, UniformRandomProvider rng) {
      boolean budgetMoves = rng.nextBoolean();
      double[] values = new double[MONTHS];
      double[] leads = new double[MONTHS];
      double spendTotal = 0;
      for (int m = 0; m < MONTHS; m++) {
        double spend = budgetMoves ? 20000 + 20000 * rng.nextDouble() : 30000;
        double exact = spend / cost;
        double floor = Math.floor(exact);
        leads[m] = floor + (rng.nextDouble() < exact - floor ? 1 : 0);
        values[m] = spend / leads[m];
        spendTotal += spend;
      }
      double total = java.util.Arrays.stream(leads).sum();
      boolean agree = java.util.Arrays.stream(values).distinct().count() == 1;
      return Observations.Measurements.ofAverages(values, leads,
          agree ? spendTotal / total / (2 * Math.sqrt(total / MONTHS)) : null);
    }

    /** The events line's conversion multiplier in {@link #CONVERSION_TWO_LEAD_LINES}. */
    static final double EVENTS_MULTIPLIER = 1.3;

    /**
     * 150-250 outbound contacts a month reaching a need 5-15% of the time (signing at the truth),
     * 40-70 leads of an online line (signing at the truth) and 25-45 of an events line (signing at
     * 1.3 x the truth, at most 1): the sum of binomials the model draws. With {@code byLine} the
     * trials carry the effective trials qualified + online + 1.3 x events; without, every lead is one
     * trial (funnel.csv alone).
     */
    static Observations twoLines(double p, UniformRandomProvider rng, boolean byLine) {
      long[] n = new long[MONTHS];
      long[] s = new long[MONTHS];
      double[] effective = new double[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        int contacts = 150 + rng.nextInt(101);
        int qualified = BinomialDistribution.of(contacts, 0.05 + 0.10 * rng.nextDouble()).createSampler(rng).sample();
        int online = 40 + rng.nextInt(31);
        int events = 25 + rng.nextInt(21);
        n[m] = qualified + online + events;
        s[m] = BinomialDistribution.of(qualified + online, p).createSampler(rng).sample()
            + BinomialDistribution.of(events, Math.min(1, EVENTS_MULTIPLIER * p)).createSampler(rng).sample();
        effective[m] = Math.max(s[m], qualified + online + EVENTS_MULTIPLIER * events);
      }
      return new Observations.Trials(n, s, byLine ? effective : null);
    }

    /** 1-8 orders signed a month, each at the truth plus noise of sd 2000 (known): the month's average. */
    static Observations orderPrices(double price, UniformRandomProvider rng) {
      return averagesOfOrders(price, 2000, 2000.0, rng);
    }

    /** 1-8 orders a month, each at the truth plus noise of sd 5000-15000 that calibration is not told. */
    static Observations orderPricesNoiseUnknown(double price, UniformRandomProvider rng) {
      return averagesOfOrders(price, 5000 + 10000 * rng.nextDouble(), null, rng);
    }

    private static Observations averagesOfOrders(double price, double sd, Double told, UniformRandomProvider rng) {
      var sampler = NormalDistribution.of(price, sd).createSampler(rng);
      double[] averages = new double[MONTHS];
      double[] orders = new double[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        int n = 1 + rng.nextInt(8);
        double sum = 0;
        for (int o = 0; o < n; o++) {
          sum += sampler.sample();
        }
        averages[m] = sum / n;
        orders[m] = n;
      }
      return Observations.Measurements.ofAverages(averages, orders, told);
    }

    private static double[] normal(double mean, double sd, UniformRandomProvider rng) {
      var sampler = NormalDistribution.of(mean, sd).createSampler(rng);
      double[] v = new double[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        v[m] = sampler.sample();
      }
      return v;
    }
  }

  /** What the test measured for one case; printed so the docs can quote it. */
  record Measured(Case c, double coverage, double refitCoverage, double uniformityPValue, double worstRefitDistance) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s: coverage %.3f, refit coverage %.3f, rank chi-square p %.3f, worst refit distance %.4f",
          c, coverage, refitCoverage, uniformityPValue, worstRefitDistance);
    }
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void truthRanksAreUniformAndNinetyPercentIntervalsCoverNinetyPercent(Case c) {
    Measured measured = run(c, 20271201L + c.ordinal());
    System.out.println("SBC " + measured);
    assertThat(measured.coverage()).as("coverage of the posterior's 90% interval").isBetween(0.85, 0.95);
    assertThat(measured.refitCoverage()).as("coverage of the overlay's 90% interval").isBetween(0.85, 0.95);
    assertThat(measured.uniformityPValue()).as("chi-square p-value of the ranks").isGreaterThan(UNIFORMITY_LEVEL);
  }

  /**
   * Why conversion refuses contacts without qualified contacts: on the same funnel as
   * {@link Case#CONVERSION_QUALIFIED_CONTACTS}, counting every contact as a trial puts the truth
   * above nearly every 90% interval.
   */
  @org.junit.jupiter.api.Test
  void countingEveryContactAsATrialMissesTheTruth() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20271213L);
    Belief prior = Belief.of(Case.CONVERSION_QUALIFIED_CONTACTS.prior);
    int covered = 0;
    for (int t = 0; t < TRUTHS; t++) {
      double truth = prior.draw(rng);
      long[] n = new long[MONTHS];
      long[] s = new long[MONTHS];
      for (int m = 0; m < MONTHS; m++) {
        int contacts = 150 + rng.nextInt(101);
        int qualified = BinomialDistribution.of(contacts, 0.05 + 0.10 * rng.nextDouble()).createSampler(rng).sample();
        int leads = 50 + rng.nextInt(31);
        n[m] = contacts + leads;
        s[m] = BinomialDistribution.of(qualified + leads, truth).createSampler(rng).sample();
      }
      Belief posterior = Calibration.posterior(Case.CONVERSION_QUALIFIED_CONTACTS.prior,
          new Observations.Trials(n, s), Method.BETA_BINOMIAL);
      if (posterior.quantile(0.05) <= truth && truth <= posterior.quantile(0.95)) {
        covered++;
      }
    }
    System.out.println("SBC conversion, every contact a trial: coverage " + (double) covered / TRUTHS);
    assertThat((double) covered / TRUTHS).isLessThan(0.2);
  }

  /**
   * Why conversion wants leads by marketing line: on the funnel of
   * {@link Case#CONVERSION_TWO_LEAD_LINES}, counting every lead as one trial at the rate (funnel.csv
   * without marketing.csv) puts the estimate up by the events line's share x 0.3 and the coverage
   * below the band.
   */
  @org.junit.jupiter.api.Test
  void countingEveryLeadAsOneTrialOverstatesConversion() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20271214L);
    Uncertain priorSpec = Case.CONVERSION_TWO_LEAD_LINES.prior;
    Belief prior = Belief.of(priorSpec);
    int covered = 0;
    double relativeError = 0;
    for (int t = 0; t < TRUTHS; t++) {
      double truth = prior.draw(rng);
      Belief posterior = Calibration.posterior(priorSpec, Case.twoLines(truth, rng, false), Method.BETA_BINOMIAL);
      if (posterior.quantile(0.05) <= truth && truth <= posterior.quantile(0.95)) {
        covered++;
      }
      relativeError += (posterior.mean() - truth) / truth / TRUTHS;
    }
    System.out.printf(Locale.ROOT, "SBC conversion, two lines, every lead one trial: coverage %.3f, mean relative"
        + " error %+.3f%n", (double) covered / TRUTHS, relativeError);
    assertThat((double) covered / TRUTHS).isLessThan(0.85);
    assertThat(relativeError).isGreaterThan(0.03);
  }

  static Measured run(Case c, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    Belief prior = Belief.of(c.prior);
    Method method = Calibration.methodFor(c.prior, c.simulate.apply(prior.mean(), rng));
    long[] bins = new long[RANK_BINS];
    int covered = 0;
    int refitCovered = 0;
    double worstDistance = 0;
    for (int t = 0; t < TRUTHS; t++) {
      double truth = prior.draw(rng);
      Observations observations = c.simulate.apply(truth, rng);
      Belief posterior = Calibration.posterior(c.prior, observations, method);
      if (posterior.quantile(0.05) <= truth && truth <= posterior.quantile(0.95)) {
        covered++;
      }
      Belief refit = method == Method.GRID ? Belief.of(ScenarioFamilyFit.refit(c.prior, posterior)) : posterior;
      if (refit.quantile(0.05) <= truth && truth <= refit.quantile(0.95)) {
        refitCovered++;
      }
      if (method == Method.GRID && t % 40 == 0) {
        worstDistance = Math.max(worstDistance, ScenarioFamilyFit.distance(posterior, refit));
      }
      // A posterior draw by inversion, Q(u), is below the truth exactly when u < F(truth): the
      // rank is counted on the uniforms, which saves an inverse CDF per draw and changes nothing.
      double belowTruth = posterior.cdf(truth);
      int rank = 0;
      for (int d = 0; d < POSTERIOR_DRAWS; d++) {
        if (((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53 < belowTruth) {
          rank++;
        }
      }
      bins[rank * RANK_BINS / (POSTERIOR_DRAWS + 1)]++;
    }
    double[] expected = new double[RANK_BINS];
    java.util.Arrays.fill(expected, (double) TRUTHS / RANK_BINS);
    double p = new ChiSquareTest().chiSquareTest(expected, bins);
    return new Measured(c, (double) covered / TRUTHS, (double) refitCovered / TRUTHS, p, worstDistance);
  }
}

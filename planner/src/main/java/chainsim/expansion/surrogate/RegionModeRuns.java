package chainsim.expansion.surrogate;

import chainsim.scenario.Mode;
import java.util.List;

/**
 * Everything simulated for one mode in one region: the opening in an empty market (what it costs
 * whatever it sells), the opening serving each candidate industry alone, and the opening serving
 * all of them. An opening serving a subset of industries is built from these.
 *
 * <p>Why not simply add single-industry openings up: a branch has a fixed team whose contacts are
 * spread over its industries in proportion to their firms. With few firms, the team exhausts its
 * market and sales grow with the firms served (they add up); with many, the team's contacts are
 * the limit and sales are a firm-weighted mix of what a contact yields in each industry (adding
 * would count the team once per industry). Simulated on national, a direct branch in one
 * industry of Shanghai is worth a tenth of one serving all of it, not a tenth of the sum.
 * The surrogate therefore takes the smaller of the two regimes, smoothed where they meet (a
 * power mean with exponent {@link #SHARPNESS}, which matched nested subsets of Guiyang's and
 * Shanghai's industries within about 2M yuan per branch), and keeps the replications' own paths
 * of the regime that binds. Fixed costs come in once, from the empty market. This is a first
 * guess: the openings a plan actually uses are then simulated as such and learnt (see
 * {@link Surrogate#learn}), so the plan that is kept is scored on its own openings' runs.
 *
 * @param industries the region's candidate industries, in scenario order; bit {@code i} of a mask
 * @param firms target firms of each industry at the start
 * @param empty the opening in an empty market
 * @param single each industry alone, by index
 * @param all all candidate industries together (the same run as {@code single[0]} when there is one)
 * @param exitFactor equity: the stake's exit multiple times its profit share; 0 otherwise
 */
public record RegionModeRuns(
    String region,
    Mode mode,
    String template,
    List<String> industries,
    int[] firms,
    CandidateRun empty,
    CandidateRun[] single,
    CandidateRun all,
    double exitFactor,
    Values values) {

  /** Sharpness of the switch between the market-limited and contact-limited regimes. */
  public static final double SHARPNESS = 4.0;

  /** The runs' values (see {@link Valuation#linearValue}), computed once. */
  public record Values(double empty, double[] single, double all, double[] revenueShare) {}

  public static RegionModeRuns of(String region, Mode mode, String template, List<String> industries, int[] firms,
      CandidateRun empty, CandidateRun[] single, CandidateRun all, double exitFactor, Valuation valuation) {
    double[] singleValues = new double[single.length];
    for (int i = 0; i < single.length; i++) {
      singleValues[i] = valuation.linearValue(single[i], exitFactor);
    }
    double[] share = new double[industries.size()];
    double total = 0;
    for (double v : all.revenueByIndustry()) {
      total += v;
    }
    int totalFirms = 0;
    for (int f : firms) {
      totalFirms += f;
    }
    for (int i = 0; i < share.length; i++) {
      // No revenue at all: let the firms speak, so that the mix weights stay neutral.
      share[i] = total > 0 ? all.revenueByIndustry()[i] / total : firms[i] / (double) Math.max(1, totalFirms);
    }
    Values values = new Values(valuation.linearValue(empty, exitFactor), singleValues,
        valuation.linearValue(all, exitFactor), share);
    return new RegionModeRuns(region, mode, template, industries, firms, empty, single, all, exitFactor, values);
  }

  public long allMask() {
    return industries.size() == 64 ? -1L : (1L << industries.size()) - 1;
  }

  public int index(String industry) {
    return industries.indexOf(industry);
  }

  /** The opening serving the industries of {@code mask} (not empty). */
  public OpeningProfile profile(long mask) {
    if (mask == allMask()) {
      return exact(all);
    }
    if (Long.bitCount(mask) == 1) {
      return exact(single[Long.numberOfTrailingZeros(mask)]);
    }
    double marketLimited = 0;
    double revenueShare = 0;
    int firmsIn = 0;
    int firmsAll = 0;
    for (int i = 0; i < industries.size(); i++) {
      firmsAll += firms[i];
      if ((mask & (1L << i)) != 0) {
        marketLimited += values.single()[i] - values.empty();
        revenueShare += values.revenueShare()[i];
        firmsIn += firms[i];
      }
    }
    // The all-industries opening's contacts, concentrated on the mix: each industry yields per
    // firm what it yielded there, so the mix is worth its revenue share over its firm share; but
    // never more than the all-industries opening. Fewer firms mean less room before the team
    // exhausts them: simulated alone, 20 of 24 subsets the planner liked on national were worth
    // less than their region's all-industries opening, where this ratio promised more.
    double mixQuality = firmsIn == 0 ? 0 : Math.min(1.0, revenueShare / (firmsIn / (double) firmsAll));
    double contactLimited = mixQuality * (values.all() - values.empty());
    double marketWeight = 0;
    double contactWeight = 0;
    if (marketLimited <= 0 || contactLimited <= 0) {
      if (marketLimited <= contactLimited) {
        marketWeight = 1;
      } else {
        contactWeight = mixQuality;
      }
    } else {
      double smooth = Math.pow(Math.pow(marketLimited, -SHARPNESS) + Math.pow(contactLimited, -SHARPNESS),
          -1 / SHARPNESS);
      if (marketLimited <= contactLimited) {
        marketWeight = smooth / marketLimited;
      } else {
        contactWeight = mixQuality * smooth / contactLimited;
      }
    }
    return combine(mask, marketWeight, contactWeight);
  }

  private OpeningProfile combine(long mask, double marketWeight, double contactWeight) {
    int reps = empty.replications();
    int months = empty.months();
    double[][] flow = new double[reps][months];
    double[][] oneOff = new double[reps][months];
    double[][] profit = empty.stakeProfit() == null ? null : new double[reps][months];
    double[] own = empty.ownFlowMean() == null ? null : new double[months];
    addScaled(flow, oneOff, profit, own, empty, 1.0);
    if (contactWeight != 0) {
      addScaled(flow, oneOff, profit, own, all, contactWeight);
      addScaled(flow, oneOff, profit, own, empty, -contactWeight);
    }
    if (marketWeight != 0) {
      for (int i = 0; i < industries.size(); i++) {
        if ((mask & (1L << i)) != 0) {
          addScaled(flow, oneOff, profit, own, single[i], marketWeight);
          addScaled(flow, oneOff, profit, own, empty, -marketWeight);
        }
      }
    }
    return OpeningProfile.of(flow, oneOff, profit, own,
        marketWeight != 0 ? OpeningProfile.Regime.MARKET_LIMITED : OpeningProfile.Regime.CONTACT_LIMITED);
  }

  private static void addScaled(double[][] flow, double[][] oneOff, double[][] profit, double[] own, CandidateRun run,
      double w) {
    for (int r = 0; r < flow.length; r++) {
      float[] f = run.companyFlow()[r];
      float[] o = run.oneOff()[r];
      for (int m = 0; m < f.length; m++) {
        flow[r][m] += w * f[m];
        oneOff[r][m] += w * o[m];
      }
      if (profit != null) {
        float[] p = run.stakeProfit()[r];
        for (int m = 0; m < p.length; m++) {
          profit[r][m] += w * p[m];
        }
      }
    }
    if (own != null) {
      for (int m = 0; m < own.length; m++) {
        own[m] += w * run.ownFlowMean()[m];
      }
    }
  }

  /** The profile of a run, as it is. */
  static OpeningProfile exact(CandidateRun run) {
    int reps = run.replications();
    int months = run.months();
    double[][] flow = new double[reps][months];
    double[][] oneOff = new double[reps][months];
    double[][] profit = run.stakeProfit() == null ? null : new double[reps][months];
    for (int r = 0; r < reps; r++) {
      for (int m = 0; m < months; m++) {
        flow[r][m] = run.companyFlow()[r][m];
        oneOff[r][m] = run.oneOff()[r][m];
        if (profit != null) {
          profit[r][m] = run.stakeProfit()[r][m];
        }
      }
    }
    double[] own = run.ownFlowMean() == null ? null : run.ownFlowMean().clone();
    return OpeningProfile.of(flow, oneOff, profit, own, OpeningProfile.Regime.SIMULATED);
  }
}

package chainsim.expansion.surrogate;

import chainsim.scenario.Mode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator, learnt once for a scenario, in a form fast enough for a solver's inner loop:
 * the head office's own costs and, per region and mode, the runs an opening serving any subset
 * of the region's candidate industries is built from (see {@link RegionModeRuns}). Replications
 * keep their identity throughout, so a plan's P5 cash path and CVaR of NPV are computed on sums
 * of paths, not sums of quantiles.
 */
public final class Surrogate {
  private static final int CACHE_SIZE = 512;

  private final int months;
  private final int replications;
  private final double[][] headOffice;
  private final Map<String, RegionModeRuns> runs;
  private final Valuation valuation;
  private final Map<Key, OpeningProfile> profiles = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, OpeningProfile> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  private final Map<Key, CandidateRun> learnt = new LinkedHashMap<>();
  private final Map<Mode, Double> correction = new java.util.EnumMap<>(Mode.class);

  /** An opening of a mode in a region serving the industries of a mask. */
  public record Key(String region, Mode mode, long mask) {}

  /** A re-plan's free opening: an opening of a mode in a region serving a mask's industries from a quarter on. */
  public record AsOfKey(String region, Mode mode, long mask, int quarter) {}

  private final Map<AsOfKey, RestartedOpening> restarted = new java.util.HashMap<>();
  private boolean restartedIgnored;

  public Surrogate(double[][] headOffice, List<RegionModeRuns> runs, Valuation valuation) {
    this.headOffice = headOffice;
    this.replications = headOffice.length;
    this.months = headOffice[0].length;
    this.valuation = valuation;
    this.runs = new LinkedHashMap<>();
    runs.forEach(r -> this.runs.put(r.region() + "/" + r.mode().key(), r));
  }

  public int months() {
    return months;
  }

  public int replications() {
    return replications;
  }

  public Valuation valuation() {
    return valuation;
  }

  /** Central costs alone (no opening), by replication and month: {@code [r][month - 1]}. */
  public double[][] headOffice() {
    return headOffice;
  }

  public List<RegionModeRuns> runs() {
    return List.copyOf(runs.values());
  }

  /** The runs of a mode in a region, or null when the planner may not use that mode there. */
  public RegionModeRuns runs(String region, Mode mode) {
    return runs.get(region + "/" + mode.key());
  }

  /** The opening of a mode in a region serving the industries of {@code mask}. */
  public synchronized OpeningProfile profile(String region, Mode mode, long mask) {
    return profiles.computeIfAbsent(new Key(region, mode, mask), k -> {
      CandidateRun run = learnt.get(k);
      return run != null ? RegionModeRuns.exact(run) : runs(region, mode).profile(mask);
    });
  }

  /** Whether this opening was simulated as such (one industry, all of them, or learnt). */
  public synchronized boolean simulated(Key key) {
    RegionModeRuns rm = runs(key.region(), key.mode());
    return learnt.containsKey(key) || key.mask() == rm.allMask() || Long.bitCount(key.mask()) == 1;
  }

  /**
   * Adds the run of an opening simulated as such: from now on its profile is that run, not the
   * estimate built from the single-industry and all-industry runs.
   */
  public synchronized void learn(Key key, CandidateRun run) {
    learnt.put(key, run);
    profiles.remove(key);
  }

  /** The openings learnt so far, in the order they were. */
  public synchronized Map<Key, CandidateRun> learnt() {
    return new LinkedHashMap<>(learnt);
  }

  /**
   * Corrects the value the surrogate credits to each mode's openings by a factor (the plan's
   * search then ranks on the corrected value; see {@code SurrogateCorrection}): an opening's
   * value in each replication becomes {@code (1 + factor)} times its own. Cash paths are not
   * corrected: the correction is fitted on expected NPV only. An empty map removes it.
   */
  public synchronized void correct(Map<Mode, Double> factors) {
    correction.clear();
    correction.putAll(factors);
  }

  /** The correction factor of a mode's openings; 0 when uncorrected. */
  public synchronized double correction(Mode mode) {
    return correction.getOrDefault(mode, 0.0);
  }

  /** The correction factors in force, by mode. */
  public synchronized Map<Mode, Double> correction() {
    Map<Mode, Double> copy = new java.util.EnumMap<>(Mode.class);
    copy.putAll(correction);
    return copy;
  }

  private double cashRiskLimit = Double.POSITIVE_INFINITY;

  /**
   * Plans scored on this surrogate may be no likelier to run dry than a baseline: their smoothed
   * count of replications below zero ({@code ChainOutlook.smoothedBelowZero}) at most this.
   */
  public synchronized void limitCashRisk(double smoothedBelowZero) {
    this.cashRiskLimit = smoothedBelowZero;
  }

  /**
   * Set before a search starts (the solver's threads start after it, which orders the write before
   * their reads), so the constraints read it on every move without a lock or a volatile field.
   */
  private RestartBaseline baseline;

  /**
   * A re-plan: plans are valued as this baseline (the decisions already taken, simulated from the
   * as-of state) plus their free openings, and their cash is judged from the month after the as-of
   * month, from the baseline's cash there (see {@link RestartBaseline}). Null: a plan from month 1.
   */
  public synchronized void restartFrom(RestartBaseline baseline) {
    if (baseline != null && (baseline.replications() != replications || baseline.flow()[0].length != months)) {
      throw new IllegalArgumentException("the restart baseline has " + baseline.replications() + " replications of "
          + baseline.flow()[0].length + " months; the surrogate " + replications + " of " + months);
    }
    if (this.baseline == null || baseline == null || this.baseline.asOfMonth() != baseline.asOfMonth()
        || !this.baseline.decided().equals(baseline.decided())) {
      restarted.clear(); // learnt against another state
    }
    this.baseline = baseline;
  }

  /**
   * Adds a re-plan's free opening simulated with the decided openings from the as-of state: from
   * now on a plan's opening of that key is valued by it, not by the opening's stand-alone run from
   * month 1 (see {@link RestartedOpening}).
   */
  public synchronized void learnRestarted(AsOfKey key, RestartedOpening run) {
    if (baseline == null) {
      throw new IllegalStateException("a restarted opening needs the re-plan's baseline first");
    }
    restarted.put(key, run);
  }

  /** The restarted run of a re-plan's free opening, or null when not learnt (or ignored, or not a re-plan). */
  public synchronized RestartedOpening restarted(String region, Mode mode, long mask, int quarter) {
    return restartedIgnored || baseline == null ? null : restarted.get(new AsOfKey(region, mode, mask, quarter));
  }

  /** Whether this free opening's restarted run is learnt. */
  public synchronized boolean restartedKnown(AsOfKey key) {
    return restarted.containsKey(key);
  }

  /** How many free openings have a restarted run. */
  public synchronized int restartedCount() {
    return restarted.size();
  }

  /**
   * Values free openings by their stand-alone runs from month 1 (true) or, where learnt, by their
   * restarted runs (false, the default): the plan's notes compare the two.
   */
  public synchronized void ignoreRestarted(boolean ignore) {
    this.restartedIgnored = ignore;
  }

  /** The re-plan's baseline, or null for a plan from month 1. */
  public RestartBaseline baseline() {
    return baseline;
  }

  /** The limit on the smoothed count of replications below zero; infinite when none. */
  public synchronized double cashRiskLimit() {
    return cashRiskLimit;
  }
}

package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ChainOutlook;
import chainsim.expansion.solver.ChainProjection;
import chainsim.scenario.Mode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the surrogate misses, learnt from full simulations of plans: a factor per mode on the
 * expected NPV the surrogate credits to that mode's openings. The surrogate sums openings each
 * simulated alone on its first replications; a full simulation of a plan differs by what the
 * openings share (a subcontractor's capacity, the head office's gates, the reserve) and by the
 * replications it runs. For a simulated plan p the gap is {@code g_p = simulated E[NPV] -
 * surrogate E[NPV]}, and {@code S_pm} is what mode m's openings add to the plan's surrogate
 * E[NPV] (the plan's value less the plan's value without them). The factors {@code b_m} solve the
 * ridge least squares {@code min sum_p (g_p - sum_m b_m S_pm)^2 + lambda sum_m b_m^2}, lambda a
 * {@link #RIDGE} share of the mean {@code S_pm^2}: with fewer plans than modes (one greedy
 * baseline) the gap is spread over the modes in proportion to what each contributes, the
 * least-norm answer; a mode no simulated plan used keeps factor 0. A plan's corrected E[NPV] is
 * then {@code surrogate + sum_m b_m S_m}.
 */
public final class SurrogateCorrection {
  /** Ridge weight, as a share of the mean squared contribution: small, it only settles the unidentified. */
  static final double RIDGE = 1e-6;

  /**
   * One plan simulated in full.
   *
   * @param byMode what each mode's openings add to the plan's surrogate E[NPV], yuan
   */
  public record Observation(Map<Mode, Double> byMode, double surrogateNpv, double simulatedNpv) {
    public double gap() {
      return simulatedNpv - surrogateNpv;
    }
  }

  private final Map<Mode, Double> factors;
  private final int observations;

  private SurrogateCorrection(Map<Mode, Double> factors, int observations) {
    this.factors = factors;
    this.observations = observations;
  }

  /** How many simulated plans it was fitted on. */
  public int observations() {
    return observations;
  }

  /** The factors that best explain these plans' gaps (see the class comment); none: no correction. */
  public static SurrogateCorrection fit(List<Observation> observations) {
    List<Mode> modes = new ArrayList<>();
    for (Observation o : observations) {
      o.byMode().forEach((m, s) -> {
        if (s != 0 && !modes.contains(m)) {
          modes.add(m);
        }
      });
    }
    modes.sort(null);
    int k = modes.size();
    Map<Mode, Double> factors = new EnumMap<>(Mode.class);
    if (k == 0) {
      return new SurrogateCorrection(factors, observations.size());
    }
    double[][] a = new double[k][k + 1];
    double meanSquare = 0;
    for (Observation o : observations) {
      for (int i = 0; i < k; i++) {
        double si = o.byMode().getOrDefault(modes.get(i), 0.0);
        meanSquare += si * si / (observations.size() * k);
        for (int j = 0; j < k; j++) {
          a[i][j] += si * o.byMode().getOrDefault(modes.get(j), 0.0);
        }
        a[i][k] += si * o.gap();
      }
    }
    for (int i = 0; i < k; i++) {
      a[i][i] += RIDGE * meanSquare;
    }
    double[] b = solve(a);
    for (int i = 0; i < k; i++) {
      factors.put(modes.get(i), b[i]);
    }
    return new SurrogateCorrection(factors, observations.size());
  }

  /** The most a factor fitted by {@link #extend} may move a mode's value: all of it, or as much again. */
  static final double MAX_EXTENDED = 1.0;

  /**
   * The factors in {@code fixed} kept, and the modes they lack fitted on what they leave unexplained:
   * each observation's gap less the fixed factors' share of it, on the other modes' contributions
   * (as {@link #fit}), each new factor within ±{@link #MAX_EXTENDED}. Fitting every mode again on a
   * handful of plans whose modes' contributions move together gives factors of several hundred
   * percent (measured on tight-capital: equity +715%, partner −275%); keeping what greedy's own
   * simulation settled and bounding the rest does not.
   */
  public static SurrogateCorrection extend(Map<Mode, Double> fixed, List<Observation> observations) {
    List<Observation> rest = new ArrayList<>();
    for (Observation o : observations) {
      Map<Mode, Double> others = new EnumMap<>(Mode.class);
      double explained = 0;
      for (Map.Entry<Mode, Double> e : o.byMode().entrySet()) {
        if (fixed.containsKey(e.getKey())) {
          explained += fixed.get(e.getKey()) * e.getValue();
        } else {
          others.put(e.getKey(), e.getValue());
        }
      }
      rest.add(new Observation(others, o.surrogateNpv() + explained, o.simulatedNpv()));
    }
    Map<Mode, Double> factors = new EnumMap<>(Mode.class);
    fit(rest).factors.forEach((m, b) -> factors.put(m, Math.max(-MAX_EXTENDED, Math.min(MAX_EXTENDED, b))));
    factors.putAll(fixed);
    return new SurrogateCorrection(factors, observations.size());
  }

  /** Gaussian elimination with partial pivoting on an augmented, positive definite system. */
  private static double[] solve(double[][] a) {
    int k = a.length;
    for (int c = 0; c < k; c++) {
      int pivot = c;
      for (int r = c + 1; r < k; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      for (int r = c + 1; r < k; r++) {
        double f = a[r][c] / a[c][c];
        for (int j = c; j <= k; j++) {
          a[r][j] -= f * a[c][j];
        }
      }
    }
    double[] x = new double[k];
    for (int r = k - 1; r >= 0; r--) {
      double s = a[r][k];
      for (int j = r + 1; j < k; j++) {
        s -= a[r][j] * x[j];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** The factor of a mode: 0 when no simulated plan used it. */
  public double factor(Mode mode) {
    return factors.getOrDefault(mode, 0.0);
  }

  /** The plan's surrogate E[NPV], corrected for what the simulated plans showed the surrogate misses. */
  public double corrected(double surrogateNpv, Map<Mode, Double> byMode) {
    double c = surrogateNpv;
    for (Map.Entry<Mode, Double> e : byMode.entrySet()) {
      c += factor(e.getKey()) * e.getValue();
    }
    return c;
  }

  /** The factors, for the plan's notes: "direct -10.2%, partner -0.3%". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    factors.forEach((m, b) -> parts.add(m.key() + " " + String.format(Locale.ROOT, "%+.1f%%", 100 * b)));
    return String.join(", ", parts);
  }

  /**
   * What each mode's openings add to the plan's surrogate E[NPV]: the plan's value less its value
   * with that mode's cells (pinned ones too) not entered. The plan's cells are restored.
   */
  public static Map<Mode, Double> contributions(ExpansionPlan plan) {
    List<CellDecision> cells = plan.getCells();
    double whole = meanNpv(plan);
    Map<Mode, Double> byMode = new EnumMap<>(Mode.class);
    for (Mode mode : Mode.values()) {
      List<CellDecision> ofMode = cells.stream()
          .filter(c -> c.getEntry().entered() && c.getEntry().mode() == mode).toList();
      if (ofMode.isEmpty()) {
        continue;
      }
      List<Entry> saved = ofMode.stream().map(CellDecision::getEntry).toList();
      ofMode.forEach(c -> c.setEntry(Entry.NOT_ENTERED));
      try {
        byMode.put(mode, whole - meanNpv(plan));
      } finally {
        for (int i = 0; i < ofMode.size(); i++) {
          ofMode.get(i).setEntry(saved.get(i));
        }
      }
    }
    return byMode;
  }

  /** The factors, by mode (modes no simulated plan used are absent). */
  public Map<Mode, Double> factors() {
    Map<Mode, Double> copy = new EnumMap<>(Mode.class);
    copy.putAll(factors);
    return copy;
  }

  /** The plan's surrogate E[NPV] (corrected when the surrogate is). */
  public static double meanNpv(ExpansionPlan plan) {
    return ChainOutlook.of(plan.getContext().rules(), ChainProjection.of(plan.getCells())).meanNpv();
  }
}

package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.scenario.Policies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The five largest risks of a run, by one rule: every candidate is the chance of a bad outcome,
 * and the five largest are listed, largest first (ties in candidate order), however small: a
 * reviewer learns as much from "the fifth risk is 0.5%" as from a short list. Each is sized: high
 * from 20%, medium from 5%, low from 1%, small below.
 *
 * <p>Candidates: NPV below zero; cash below the reserve; cash below zero; the chain never turning
 * cash-flow positive; per branch or channel, missing the one-year cash-flow rule (break-even later
 * than the gate's months after opening, or never, given it opened) and having its opening deferred
 * or cancelled by a gate; LTV/CAC below 3; complaints answered later than the service level.
 * Chances come from the replications where the run files record them, and otherwise are
 * interpolated linearly between the percentiles; below P5 the percentiles only say "under 5%", and
 * such a risk ranks after every risk whose chance is known.
 */
public final class Risks {
  public static final int COUNT = 5;

  /** How a chance was obtained. */
  public enum Basis {
    REPLICATIONS, PERCENTILES, COMPLAINTS,
    /** The threshold lies below P5: the chance is under 5%, and no closer estimate exists. */
    BELOW_P5;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How large a chance is, for a reader scanning the list. */
  public enum Size {
    HIGH, MEDIUM, LOW, SMALL, UNDER_5_PERCENT;

    static Size of(double chance) {
      if (!Double.isFinite(chance)) {
        return UNDER_5_PERCENT;
      }
      return chance >= 0.20 ? HIGH : chance >= 0.05 ? MEDIUM : chance >= 0.01 ? LOW : SMALL;
    }

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A risk: what may happen, its chance (NaN when only a bound is known, see {@link Basis#BELOW_P5}),
   * and how the chance was obtained.
   */
  public record Risk(String kind, String description, double chance, Basis basis) {
    public Size size() {
      return Size.of(chance);
    }

    /** The chance for ranking: an unknown chance under 5% after every known one. */
    double rank() {
      return Double.isFinite(chance) ? chance : -1;
    }
  }

  private Risks() {}

  /** The five largest risks (fewer only when there are fewer candidates). */
  public static List<Risk> largest(RunData run, Names names, Numbers numbers) {
    List<Risk> kept = new ArrayList<>();
    for (Risk r : candidates(run, names, numbers)) {
      if (Double.isFinite(r.chance()) || r.basis() == Basis.BELOW_P5) {
        kept.add(r);
      }
    }
    // a stable sort: equal chances keep the candidates' order
    kept.sort(Comparator.comparingDouble(Risk::rank).reversed());
    return kept.size() > COUNT ? List.copyOf(kept.subList(0, COUNT)) : List.copyOf(kept);
  }

  /** A chance interpolated from percentiles, or a risk known only to be under 5%. */
  private static Risk interpolated(String kind, String description, Summary.Stat st, double threshold) {
    double chance = below(st, threshold);
    return chance == 0 && Double.isFinite(st.p5()) ? new Risk(kind, description, Double.NaN, Basis.BELOW_P5)
        : new Risk(kind, description, chance, Basis.PERCENTILES);
  }

  static List<Risk> candidates(RunData run, Names names, Numbers numbers) {
    Labels labels = names.labels();
    Summary s = run.summary();
    List<Risk> out = new ArrayList<>();
    Summary.Probability npvNegative = s.probability("p_npv_below_zero");
    if (Double.isFinite(npvNegative.p())) {
      out.add(new Risk("npv_negative", labels.get("risk.npv_negative"), npvNegative.p(), Basis.REPLICATIONS));
    } else {
      out.add(interpolated("npv_negative", labels.get("risk.npv_negative"), s.stat("npv"), 0));
    }
    out.add(new Risk("cash_below_reserve", labels.format("risk.cash_below_reserve", numbers.money(s.reserve())),
        s.probability("p_cash_below_reserve").p(), Basis.REPLICATIONS));
    out.add(new Risk("cash_below_zero", labels.get("risk.cash_below_zero"), s.probability("p_cash_below_zero").p(),
        Basis.REPLICATIONS));
    out.add(new Risk("chain_never_positive", labels.format("risk.chain_never_positive", s.months()),
        s.stat("cash_flow_positive_month").never(), Basis.REPLICATIONS));
    Policies.BreakevenGate gate = run.scenario().policies().breakevenGate();
    int gateMonths = gate.months();
    for (Summary.Entity e : s.entities()) {
      if (e.breakevenApplies() && e.openedShare() > 0) {
        double never = Double.isFinite(e.breakeven().never()) ? e.breakeven().never() : 0;
        double late = e.breakeven().n() == 0 ? 0 : 1 - below(e.breakeven(), gateMonths + 0.5);
        out.add(new Risk("gate_miss", labels.format("risk.gate_miss", e.id(), gateMonths),
            never + (1 - never) * late, late > 0 && late < 1 ? Basis.PERCENTILES : Basis.REPLICATIONS));
      }
    }
    for (Summary.Entity e : s.entities()) {
      int blocked = run.events().replicationsWith(e.id(), "gate_blocked", "reserve_blocked");
      if (blocked > 0) {
        out.add(new Risk("opening_blocked", labels.format("risk.opening_blocked", e.id()),
            blocked / (double) s.replications(), Basis.REPLICATIONS));
      }
    }
    double healthy = healthyLtvCac(run);
    out.add(interpolated("ltv_cac_below_3", labels.format("risk.ltv_cac_below_3", threshold(healthy)), s.stat("ltv_cac"),
        healthy));
    Summary.Stat fewExits = s.stat("ltv_few_exits");
    if (fewExits != null && fewExits.n() > 0 && fewExits.mean() > 0) {
      // the share of replications whose lifetime rests on fewer exits than clients.lifetime_value.min_exits
      var lifetime = run.scenario().clients().lifetimeValue();
      out.add(new Risk("ltv_few_exits", labels.format("risk.ltv_few_exits", lifetime.minExits(),
          lifetime.lifetimeCapMonths()), fewExits.mean(), Basis.REPLICATIONS));
    }
    Monthly.Series complaints = run.monthly().get("sla.complaints");
    Monthly.Series late = run.monthly().get("sla.answer_breaches");
    if (complaints != null && late != null && complaints.meanTotal() > 0) {
      out.add(new Risk("sla", labels.format("risk.sla", run.scenario().policies().complaints().answerWithinHours()),
          late.meanTotal() / complaints.meanTotal(), Basis.COMPLAINTS));
    }
    return out;
  }

  /** The LTV/CAC the scenario calls healthy ({@code clients.lifetime_value.healthy_ltv_cac}, the seed's 3). */
  static double healthyLtvCac(RunData run) {
    return run.scenario().clients().lifetimeValue().healthyLtvCac();
  }

  /** A threshold as the labels show it: 3, not 3.0. */
  static String threshold(double t) {
    return t == Math.rint(t) ? Long.toString((long) t) : Double.toString(t);
  }

  /**
   * The chance a figure is below {@code threshold}, interpolated linearly between its percentiles;
   * 0 below P5 (the percentiles say nothing there), 0.95 above P95.
   */
  static double below(Summary.Stat st, double threshold) {
    double[] x = {st.p5(), st.p25(), st.p50(), st.p75(), st.p95()};
    double[] q = {0.05, 0.25, 0.50, 0.75, 0.95};
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return Double.NaN;
      }
    }
    if (threshold <= x[0]) {
      return 0;
    }
    if (threshold > x[4]) {
      return 0.95;
    }
    for (int i = 4; i >= 1; i--) {
      if (threshold > x[i - 1]) {
        if (x[i] == x[i - 1]) {
          return q[i];
        }
        return q[i - 1] + (q[i] - q[i - 1]) * (threshold - x[i - 1]) / (x[i] - x[i - 1]);
      }
    }
    return q[0];
  }
}

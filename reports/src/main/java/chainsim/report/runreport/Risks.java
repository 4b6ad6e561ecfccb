package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.scenario.Policies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The five largest risks of a run, by one rule: every candidate is the chance of a bad outcome,
 * the five largest chances of 1% or more are listed, largest first (ties in candidate order).
 *
 * <p>Candidates: NPV below zero; cash below the reserve; cash below zero; the chain never turning
 * cash-flow positive; per branch or channel, missing the one-year cash-flow rule (break-even later
 * than the gate's months after opening, or never, given it opened) and having its opening deferred
 * or cancelled by a gate; LTV/CAC below 3; complaints answered later than the service level.
 * Chances come from the replications where the run files record them, and otherwise are
 * interpolated linearly between the percentiles (P5..P95; below P5 is not listed).
 */
public final class Risks {
  /** Chances below this are not worth a reviewer's attention. */
  static final double FLOOR = 0.01;
  public static final int COUNT = 5;

  /** How a chance was obtained. */
  public enum Basis {
    REPLICATIONS, PERCENTILES, COMPLAINTS;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A risk: what may happen, its chance, and how the chance was obtained. */
  public record Risk(String kind, String description, double chance, Basis basis) {}

  private Risks() {}

  /** The largest risks, at most five. */
  public static List<Risk> largest(RunData run, Names names, Numbers numbers) {
    List<Risk> all = candidates(run, names, numbers);
    List<Risk> kept = new ArrayList<>();
    for (Risk r : all) {
      if (Double.isFinite(r.chance()) && r.chance() >= FLOOR) {
        kept.add(r);
      }
    }
    // a stable sort: equal chances keep the candidates' order
    kept.sort(Comparator.comparingDouble(Risk::chance).reversed());
    return kept.size() > COUNT ? List.copyOf(kept.subList(0, COUNT)) : List.copyOf(kept);
  }

  static List<Risk> candidates(RunData run, Names names, Numbers numbers) {
    Labels labels = names.labels();
    Summary s = run.summary();
    List<Risk> out = new ArrayList<>();
    Summary.Probability npvNegative = s.probability("p_npv_below_zero");
    if (Double.isFinite(npvNegative.p())) {
      out.add(new Risk("npv_negative", labels.get("risk.npv_negative"), npvNegative.p(), Basis.REPLICATIONS));
    } else {
      out.add(new Risk("npv_negative", labels.get("risk.npv_negative"), below(s.stat("npv"), 0), Basis.PERCENTILES));
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
    out.add(new Risk("ltv_cac_below_3", labels.get("risk.ltv_cac_below_3"), below(s.stat("ltv_cac"), 3.0),
        Basis.PERCENTILES));
    Monthly.Series complaints = run.monthly().get("sla.complaints");
    Monthly.Series late = run.monthly().get("sla.answer_breaches");
    if (complaints != null && late != null && complaints.meanTotal() > 0) {
      out.add(new Risk("sla", labels.format("risk.sla", run.scenario().policies().complaints().answerWithinHours()),
          late.meanTotal() / complaints.meanTotal(), Basis.COMPLAINTS));
    }
    return out;
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

package chainsim.report.runreport;

import chainsim.report.html.Kpi;
import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import chainsim.report.table.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headline figures of a run, the same in the page's cards, the Markdown summary and the
 * workbook: NPV, peak funding need, the chances of running below zero and below the reserve, the
 * month the chain turns cash-flow positive, LTV/CAC, P(NPV &lt; 0), revenue and clients won.
 */
public final class KeyFigures {
  /**
   * A figure: its value (P50, or a probability), its P5–P95 range where it has one, where it
   * comes from in summary.json and how it reads against its threshold.
   */
  public record Figure(String key, String label, Kind kind, double value, double low, double high, String source,
      String raw, Kpi.Tone tone, String detail) {

    public Kpi card(Numbers numbers) {
      return new Kpi(key, label, kind.format(value, numbers), detail, source, raw, tone);
    }
  }

  private KeyFigures() {}

  public static List<Figure> of(RunData run, Numbers numbers, Labels labels) {
    Summary s = run.summary();
    List<Figure> out = new ArrayList<>();
    double rate = run.scenario().capital().discountRateAnnual();
    String ratePercent = String.format(Locale.ROOT, "%.0f%%", rate * 100);
    Summary.Stat npv = s.stat("npv");
    out.add(stat(run, "npv", labels.format("kpi.npv", ratePercent), Kind.MONEY, npv,
        npv.p50() < 0 ? Kpi.Tone.BAD : npv.p5() < 0 ? Kpi.Tone.WATCH : Kpi.Tone.GOOD, numbers, labels));
    out.add(stat(run, "peak_funding_need", labels.get("kpi.peak_funding_need"), Kind.MONEY,
        s.stat("peak_funding_need"), null, numbers, labels));
    out.add(probability(run, "p_cash_below_zero", labels.get("kpi.p_cash_below_zero"), 0.05, null, numbers, labels));
    out.add(probability(run, "p_cash_below_reserve", labels.get("kpi.p_cash_below_reserve"), 0.10,
        labels.format("detail.reserve", numbers.money(s.reserve())), numbers, labels));
    Summary.Stat positive = s.stat("cash_flow_positive_month");
    Kpi.Tone positiveTone = positive.never() > 0.2 ? Kpi.Tone.BAD : positive.never() > 0.05 ? Kpi.Tone.WATCH
        : Kpi.Tone.GOOD;
    Figure month = stat(run, "cash_flow_positive_month", labels.get("kpi.cash_flow_positive_month"),
        Kind.MONTH_INDEX, positive, positiveTone, numbers, labels);
    String when = Double.isFinite(positive.p50()) ? calendar(run, positive.p50()) + " · " : "";
    out.add(new Figure(month.key(), month.label(), month.kind(), month.value(), month.low(), month.high(),
        month.source(), month.raw(), month.tone(), when + month.detail() + " · "
            + labels.format("detail.never", numbers.percent(positive.never()))));
    Summary.Stat ltvCac = s.stat("ltv_cac");
    double healthy = Risks.healthyLtvCac(run);
    out.add(stat(run, "ltv_cac", labels.format("kpi.ltv_cac", Risks.threshold(healthy)), Kind.RATIO, ltvCac,
        ltvCac.p50() < healthy ? Kpi.Tone.BAD : ltvCac.p5() < healthy ? Kpi.Tone.WATCH : Kpi.Tone.GOOD, numbers,
        labels));
    if (s.probabilities().containsKey("p_npv_below_zero")) {
      out.add(probability(run, "p_npv_below_zero", labels.get("kpi.p_npv_below_zero"), 0.5, null, numbers, labels));
    }
    out.add(stat(run, "company_revenue_total", labels.get("kpi.company_revenue_total"), Kind.MONEY,
        s.stat("company_revenue_total"), null, numbers, labels));
    out.add(stat(run, "clients_won", labels.get("kpi.clients_won"), Kind.COUNT, s.stat("clients_won"), null,
        numbers, labels));
    return out;
  }

  private static Figure stat(RunData run, String key, String label, Kind kind, Summary.Stat st, Kpi.Tone tone,
      Numbers numbers, Labels labels) {
    String source = "headline." + key + ".p50";
    String detail = labels.format("detail.range", kind.format(st.p5(), numbers), kind.format(st.p95(), numbers));
    return new Figure(key, label, kind, st.p50(), st.p5(), st.p95(), source, raw(run.summary().json(), source), tone,
        detail);
  }

  private static Figure probability(RunData run, String key, String label, double badAbove, String extra,
      Numbers numbers, Labels labels) {
    Summary.Probability p = run.summary().probability(key);
    Kpi.Tone tone = p.p() > badAbove ? Kpi.Tone.BAD : p.p() > 0 ? Kpi.Tone.WATCH : Kpi.Tone.GOOD;
    String source = "headline." + key + ".probability";
    String detail = labels.format("detail.std_error", numbers.percent(p.stdError()), run.summary().replications());
    if (extra != null) {
      detail = extra + " · " + detail;
    }
    return new Figure(key, label, Kind.PERCENT, p.p(), Double.NaN, Double.NaN, source,
        raw(run.summary().json(), source), tone, detail);
  }

  /** The calendar month of a month index: {@code 2027-08}. */
  static String calendar(RunData run, double month) {
    int i = (int) Math.round(month);
    List<String> cal = run.monthly().calendar();
    return i >= 1 && i <= cal.size() ? cal.get(i - 1) : "";
  }

  /** The figure as written at a dotted path of summary.json, or empty. */
  static String raw(JsonNode root, String path) {
    JsonNode n = root;
    for (String part : path.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    return n == null || n.isNull() ? "" : n.asText();
  }
}

package chainsim.report.plan;

import chainsim.expansion.PlanRobustness;
import chainsim.report.html.Labels;
import chainsim.report.html.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The plan's robust choices as two tables (a header row, then one row each): its openings'
 * contributions and payback probabilities, and its regret in the stress futures (see
 * {@link PlanRobustness} for what each figure is).
 */
final class RobustChoices {
  private RobustChoices() {}

  private static final Map<String, String> FUTURE_KEYS = Map.of(
      "low conversion", "future.lowConversion",
      "high attrition", "future.highAttrition",
      "slower ramp-up", "future.slowerRampUp");

  static List<List<String>> openings(PlanRobustness r, Labels w) {
    List<List<String>> t = new ArrayList<>();
    t.add(List.of(w.get("col.opening"), w.get("col.mode"), w.get("col.month"), w.get("col.contribution"),
        w.get("col.payback")));
    for (PlanRobustness.OpeningValue o : r.openings()) {
      t.add(List.of(o.id(), o.mode().key(), String.valueOf(o.month()),
          Double.isNaN(o.contribution()) ? "-" : Money.yuan(o.contribution()),
          Double.isNaN(o.paybackProbability()) ? "-" : Money.percent(o.paybackProbability())));
    }
    return t;
  }

  static List<List<String>> futures(PlanRobustness r, Labels w) {
    List<List<String>> t = new ArrayList<>();
    t.add(List.of(w.get("col.future"), w.get("col.replications"), w.get("col.planNpv"), w.get("col.bestNpv"),
        w.get("col.bestPlan"), w.get("col.regret")));
    for (PlanRobustness.StressRegret f : r.futures()) {
      t.add(List.of(w.get(FUTURE_KEYS.get(f.future())), String.valueOf(f.replications().size()),
          Money.yuan(f.planNpv()), Money.yuan(f.bestNpv()), f.bestPlan(), Money.yuan(f.regret())));
    }
    return t;
  }

  /** The parameters each future reads, one line each. */
  static List<String> parameters(PlanRobustness r, Labels w) {
    List<String> out = new ArrayList<>();
    for (PlanRobustness.StressRegret f : r.futures()) {
      out.add(w.format("stress.parameters", w.get(FUTURE_KEYS.get(f.future())), String.join(", ", f.parameters())));
    }
    return out;
  }

  /** Both tables, with their leads, in Markdown. */
  static String markdown(PlanRobustness r, Labels w, int validationReplications, int surrogateReplications) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(w.get("robust")).append("\n\n")
        .append(w.format("robust.lead", validationReplications)).append("\n\n");
    md.append(table(openings(r, w))).append('\n');
    md.append(w.format("stress.lead", surrogateReplications)).append("\n\n");
    md.append(table(futures(r, w))).append('\n');
    parameters(r, w).forEach(p -> md.append("- ").append(p).append('\n'));
    return md.toString();
  }

  static String table(List<List<String>> t) {
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      md.append("| ").append(String.join(" | ", t.get(i))).append(" |\n");
      if (i == 0) {
        md.append("|---|").append("---:|".repeat(t.get(0).size() - 1)).append('\n');
      }
    }
    return md.toString();
  }
}

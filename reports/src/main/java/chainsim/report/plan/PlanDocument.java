package chainsim.report.plan;

import chainsim.expansion.ExpansionPlanner;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the plan's files say, gathered once: the three plans' figures, their cash fans,
 * the rules that bind, and how the plan was made.
 *
 * @param command the command line that made the plan, for the record
 * @param search how the search was limited, e.g. "60 s"
 * @param lang the language the plan's pages (and its verdict and table) are written in
 */
public record PlanDocument(
    ExpansionPlanner.Result outcome,
    String command,
    String search,
    List<ExpansionPlanner.Evaluated> plans,
    List<PlanRow> rows,
    List<CashFan> fans,
    List<BindingRules.Rule> binding,
    List<CellDecision> changed,
    boolean timings,
    Lang lang) {

  /**
   * The same document without what depends on the machine and on earlier runs (moves per second,
   * whether the surrogate came from the cache and how long it took): for outputs that must be the
   * same bytes for the same inputs, such as a rebalance's.
   */
  public PlanDocument withoutTimings() {
    return new PlanDocument(outcome, command, search, plans, rows, fans, binding, changed, false, lang);
  }

  /** The same document written in another language. */
  public PlanDocument withLanguage(Lang language) {
    return new PlanDocument(outcome, command, search, plans, rows, fans,
        BindingRules.of(outcome.planner(), outcome.rules(), labels(language)), changed, timings, language);
  }

  /** The words of the plan's pages in the document's language. */
  Labels labels() {
    return labels(lang);
  }

  private static Labels labels(Lang lang) {
    return Labels.of(lang).with(PlanDocument.class, "labels");
  }

  /** The document in a language. */
  public static PlanDocument of(ExpansionPlanner.Result outcome, String command, String search, Lang lang) {
    return of(outcome, command, search).withLanguage(lang);
  }

  /** The document in Chinese, the default language of the pages; see {@link #withLanguage}. */
  public static PlanDocument of(ExpansionPlanner.Result outcome, String command, String search) {
    ExpansionRules rules = outcome.rules();
    List<ExpansionPlanner.Evaluated> plans = new ArrayList<>();
    plans.add(outcome.planner());
    plans.add(outcome.greedy());
    if (outcome.manual() != null) {
      plans.add(outcome.manual());
    }
    List<PlanRow> rows = plans.stream().map(e -> PlanRow.of(e, rules, outcome.greedy())).toList();
    List<CashFan> fans = plans.stream().map(CashFan::of).toList();
    List<CellDecision> changed = outcome.planner().plan().getCells().stream()
        .filter(c -> c.getPrevious() != null && !Objects.equals(c.getPrevious(), c.getEntry()))
        .toList();
    return new PlanDocument(outcome, command, search, plans, rows, fans, BindingRules.of(outcome.planner(), rules, labels(Lang.ZH)),
        changed, true, Lang.ZH);
  }

  public PlanRow planner() {
    return rows.get(0);
  }

  public PlanRow greedy() {
    return rows.get(1);
  }

  /** For each plan that breaks hard rules on the surrogate: "rule ×n, ...". */
  public java.util.Map<String, String> brokenRules() {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (ExpansionPlanner.Evaluated e : plans) {
      List<String> broken = new ArrayList<>();
      for (ExpansionPlanner.ConstraintTotal t : e.constraints()) {
        if (t.hard() != 0) {
          broken.add(t.name() + " ×" + t.matches());
        }
      }
      if (!broken.isEmpty()) {
        out.put(e.label(), String.join(", ", broken));
      }
    }
    return out;
  }

  public boolean hasPrevious() {
    return outcome.planner().plan().getCells().stream().anyMatch(c -> c.getPrevious() != null);
  }
}

package chainsim.report.plan;

import chainsim.report.html.Labels;
import chainsim.report.html.Money;
import chainsim.expansion.ExpansionPlanner;
import chainsim.scenario.Opening;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** {@code plan-summary.md}: the plan in a page, for the pull request that changes the expansion plan. */
public final class PlanSummary {
  public static final String FILE = "plan-summary.md";

  private PlanSummary() {}

  /**
   * What the full simulation checked: every plan, none, or (after a stop, or when a benchmark checks
   * the baselines once) which plans were simulated and which show the surrogate's figures only.
   */
  static String checked(PlanDocument d) {
    Labels w = d.labels();
    int reps = d.outcome().validationReplications();
    List<String> done = new java.util.ArrayList<>();
    List<String> not = new java.util.ArrayList<>();
    for (PlanRow r : d.rows()) {
      (reps > 0 && r.simulated() ? done : not).add(r.label());
    }
    if (done.isEmpty()) {
      return w.get("md.notChecked");
    }
    if (not.isEmpty()) {
      return w.format("md.checked", reps);
    }
    return w.format("md.checkedSome", reps, String.join(", ", done), String.join(", ", not));
  }

  public static String markdown(PlanDocument d) {
    ExpansionPlanner.Result o = d.outcome();
    Labels w = d.labels();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(w.format("title", o.loaded().scenario().name())).append("\n\n");
    md.append("`").append(d.command()).append("`  \n");
    md.append(w.format("md.lead",
        o.loaded().scenario().seed(), d.search(), o.solve().rounds(), Money.count(o.solve().moves()),
        d.timings() ? w.format("md.movesPerSecond", Money.count(o.solve().movesPerSecond())) : "",
        o.solve().stoppedEarly() ? w.get("md.stoppedEarly") : "",
        o.solve().learnt(),
        o.solve().greedyKept() ? w.get("md.greedyKept") : "",
        o.surrogate().simulations(), o.surrogate().replications(),
        d.timings() ? w.format("md.surrogateTiming",
            w.get(o.surrogate().fromCache() ? "md.fromCache" : "md.built"),
            String.format(Locale.ROOT, "%.0f", o.surrogate().seconds())) : "",
        checked(d))).append("\n\n");
    md.append(verdict(d)).append("\n\n");
    md.append("## ").append(w.get("compared")).append("\n\n");
    md.append(table(d));
    md.append('\n').append(w.format("md.figures", o.surrogate().replications())).append("\n\n");
    md.append("## ").append(w.get("openings")).append("\n\n| ").append(w.get("col.quarter")).append(" | ")
        .append(w.get("col.month")).append(" | ").append(w.get("col.opening")).append(" | ").append(w.get("col.mode"))
        .append(" | ").append(w.get("col.industries")).append(" |\n|---|---|---|---|---|\n");
    for (Opening op : o.planner().openings()) {
      md.append(String.format(Locale.ROOT, "| Q%d | %d | %s | %s | %s |%n", (op.month() - 1) / 3 + 1, op.month(), op.id(),
          op.mode().key(), String.join(", ", op.industries())));
    }
    md.append("\n## ").append(w.get("md.explanation")).append("\n\n");
    md.append("| ").append(w.get("col.constraint")).append(" | ").append(w.get("col.hard")).append(" | ")
        .append(w.get("col.soft")).append(" | ").append(w.get("col.matches")).append(" |\n|---|---:|---:|---:|\n");
    for (ExpansionPlanner.ConstraintTotal t : o.planner().constraints()) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d |%n", t.name(), t.hard(), Money.count(t.soft()),
          t.matches()));
    }
    md.append(String.format(Locale.ROOT, "| **%s** | **%d** | **%s** | |%n%n", w.get("score"),
        o.planner().score().hardScore(),
        Money.count(o.planner().score().softScore())));
    d.brokenRules().forEach((plan, rules) -> md.append(w.format("broken", plan, rules)).append("\n\n"));
    md.append(w.get("md.rulesAtLimit")).append("\n\n");
    for (BindingRules.Rule r : d.binding()) {
      md.append("- ").append(r.binds() ? "**" + w.get("binds") + "** " : "").append(w.format("rule.line", r.name(), r.detail()))
          .append('\n');
    }
    if (d.hasPrevious()) {
      md.append("\n## ").append(w.get("changes")).append("\n\n");
      if (d.changed().isEmpty()) {
        md.append(w.get("md.none")).append('\n');
      }
      d.changed().forEach(c -> md.append("- ").append(c.getId()).append(": ").append(c.getPrevious()).append(" -> ")
          .append(c.getEntry()).append('\n'));
    }
    if (o.robustness() != null) {
      md.append('\n').append(RobustChoices.markdown(o.robustness(), w, o.validationReplications(),
          o.surrogate().replications()));
    }
    if (!o.notes().isEmpty()) {
      md.append("\n## ").append(w.get("notes")).append("\n\n");
      o.notes().forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  /** The plan against the greedy baseline, in a sentence. */
  public static String verdict(PlanDocument d) {
    Labels w = d.labels();
    PlanRow p = d.planner();
    PlanRow g = d.greedy();
    if (!p.simulated()) {
      return w.format("verdict.surrogate", Money.yuan(p.surrogateNpv()), Money.yuan(g.surrogateNpv()));
    }
    if (p.versusGreedy() == null) {
      return w.format("verdict.noGreedy",
          Money.yuan(p.simulatedNpv().mean()), Money.yuan(p.simulatedNpv().stdError()),
          Money.percent(p.simulatedBelowZero().mean()), Money.percent(p.simulatedBelowReserve().mean()));
    }
    double diff = p.versusGreedy().mean();
    return w.format("verdict.full",
        Money.yuan(p.simulatedNpv().mean()), Money.yuan(p.simulatedNpv().stdError()), Money.yuan(Math.abs(diff)),
        Money.yuan(p.versusGreedy().stdError()), w.get(diff >= 0 ? "verdict.above" : "verdict.below"),
        Money.yuan(g.simulatedNpv().mean()),
        Money.percent(p.simulatedBelowZero().mean()),
        Money.percent(p.simulatedBelowReserve().mean()),
        String.format(Locale.ROOT, "%.0f", (1 - d.outcome().rules().reserveConfidence()) * 100),
        Money.yuan(p.simulatedLowestQuantileCash()), Money.yuan(d.outcome().rules().reserve()));
  }

  /** The comparison table: a header row (empty corner, then the plans), then one row per figure. */
  static List<List<String>> comparison(PlanDocument d) {
    Labels w = d.labels();
    List<PlanRow> rows = d.rows();
    List<List<String>> t = new java.util.ArrayList<>();
    List<String> header = new java.util.ArrayList<>();
    header.add("");
    rows.forEach(r -> header.add(r.label()));
    t.add(header);
    line(t, rows, w.get("row.openings"), r -> String.valueOf(r.openings()));
    line(t, rows, w.get("row.npvSimulated"),
        r -> r.simulated() ? Money.yuan(r.simulatedNpv().mean()) + " ± " + Money.yuan(r.simulatedNpv().stdError()) : "-");
    line(t, rows, w.get("row.versusGreedy"), r -> r.versusGreedy() == null ? "-"
        : Money.yuan(r.versusGreedy().mean()) + " ± " + Money.yuan(r.versusGreedy().stdError()));
    line(t, rows, w.get("row.npvSurrogate"), r -> Money.yuan(r.surrogateNpv()));
    line(t, rows, w.format("row.npvOnSurrogateReplications", d.outcome().surrogate().replications()), r -> Money.yuan(r.simulatedNpvOnSurrogateReplications()));
    String tail = w.format("row.tail", Money.percent(d.outcome().rules().cvarAlpha()));
    line(t, rows, tail, r -> Money.yuan(r.simulatedTailNpv()) + " / " + Money.yuan(r.surrogateTailNpv()));
    line(t, rows, w.get("row.belowZero"),
        r -> (r.simulated() ? Money.percent(r.simulatedBelowZero().mean()) : "-") + " / "
            + Money.percent(r.surrogateProbBelowZero()));
    line(t, rows, w.get("row.belowReserve"),
        r -> (r.simulated() ? Money.percent(r.simulatedBelowReserve().mean()) : "-") + " / "
            + Money.percent(r.surrogateProbBelowReserve()));
    line(t, rows, w.format("row.lowestCash",
            String.format(Locale.ROOT, "%.0f", (1 - d.outcome().rules().reserveConfidence()) * 100),
            Money.yuan(d.outcome().rules().reserve())),
        r -> Money.yuan(r.simulatedLowestQuantileCash()) + " / " + Money.yuan(r.surrogateLowestQuantileCash()));
    line(t, rows, w.get("row.late"), r -> r.simulated()
        ? String.format(Locale.ROOT, "%.2f / %.1f", r.simulatedNeverOpened(), r.simulatedDelayMonths()) : "-");
    line(t, rows, w.get("row.peakFunding"), r -> r.simulated()
        ? Money.yuan(r.simulatedPeakFunding().p50()) + " (" + Money.yuan(r.simulatedPeakFunding().p95()) + ")" : "-");
    line(t, rows, w.get("row.score"), r -> r.hardScore() + " / " + Money.yuan(r.softScore()));
    return t;
  }

  /** The comparison table in Markdown. */
  public static String table(PlanDocument d) {
    List<List<String>> t = comparison(d);
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      md.append("| ").append(String.join(" | ", t.get(i))).append(" |\n");
      if (i == 0) {
        md.append("|---|").append("---:|".repeat(t.get(0).size() - 1)).append('\n');
      }
    }
    return md.toString();
  }

  private static void line(List<List<String>> t, List<PlanRow> rows, String label, Function<PlanRow, String> cell) {
    List<String> line = new java.util.ArrayList<>();
    line.add(label);
    rows.forEach(r -> line.add(cell.apply(r)));
    t.add(line);
  }
}

package chainsim.report.plan;

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

  public static String markdown(PlanDocument d) {
    ExpansionPlanner.Outcome o = d.outcome();
    StringBuilder md = new StringBuilder();
    md.append("# Expansion plan: ").append(o.loaded().scenario().name()).append("\n\n");
    md.append("`").append(d.command()).append("`  \n");
    md.append(String.format(Locale.ROOT, "Seed %d; %s; %d search rounds, %s moves%s%s; %d openings the"
            + " plans used simulated as such and learnt%s; surrogate of %d simulations x %d"
            + " replications%s; %s.%n%n",
        o.loaded().scenario().seed(), d.search(), o.solve().rounds(), Money.count(o.solve().moves()),
        d.timings() ? " (" + Money.count(o.solve().movesPerSecond()) + " moves/s)" : "",
        o.solve().stoppedEarly() ? ", stopped early" : "",
        o.solve().learnt(),
        o.solve().greedyKept() ? "; no plan found scored above the greedy baseline, which is kept" : "",
        o.surrogate().simulations(), o.surrogate().replications(),
        d.timings() ? String.format(Locale.ROOT, " (%s, %.0f s)",
            o.surrogate().fromCache() ? "from the cache" : "built", o.surrogate().seconds()) : "",
        o.validationReplications() > 0 && d.planner().simulated()
            ? "every plan checked with " + o.validationReplications()
                + " replications of the full simulation, same seed and replications for all"
            : "not checked by full simulation"));
    md.append(verdict(d)).append("\n\n");
    md.append("## Plans compared\n\n");
    md.append(table(d));
    md.append("\nSurrogate figures come from ").append(o.surrogate().replications())
        .append(" replications of each opening simulated alone, summed replication by replication;")
        .append(" simulated figures from the full simulator with every opening together.")
        .append(" The scenario's own plan is read by the surrogate with the planner's templates and quarter starts,")
        .append(" so its surrogate figures are approximate; its simulated figures are exact.\n\n");
    md.append("## Openings\n\n| quarter | month | opening | mode | industries |\n|---|---|---|---|---|\n");
    for (Opening op : o.planner().openings()) {
      md.append(String.format(Locale.ROOT, "| Q%d | %d | %s | %s | %s |%n", (op.month() - 1) / 3 + 1, op.month(), op.id(),
          op.mode().key(), String.join(", ", op.industries())));
    }
    md.append("\n## Score explanation (the planner's plan, on the surrogate)\n\n");
    md.append("| constraint | hard | soft (yuan) | matches |\n|---|---:|---:|---:|\n");
    for (ExpansionPlanner.ConstraintTotal t : o.planner().constraints()) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d |%n", t.name(), t.hard(), Money.count(t.soft()),
          t.matches()));
    }
    md.append(String.format(Locale.ROOT, "| **score** | **%d** | **%s** | |%n%n", o.planner().score().hardScore(),
        Money.count(o.planner().score().softScore())));
    d.brokenRules().forEach((plan, rules) -> md.append("The ").append(plan).append(" breaks, on the surrogate: ")
        .append(rules).append(".\n\n"));
    md.append("Rules at their limit:\n\n");
    for (BindingRules.Rule r : d.binding()) {
      md.append("- ").append(r.binds() ? "**binds** " : "").append(r.name()).append(": ").append(r.detail()).append('\n');
    }
    if (d.hasPrevious()) {
      md.append("\n## Changes against the previous plan\n\n");
      if (d.changed().isEmpty()) {
        md.append("None.\n");
      }
      d.changed().forEach(c -> md.append("- ").append(c.getId()).append(": ").append(c.getPrevious()).append(" -> ")
          .append(c.getEntry()).append('\n'));
    }
    if (!o.notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      o.notes().forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  /** The plan against the greedy baseline, in a sentence. */
  public static String verdict(PlanDocument d) {
    PlanRow p = d.planner();
    PlanRow g = d.greedy();
    if (!p.simulated()) {
      return String.format(Locale.ROOT, "On the surrogate the plan is worth %s (greedy baseline: %s); "
          + "it was not checked by full simulation.", Money.yuan(p.surrogateNpv()), Money.yuan(g.surrogateNpv()));
    }
    if (p.versusGreedy() == null) {
      return String.format(Locale.ROOT, "Simulated, the plan is worth %s ± %s (expected NPV ± std. error); the greedy"
              + " baseline was not simulated. P(cash < 0) %s, P(cash < reserve) %s.",
          Money.yuan(p.simulatedNpv().mean()), Money.yuan(p.simulatedNpv().stdError()),
          Money.percent(p.simulatedBelowZero().mean()), Money.percent(p.simulatedBelowReserve().mean()));
    }
    double diff = p.versusGreedy().mean();
    return String.format(Locale.ROOT, "Simulated, the plan is worth %s ± %s (expected NPV ± std. error), %s ± %s %s the"
            + " greedy baseline's %s on the same futures; P(cash < 0) %s, P(cash < reserve) %s, lowest P%.0f cash %s"
            + " against a reserve of %s.",
        Money.yuan(p.simulatedNpv().mean()), Money.yuan(p.simulatedNpv().stdError()), Money.yuan(Math.abs(diff)),
        Money.yuan(p.versusGreedy().stdError()), diff >= 0 ? "above" : "below", Money.yuan(g.simulatedNpv().mean()),
        Money.percent(p.simulatedBelowZero().mean()),
        Money.percent(p.simulatedBelowReserve().mean()), (1 - d.outcome().rules().reserveConfidence()) * 100,
        Money.yuan(p.simulatedLowestQuantileCash()), Money.yuan(d.outcome().rules().reserve()));
  }

  /** The comparison table: a header row (empty corner, then the plans), then one row per figure. */
  static List<List<String>> comparison(PlanDocument d) {
    List<PlanRow> rows = d.rows();
    List<List<String>> t = new java.util.ArrayList<>();
    List<String> header = new java.util.ArrayList<>();
    header.add("");
    rows.forEach(r -> header.add(r.label()));
    t.add(header);
    line(t, rows, "openings", r -> String.valueOf(r.openings()));
    line(t, rows, "expected NPV, simulated (± std. error)",
        r -> r.simulated() ? Money.yuan(r.simulatedNpv().mean()) + " ± " + Money.yuan(r.simulatedNpv().stdError()) : "-");
    line(t, rows, "difference from greedy, simulated, paired (± std. error)", r -> r.versusGreedy() == null ? "-"
        : Money.yuan(r.versusGreedy().mean()) + " ± " + Money.yuan(r.versusGreedy().stdError()));
    line(t, rows, "expected NPV, surrogate", r -> Money.yuan(r.surrogateNpv()));
    line(t, rows, String.format(Locale.ROOT, "expected NPV, simulated on the surrogate's %d replications",
        d.outcome().surrogate().replications()), r -> Money.yuan(r.simulatedNpvOnSurrogateReplications()));
    String tail = String.format(Locale.ROOT, "mean NPV of the worst %s, simulated / surrogate",
        Money.percent(d.outcome().rules().cvarAlpha()));
    line(t, rows, tail, r -> Money.yuan(r.simulatedTailNpv()) + " / " + Money.yuan(r.surrogateTailNpv()));
    line(t, rows, "P(cash < 0), simulated / surrogate",
        r -> (r.simulated() ? Money.percent(r.simulatedBelowZero().mean()) : "-") + " / "
            + Money.percent(r.surrogateProbBelowZero()));
    line(t, rows, "P(cash < reserve), simulated / surrogate",
        r -> (r.simulated() ? Money.percent(r.simulatedBelowReserve().mean()) : "-") + " / "
            + Money.percent(r.surrogateProbBelowReserve()));
    line(t, rows, String.format(Locale.ROOT, "lowest P%.0f cash, simulated / surrogate (reserve %s)",
            (1 - d.outcome().rules().reserveConfidence()) * 100, Money.yuan(d.outcome().rules().reserve())),
        r -> Money.yuan(r.simulatedLowestQuantileCash()) + " / " + Money.yuan(r.surrogateLowestQuantileCash()));
    line(t, rows, "openings held back to the end / months late on average, simulated", r -> r.simulated()
        ? String.format(Locale.ROOT, "%.2f / %.1f", r.simulatedNeverOpened(), r.simulatedDelayMonths()) : "-");
    line(t, rows, "peak funding need P50 (P95), simulated", r -> r.simulated()
        ? Money.yuan(r.simulatedPeakFunding().p50()) + " (" + Money.yuan(r.simulatedPeakFunding().p95()) + ")" : "-");
    line(t, rows, "score on the surrogate (hard / soft)", r -> r.hardScore() + " / " + Money.yuan(r.softScore()));
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

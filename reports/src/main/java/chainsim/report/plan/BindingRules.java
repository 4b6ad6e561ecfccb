package chainsim.report.plan;

import chainsim.report.html.Labels;
import chainsim.report.html.Money;
import chainsim.expansion.ExpansionPlanner;
import chainsim.expansion.BindingProbe;
import chainsim.expansion.PlanOpenings;
import chainsim.expansion.solver.ExpansionConstraintProvider;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.domain.PlannedOpening;
import chainsim.expansion.surrogate.OpeningProfile;
import chainsim.scenario.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which hard rules bind a plan and how much room the others leave, in words. A rule binds when it
 * cuts off a better plan: a neighbouring plan that scores more and breaks it alone
 * ({@link BindingProbe}); a rule merely at its limit does not.
 */
final class BindingRules {
  private BindingRules() {}

  /** One rule: its name, whether it binds, and what the plan does against it. */
  record Rule(String name, boolean binds, String detail) {}

  /** @param w the words of the plan's pages, in the document's language */
  static List<Rule> of(ExpansionPlanner.Evaluated e, ExpansionRules rules, Labels w) {
    return of(e, rules, w, BindingProbe.gains(e.plan()));
  }

  /** @param gains what each binding rule cuts off, from {@link BindingProbe#gains} */
  static List<Rule> of(ExpansionPlanner.Evaluated e, ExpansionRules rules, Labels w, Map<String, Long> gains) {
    List<Rule> raw = atLimit(e, rules, w);
    List<String> names = List.of(ExpansionConstraintProvider.RESERVE_HELD_AT_CONFIDENCE,
        ExpansionConstraintProvider.CASH_BELOW_ZERO_WITHIN_APPETITE, ExpansionConstraintProvider.OPENINGS_PER_QUARTER_WITHIN_BANDWIDTH,
        ExpansionConstraintProvider.OPENINGS_PER_REGION_PER_QUARTER_WITHIN_BANDWIDTH,
        ExpansionConstraintProvider.DIRECT_BRANCH_PROVES_REGION_FIRST, ExpansionConstraintProvider.ONE_YEAR_CASH_FLOW_GATE,
        ExpansionConstraintProvider.EXCLUDED_CELLS_STAY_OUT);
    List<Rule> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Long gain = gains.get(names.get(i));
      Rule r = raw.get(i);
      out.add(gain == null ? new Rule(r.name(), false, r.detail())
          : new Rule(r.name(), true, r.detail() + "; " + w.format("rule.cutsOff", Money.yuan(gain))));
    }
    return out;
  }

  /**
   * The hard rules in {@link ExpansionConstraintProvider#NAMES} order (the baseline cash-risk rule left out),
   * with what the plan does against each; their flags say only whether the rule is at its limit,
   * and {@link #of} replaces them by whether the rule cuts off a better plan.
   */
  private static List<Rule> atLimit(ExpansionPlanner.Evaluated e, ExpansionRules rules, Labels w) {
    List<Rule> out = new ArrayList<>();
    List<PlannedOpening> openings = PlanOpenings.openings(e.plan().getCells());
    PlanRow row = PlanRow.of(e, rules, e);
    double margin = row.surrogateLowestQuantileCash() - rules.reserve();
    String level = String.format(Locale.ROOT, "P%.0f", (1 - rules.reserveConfidence()) * 100);
    out.add(new Rule(w.get("rule.reserve"), margin < 0.05 * rules.initialCash(),
        w.format("rule.reserve.detail", level,
            Money.yuan(row.surrogateLowestQuantileCash()), Money.yuan(rules.reserve()),
            Money.yuan(Math.abs(margin)), w.get(margin >= 0 ? "rule.reserve.spare" : "rule.reserve.short"))));
    int n = e.projection().replications();
    out.add(new Rule(w.get("rule.belowZero"),
        e.outlook().replicationsBelowZero() >= e.outlook().allowedBelowZero() && e.outlook().allowedBelowZero() > 0,
        w.format("rule.belowZero.detail",
            e.outlook().replicationsBelowZero(), n, Money.percent(rules.maxProbCashBelowZero()),
            e.outlook().allowedBelowZero())));
    Map<Integer, Integer> perQuarter = new TreeMap<>();
    openings.forEach(o -> perQuarter.merge(o.quarter(), 1, Integer::sum));
    List<String> full = new ArrayList<>();
    perQuarter.forEach((q, k) -> {
      if (k >= rules.maxOpeningsPerQuarter()) {
        full.add("Q" + q);
      }
    });
    out.add(new Rule(w.get("rule.perQuarter"), !full.isEmpty(),
        w.format("rule.perQuarter.detail", openings.size(), rules.quarters(), rules.maxOpeningsPerQuarter(),
            full.isEmpty() ? w.get("rule.perQuarter.none") : String.join(", ", full))));
    out.add(new Rule(w.get("rule.perRegion"), !openings.isEmpty()
        && rules.maxOpeningsPerRegionPerQuarter() <= 1,
        w.format("rule.perRegion.detail", rules.maxOpeningsPerRegionPerQuarter())));
    long channels = openings.stream().filter(o -> ExpansionRules.isChannel(o.mode())).count();
    out.add(new Rule(w.get("rule.directFirst"), rules.directBeforeChannels() && channels > 0,
        rules.directBeforeChannels()
            ? w.format("rule.directFirst.detail", channels)
            : w.get("rule.off")));
    int latest = 0;
    boolean never = false;
    for (PlannedOpening o : openings) {
      if (o.mode() != Mode.DIRECT || o.mask() == 0) {
        continue;
      }
      OpeningProfile p = o.context().surrogate().profile(o.region(), o.mode(), o.mask());
      int age = firstPositiveAge(p, o.context().surrogate().months() - o.month() + 1, rules.gateTrailingMonths());
      if (age < 0) {
        never = true;
      } else {
        latest = Math.max(latest, age);
      }
    }
    out.add(new Rule(w.get("rule.gate"), never || latest > rules.gateMonths(),
        rules.gateMonths() == 0 ? w.get("rule.off")
            : never ? w.get("rule.gate.never")
            : w.format("rule.gate.detail", latest, rules.gateMonths())));
    long excluded = e.plan().getCells().stream().filter(CellDecision::isExcluded).count();
    out.add(new Rule(w.get("rule.excluded"), false, w.format("rule.excluded.detail", excluded)));
    return out;
  }

  private static int firstPositiveAge(OpeningProfile p, int ages, int window) {
    for (int a = window; a <= ages; a++) {
      if (p.trailingOwnFlow(a, window) > 0) {
        return a;
      }
    }
    return -1;
  }
}

package chainsim.report.plan;

import chainsim.report.html.Money;
import chainsim.expansion.ExpansionPlanner;
import chainsim.expansion.PlanOpenings;
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

/** Which hard rules bind a plan (are at their limit) and how much room the others leave, in words. */
final class BindingRules {
  private BindingRules() {}

  /** One rule: its name, whether it binds, and what the plan does against it. */
  record Rule(String name, boolean binds, String detail) {}

  static List<Rule> of(ExpansionPlanner.Evaluated e, ExpansionRules rules) {
    List<Rule> out = new ArrayList<>();
    List<PlannedOpening> openings = PlanOpenings.openings(e.plan().getCells());
    PlanRow row = PlanRow.of(e, rules, e);
    double margin = row.surrogateLowestQuantileCash() - rules.reserve();
    String level = String.format(Locale.ROOT, "P%.0f", (1 - rules.reserveConfidence()) * 100);
    out.add(new Rule("reserve held at confidence", margin < 0.05 * rules.initialCash(),
        String.format(Locale.ROOT, "lowest %s cash %s against a reserve of %s (%s %s)", level,
            Money.yuan(row.surrogateLowestQuantileCash()), Money.yuan(rules.reserve()),
            Money.yuan(Math.abs(margin)), margin >= 0 ? "to spare" : "short")));
    int n = e.projection().replications();
    out.add(new Rule("cash below zero within appetite",
        e.outlook().replicationsBelowZero() >= e.outlook().allowedBelowZero() && e.outlook().allowedBelowZero() > 0,
        String.format(Locale.ROOT, "%d of %d surrogate replications below zero; the cap (%s) allows %d",
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
    out.add(new Rule("openings per quarter within bandwidth", !full.isEmpty(),
        String.format(Locale.ROOT, "%d openings over %d quarters; at the limit of %d: %s", openings.size(),
            rules.quarters(), rules.maxOpeningsPerQuarter(), full.isEmpty() ? "none" : String.join(", ", full))));
    out.add(new Rule("openings per region per quarter within bandwidth", !openings.isEmpty()
        && rules.maxOpeningsPerRegionPerQuarter() <= 1,
        String.format(Locale.ROOT, "at most %d per region and quarter", rules.maxOpeningsPerRegionPerQuarter())));
    long channels = openings.stream().filter(o -> ExpansionRules.isChannel(o.mode())).count();
    out.add(new Rule("direct branch proves region first", rules.directBeforeChannels() && channels > 0,
        rules.directBeforeChannels()
            ? channels + " channel openings, each after a direct branch in its region"
            : "off in this scenario"));
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
    out.add(new Rule("one-year cash-flow gate", never || latest > rules.gateMonths(),
        rules.gateMonths() == 0 ? "off in this scenario"
            : never ? "a direct branch is never projected cash-flow positive: nothing gated may follow it a year on"
            : String.format(Locale.ROOT, "every direct branch projected cash-flow positive by month %d of its life"
                + " (the gate looks at month %d)", latest, rules.gateMonths())));
    long excluded = e.plan().getCells().stream().filter(CellDecision::isExcluded).count();
    out.add(new Rule("excluded cells stay out", false, excluded + " cells excluded by the scenario"));
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

package chainsim.actuals;

import chainsim.accounting.Account;
import chainsim.actuals.ActualsReader.Located;
import chainsim.scenario.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * marketing.csv against the other files, per month and entity, where both sides are given:
 *
 * <ul>
 *   <li>the leads of the entity's lines add up to funnel.csv's {@code leads} (leads by source are
 *       the same leads, split);
 *   <li>the spend of its lines, when every line's spend is given, adds up to costs.csv's
 *       {@code marketing} (within {@value ActualsTotals#TOLERANCE_CNY} yuan), when costs.csv has that
 *       row.
 * </ul>
 *
 * A month and entity without rows in marketing.csv is not reported by line: nothing to check.
 */
final class ActualsMarketingTotals {
  private ActualsMarketingTotals() {}

  /** One month and entity of marketing.csv: its first row, the leads and the spend of its lines. */
  private static final class ByLine {
    final Located<Actuals.Marketing> first;
    long leads;
    double spend;
    boolean spendMissing;

    ByLine(Located<Actuals.Marketing> first) {
      this.first = first;
    }
  }

  static void check(List<Located<Actuals.Marketing>> marketing, List<Located<Actuals.Funnel>> funnel,
      List<Located<Actuals.Cost>> costs, List<Problem> problems) {
    Map<String, ByLine> byKey = new LinkedHashMap<>();
    for (Located<Actuals.Marketing> r : marketing) {
      Actuals.Marketing m = r.value();
      ByLine b = byKey.computeIfAbsent(key(m), k -> new ByLine(r));
      b.leads += m.leads();
      if (m.spendCny() == null) {
        b.spendMissing = true;
      } else {
        b.spend += m.spendCny();
      }
    }
    for (Located<Actuals.Funnel> f : funnel) {
      ByLine b = byKey.get(key(f.value()));
      if (b != null && f.value().leads() != null && b.leads != f.value().leads()) {
        problems.add(b.first.problem("leads", "leads by marketing line add up to " + b.leads + " in "
            + f.value().month() + " for " + f.value().entity() + ", funnel.csv has " + f.value().leads() + " (line "
            + f.line() + ")"));
      }
    }
    for (Located<Actuals.Cost> c : costs) {
      if (c.value().account() != Account.MARKETING) {
        continue;
      }
      ByLine b = byKey.get(key(c.value()));
      if (b != null && !b.spendMissing && Math.abs(b.spend - c.value().amountCny()) > ActualsTotals.TOLERANCE_CNY) {
        problems.add(b.first.problem("spend_cny", "spend by marketing line adds up to " + yuan(b.spend) + " in "
            + c.value().month() + " for " + c.value().entity() + ", costs.csv has " + yuan(c.value().amountCny())
            + " of marketing (line " + c.line() + ")"));
      }
    }
  }

  private static String key(Actuals.Monthly row) {
    return row.entity() + "|" + row.month();
  }

  private static String yuan(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}

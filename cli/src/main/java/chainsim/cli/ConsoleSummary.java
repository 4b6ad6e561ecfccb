package chainsim.cli;

import chainsim.report.html.Money;
import chainsim.engine.Simulation;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.montecarlo.Stats;
import chainsim.world.EntitySpec;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The headline figures of a run, as the terminal shows them after {@code chainsim run}. */
final class ConsoleSummary {
  private final Simulation simulation;
  private final MonteCarloResult result;

  ConsoleSummary(Simulation simulation, MonteCarloResult result) {
    this.simulation = simulation;
    this.result = result;
  }

  void print(PrintWriter out) {
    var scenario = simulation.scenario();
    out.printf(Locale.ROOT, "%s: %d replications, seed %d, %d months from %s%n%n", scenario.name(),
        result.replications(), result.seed(), result.months(), scenario.horizon().start());
    out.printf(Locale.ROOT, "%-34s %12s   %s%n", "Headline", "P50", "P5 .. P95");
    Map<String, Stats> chain = result.chain();
    money(out, String.format(Locale.ROOT, "NPV at %.0f%% a year", scenario.capital().discountRateAnnual() * 100),
        chain.get("npv"));
    money(out, "Peak funding need", chain.get("peak_funding_need"));
    money(out, "Lowest cash", chain.get("min_cash"));
    probability(out, "P(cash < 0)", chain.get("cash_below_zero"));
    probability(out, "P(cash < reserve " + money(scenario.capital().reserveAmount()) + ")",
        chain.get("cash_below_reserve"));
    Stats positive = chain.get("cash_flow_positive_month");
    out.printf(Locale.ROOT, "%-34s %12s   %s   (never in %s)%n", "Cash-flow positive from month",
        month(positive.p50()), month(positive.p5()) + " .. " + month(positive.p95()), percent(positive.missingShare()));
    var lifetime = scenario.clients().lifetimeValue();
    double healthy = lifetime.healthyLtvCac();
    ratio(out, "LTV / CAC (healthy at " + (healthy == Math.rint(healthy) ? Long.toString((long) healthy)
        : Double.toString(healthy)) + " or more)", chain.get("ltv_cac"));
    Stats fewExits = chain.get("ltv_few_exits");
    if (fewExits != null && fewExits.n() > 0 && fewExits.mean() > 0) {
      out.printf(Locale.ROOT, "  warning: in %s of replications LTV rests on fewer than %d clients lost%n",
          percent(fewExits.mean()), lifetime.minExits());
    }
    count(out, "Clients won", chain.get("clients_won"));
    count(out, "Active clients at the end", chain.get("clients_active_end"));
    out.println();
    out.printf(Locale.ROOT, "%-24s %-8s %7s   %-24s %-24s%n", "Branch / channel", "mode", "opened",
        "break-even month P50 (P5..P95), never", "payback month P50, never");
    for (EntitySpec e : simulation.world().entities()) {
      Map<String, Stats> f = result.entities().get(e.id());
      double opened = f.get("opened").mean();
      boolean applies = e.sells(); // a partner without a sales desk has no books of the company's
      out.printf(Locale.ROOT, "%-24s %-8s %7s   %-38s %-24s%n", e.id(), e.mode().key(), percent(opened),
          applies ? monthRange(f.get("breakeven_month"), f.get("breakeven_reached"), opened) : "n/a",
          applies ? monthRange(f.get("payback_month"), f.get("payback_reached"), opened) : "n/a");
    }
  }

  /** Where it opened: the month it got there, and the share of its openings that never did. */
  private static String monthRange(Stats s, Stats reached, double opened) {
    if (opened <= 0) {
      return "-";
    }
    double never = 1 - reached.mean();
    if (s.n() == 0) {
      return "never";
    }
    return month(s.p50()) + " (" + month(s.p5()) + ".." + month(s.p95()) + "), " + percent(never);
  }

  private static void money(PrintWriter out, String label, Stats s) {
    out.printf(Locale.ROOT, "%-34s %12s   %s .. %s%n", label, money(s.p50()), money(s.p5()), money(s.p95()));
  }

  private static void probability(PrintWriter out, String label, Stats s) {
    out.printf(Locale.ROOT, "%-34s %12s   (std. error %s)%n", label, percent(s.mean()), percent(s.stdError()));
  }

  private static void ratio(PrintWriter out, String label, Stats s) {
    out.printf(Locale.ROOT, "%-34s %12.1f   %.1f .. %.1f%n", label, s.p50(), s.p5(), s.p95());
  }

  private static void count(PrintWriter out, String label, Stats s) {
    out.printf(Locale.ROOT, "%-34s %12.0f   %.0f .. %.0f%n", label, s.p50(), s.p5(), s.p95());
  }

  static String money(double yuan) {
    return Money.yuan(yuan);
  }

  private static String percent(double share) {
    return Money.percent(share);
  }
  private static String month(double m) {
    return Double.isNaN(m) ? "-" : String.format(Locale.ROOT, "%.0f", m);
  }
}

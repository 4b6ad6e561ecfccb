package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import java.time.YearMonth;

/**
 * The months the actuals cover, from the scenario's first month to the as-of month: index 0 is the
 * horizon's start. Observations hold one entry per month of this axis, so a month without rows
 * is an entry of zero trials (or zero exposure), which carries no information.
 */
record MonthAxis(YearMonth start, YearMonth asOf) {

  static MonthAxis of(chainsim.scenario.Scenario scenario, Actuals actuals) {
    return new MonthAxis(YearMonth.parse(scenario.horizon().start()), actuals.asOf());
  }

  int months() {
    return (int) (start.until(asOf, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  /** The index of a month, or -1 outside the axis. */
  int index(YearMonth month) {
    long i = start.until(month, java.time.temporal.ChronoUnit.MONTHS);
    return i < 0 || i >= months() ? -1 : (int) i;
  }
}

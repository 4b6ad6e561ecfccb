package chainsim.report.forecast;

import chainsim.metrics.Unit;
import chainsim.rebalance.forecast.Driver;
import chainsim.rebalance.forecast.EntityDrivers;
import chainsim.report.html.Labels;
import chainsim.report.html.Lang;
import chainsim.report.html.Numbers;

/** The forecast check in the reader's words: numbers, series and drivers, the drivers sentence. Shared by Markdown and HTML. */
final class ForecastWords {
  final Labels labels;
  final Numbers numbers;

  ForecastWords(Lang lang) {
    this.labels = Labels.of(lang).with(ForecastWords.class, "labels");
    this.numbers = new Numbers(lang);
  }

  /** A value of a series in its unit. */
  String value(Unit unit, double v) {
    return switch (unit) {
      case CNY -> numbers.money(v);
      case COUNT -> numbers.plain(v);
      case RATIO -> numbers.percent(v);
      default -> numbers.plain(v);
    };
  }

  String metric(String metric) {
    return labels.getOr("metric." + metric, metric);
  }

  String driver(Driver d) {
    return labels.get("driver." + d.key());
  }

  String period(EntityDrivers d) {
    return d.period() == EntityDrivers.Period.AS_OF ? labels.format("period.as_of", d.to())
        : labels.format("period.to_date", d.from(), d.to());
  }

  /** A driver's factor, formatted for what it measures. */
  String factor(Driver d, double v) {
    return switch (d) {
      case CONVERSION, REPEAT, DELIVERY -> numbers.percent(v);
      case PRICE -> numbers.money(v);
      default -> numbers.plain(v);
    };
  }

  /** A signed change as a percentage of the forecast. */
  String change(double actual, double forecast) {
    if (forecast == 0 || !Double.isFinite(actual)) {
      return Numbers.MISSING;
    }
    double c = actual / forecast - 1;
    return (c > 0 ? "+" : "") + numbers.percent(c);
  }

  /** The sentence naming the largest driver of an entity's revenue miss over a period. */
  String sentence(EntityDrivers d) {
    EntityDrivers.Target r = d.revenue();
    Driver largest = r.largest();
    if (largest == null) {
      return labels.format("sentence.no_miss", d.entity(), period(d), numbers.money(r.actual()));
    }
    EntityDrivers.Factor f = d.factor(largest.key());
    Driver signings = d.signings().largest();
    return labels.format("sentence.drivers", d.entity(), period(d), numbers.money(r.actual()),
        numbers.money(r.forecast()), change(r.actual(), r.forecast()), numbers.plain(d.signings().actual()),
        numbers.plain(d.signings().forecast()), driver(largest),
        f == null ? Numbers.MISSING : factor(largest, f.actual()),
        f == null ? Numbers.MISSING : factor(largest, f.forecast()),
        signedMoney(r.contributions().get(largest)), numbers.percent(r.share(largest)),
        signings == null ? Numbers.MISSING : driver(signings));
  }

  String signedMoney(double v) {
    return (v > 0 ? "+" : "") + numbers.money(v);
  }
}

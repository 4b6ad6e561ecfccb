package chainsim.report.runreport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code monthly.csv}: every chain series, month by month, as mean and percentiles across replications. */
public final class Monthly {
  /** One series: its unit and, per month (index 0 is month 1), the mean and P5..P95. */
  public record Series(String metric, String unit, double[] mean, double[] p5, double[] p25, double[] p50,
      double[] p75, double[] p95) {

    /** The sum over the horizon of the monthly means: the expected total. */
    public double meanTotal() {
      double sum = 0;
      for (double v : mean) {
        if (Double.isFinite(v)) {
          sum += v;
        }
      }
      return sum;
    }
  }

  static final List<String> COLUMNS = List.of("metric", "unit", "month", "calendar_month", "mean", "p5", "p25",
      "p50", "p75", "p95");

  private final Map<String, Series> series;
  private final List<String> calendar;

  private Monthly(Map<String, Series> series, List<String> calendar) {
    this.series = series;
    this.calendar = calendar;
  }

  static Monthly read(Path file, String start, int months) throws IOException {
    Map<String, Series> series = new LinkedHashMap<>();
    Csv.read(file, COLUMNS, row -> {
      int m = row.integer("month");
      if (m < 1 || m > months) {
        throw new RunDirectoryException(file + ": month " + m + " outside the horizon of " + months);
      }
      Series s = series.computeIfAbsent(row.text("metric"), name -> new Series(name, row.text("unit"),
          nan(months), nan(months), nan(months), nan(months), nan(months), nan(months)));
      s.mean()[m - 1] = row.number("mean");
      s.p5()[m - 1] = row.number("p5");
      s.p25()[m - 1] = row.number("p25");
      s.p50()[m - 1] = row.number("p50");
      s.p75()[m - 1] = row.number("p75");
      s.p95()[m - 1] = row.number("p95");
    });
    List<String> calendar = new ArrayList<>();
    YearMonth first = YearMonth.parse(start);
    for (int m = 0; m < months; m++) {
      calendar.add(first.plusMonths(m).toString());
    }
    return new Monthly(Collections.unmodifiableMap(series), Collections.unmodifiableList(calendar));
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /** The calendar month of each month index, {@code 2027-01} first. */
  public List<String> calendar() {
    return calendar;
  }

  public boolean has(String metric) {
    return series.containsKey(metric);
  }

  /** A series, or null. */
  public Series get(String metric) {
    return series.get(metric);
  }

  /** Every series, in file order. */
  public Map<String, Series> all() {
    return series;
  }

  /** Series named {@code prefix + key} with no further dot in the key, by key, in file order. */
  public Map<String, Series> family(String prefix) {
    Map<String, Series> out = new LinkedHashMap<>();
    series.forEach((name, s) -> {
      if (name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0) {
        out.put(name.substring(prefix.length()), s);
      }
    });
    return out;
  }
}

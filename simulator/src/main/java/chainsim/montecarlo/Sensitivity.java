package chainsim.montecarlo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How much each uncertain parameter drives the outcome: the Spearman rank correlation of its
 * replication draws with NPV (Commons Math), largest in absolute value first. Parameters that did
 * not vary are left out.
 */
public final class Sensitivity {
  /** One parameter's rank correlation with the outcome. */
  public record Entry(String parameter, double rankCorrelation) {}

  private Sensitivity() {}

  public static List<Entry> of(List<String> parameters, double[][] draws, double[] outcome) {
    List<Entry> entries = new ArrayList<>();
    if (outcome.length < 3) {
      return entries;
    }
    SpearmansCorrelation spearman = new SpearmansCorrelation();
    for (int p = 0; p < parameters.size(); p++) {
      double[] x = new double[outcome.length];
      for (int r = 0; r < outcome.length; r++) {
        x[r] = draws[r][p];
      }
      if (constant(x) || constant(outcome)) {
        continue;
      }
      entries.add(new Entry(parameters.get(p), spearman.correlation(x, outcome)));
    }
    entries.sort(Comparator.comparingDouble((Entry e) -> -Math.abs(e.rankCorrelation()))
        .thenComparing(Entry::parameter));
    return entries;
  }

  private static boolean constant(double[] x) {
    for (double v : x) {
      if (v != x[0]) {
        return false;
      }
    }
    return true;
  }
}

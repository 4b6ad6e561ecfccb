package chainsim.montecarlo;

import chainsim.metrics.ReplicationSummary;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every replication's headline figures (a {@link ReplicationSummary}: ~46 chain figures and ~15
 * per entity for national) as one row of doubles per replication, instead of a map of boxed
 * doubles per replication (~25 KB each, a quarter of a gigabyte for 10,000 replications). The
 * columns are the figures in the order first seen; a figure a replication lacks, or gives as
 * null, reads NaN, exactly as the maps answered before.
 */
final class FigureTable {
  private final Map<String, Integer> chainColumns = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> entityColumns = new LinkedHashMap<>();
  private final double[][] rows;
  private int width;

  FigureTable(int replications) {
    this.rows = new double[replications][];
  }

  /** Keeps the figures of one replication. */
  void put(int replication, ReplicationSummary summary) {
    double[] row = new double[Math.max(width, 8)];
    Arrays.fill(row, Double.NaN);
    for (Map.Entry<String, Double> e : summary.chain().entrySet()) {
      row = set(row, column(chainColumns, e.getKey()), e.getValue());
    }
    for (Map.Entry<String, Map<String, Double>> entity : summary.entities().entrySet()) {
      Map<String, Integer> columns = entityColumns.computeIfAbsent(entity.getKey(), k -> new LinkedHashMap<>());
      for (Map.Entry<String, Double> e : entity.getValue().entrySet()) {
        row = set(row, column(columns, e.getKey()), e.getValue());
      }
    }
    // rows kept before a new figure was first seen are shorter: a column past a row's end reads NaN
    rows[replication] = width == row.length ? row : Arrays.copyOf(row, width);
  }

  /** The values of a chain figure across replications, by index; NaN where a replication lacks it. */
  double[] chain(String key) {
    return column(chainColumns.get(key));
  }

  /** The values of an entity's figure across replications, by index; NaN where a replication lacks it. */
  double[] entity(String entity, String key) {
    Map<String, Integer> columns = entityColumns.get(entity);
    return column(columns == null ? null : columns.get(key));
  }

  private double[] column(Integer column) {
    double[] values = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      double[] row = rows[r];
      values[r] = column == null || column >= row.length ? Double.NaN : row[column];
    }
    return values;
  }

  private int column(Map<String, Integer> columns, String key) {
    Integer c = columns.get(key);
    if (c == null) {
      c = width++;
      columns.put(key, c);
    }
    return c;
  }

  private static double[] set(double[] row, int column, Double value) {
    double[] out = row;
    if (column >= row.length) {
      out = Arrays.copyOf(row, Math.max(column + 1, row.length * 2));
      Arrays.fill(out, row.length, out.length, Double.NaN);
    }
    out[column] = value == null ? Double.NaN : value;
    return out;
  }
}

package chainsim.montecarlo;

import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.world.EntitySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every replication on its own, for analysts who slice the distribution themselves (the way @RISK
 * users export every iteration): its drawn parameters, its chain headline figures, the month of
 * its lowest cash and each entity's opening, break-even and payback months. Takes replications in
 * any order from any thread and keeps them by index; keeps only scalars (a few hundred a
 * replication), never the monthly series.
 */
public final class ReplicationTable {
  /** The entity figures kept, in column order. */
  public static final List<String> ENTITY_FIGURES = List.of("opening_month", "breakeven_month", "payback_month");

  private final List<String> parameters;
  private final List<EntitySpec> entities;
  private final int cashSeries;
  private final Row[] rows;
  /** One list per distinct key order, shared by the rows that have it. */
  private final Map<List<String>, List<String>> keyOrders = new HashMap<>();

  /** One replication's values; {@code chainKeys} name {@code chain}'s entries in order. */
  private record Row(double[] parameters, List<String> chainKeys, double[] chain, int lowestCashMonth,
      double[] entities) {}

  public ReplicationTable(Simulation simulation, int replications) {
    this.parameters = List.copyOf(simulation.uncertainty().replicationPaths());
    this.entities = simulation.world().entities();
    this.cashSeries = simulation.layout().index("cash.balance");
    this.rows = new Row[replications];
  }

  /** Takes a finished replication (its series are read for the month of the lowest cash, not kept). */
  public synchronized void accept(ReplicationResult r) {
    Map<String, Double> chain = r.summary().chain();
    List<String> keys = keyOrders.computeIfAbsent(List.copyOf(chain.keySet()), k -> k);
    double[] values = new double[keys.size()];
    for (int k = 0; k < values.length; k++) {
      Double v = chain.get(keys.get(k));
      values[k] = v == null ? Double.NaN : v;
    }
    double[] perEntity = new double[entities.size() * ENTITY_FIGURES.size()];
    for (int e = 0; e < entities.size(); e++) {
      Map<String, Double> figures = r.summary().entities().get(entities.get(e).id());
      for (int f = 0; f < ENTITY_FIGURES.size(); f++) {
        Double v = figures == null ? null : figures.get(ENTITY_FIGURES.get(f));
        perEntity[e * ENTITY_FIGURES.size() + f] = v == null ? Double.NaN : v;
      }
    }
    Double minCash = chain.get("min_cash");
    rows[r.replication()] = new Row(r.parameters().clone(), keys, values,
        lowestCashMonth(r.series()[cashSeries], minCash == null ? Double.NaN : minCash), perEntity);
  }

  /**
   * The first month whose closing balance is the replication's lowest cash; 0 when no month closed
   * below the opening capital (the lowest cash is the start's).
   */
  static int lowestCashMonth(double[] balance, double minCash) {
    int month = 0;
    double lowest = Double.POSITIVE_INFINITY;
    for (int m = 0; m < balance.length; m++) {
      if (balance[m] < lowest) {
        lowest = balance[m];
        month = m + 1;
      }
    }
    return lowest <= minCash ? month : 0;
  }

  public int replications() {
    return rows.length;
  }

  /** The key paths of the parameters drawn per replication, in the sensitivity table's order. */
  public List<String> parameters() {
    return parameters;
  }

  /** The chain's headline figures, in the order the replications report them. */
  public synchronized List<String> chainFigures() {
    Set<String> keys = new LinkedHashSet<>();
    for (Row row : rows) {
      if (row != null) {
        keys.addAll(row.chainKeys());
      }
    }
    return new ArrayList<>(keys);
  }

  /** The entities, in the world's order. */
  public List<EntitySpec> entities() {
    return entities;
  }

  /** Replication {@code r}'s draw of parameter {@code p} (index into {@link #parameters()}). */
  public synchronized double parameter(int r, int p) {
    return row(r).parameters()[p];
  }

  /** Replication {@code r}'s chain figure, NaN where it does not exist. */
  public synchronized double chain(int r, String figure) {
    Row row = row(r);
    int k = row.chainKeys().indexOf(figure);
    return k < 0 ? Double.NaN : row.chain()[k];
  }

  /** Replication {@code r}'s month of the lowest cash (0: the start). */
  public synchronized int lowestCashMonth(int r) {
    return row(r).lowestCashMonth();
  }

  /** Replication {@code r}'s figure ({@link #ENTITY_FIGURES}) of entity {@code e}, NaN where it does not exist. */
  public synchronized double entity(int r, int e, String figure) {
    return row(r).entities()[e * ENTITY_FIGURES.size() + ENTITY_FIGURES.indexOf(figure)];
  }

  private Row row(int r) {
    Row row = rows[r];
    if (row == null) {
      throw new IllegalStateException("replication " + r + " has not finished");
    }
    return row;
  }
}

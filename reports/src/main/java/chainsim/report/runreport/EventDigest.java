package chainsim.report.runreport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code events.csv} folded into one row per event type and branch: in how many replications it
 * happened, how often, from when. A national run has hundreds of thousands of events; a reader
 * (and the page) needs their pattern, not every line.
 */
public final class EventDigest {
  /** Types in the order a reader cares about them: gates and money first, routine last. */
  static final List<String> TYPE_ORDER = List.of("gate_blocked", "reserve_blocked", "cash_below_zero",
      "cash_below_reserve", "spend_paused", "spend_resumed", "recalls", "sla_breach", "swing_alert",
      "order_cancelled", "opened");

  /**
   * @param replications replications where it happened at least once
   * @param events events over all replications
   * @param example the detail of the first such event (replication and month order)
   */
  public record Row(String type, String entity, int replications, int events, int firstMonth, int medianMonth,
      String example) {}

  private final List<Row> rows;
  private final Map<String, BitSet> replicationSets;

  private EventDigest(List<Row> rows, Map<String, BitSet> replicationSets) {
    this.rows = List.copyOf(rows);
    this.replicationSets = replicationSets;
  }

  private static final class Tally {
    final BitSet replications = new BitSet();
    final int[] byMonth;
    int events;
    String example;

    Tally(int months) {
      byMonth = new int[months + 2];
    }
  }

  /**
   * @param entityOrder the plan's entity ids, for the order of rows ({@code chain} first)
   */
  static EventDigest read(Path file, int months, List<String> entityOrder) throws IOException {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    Csv.read(file, List.of("replication", "month", "entity", "type", "detail"), row -> {
      String key = row.text("type") + "\u0000" + row.text("entity");
      Tally t = tallies.computeIfAbsent(key, k -> new Tally(months));
      t.replications.set(row.integer("replication"));
      int month = Math.max(0, Math.min(months + 1, row.integer("month")));
      t.byMonth[month]++;
      t.events++;
      if (t.example == null) {
        t.example = row.text("detail");
      }
    });
    List<Row> rows = new ArrayList<>();
    Map<String, BitSet> sets = new LinkedHashMap<>();
    tallies.forEach((key, t) -> {
      sets.put(key, t.replications);
      String[] parts = key.split("\u0000", 2);
      rows.add(new Row(parts[0], parts[1], t.replications.cardinality(), t.events, first(t.byMonth),
          median(t.byMonth, t.events), t.example));
    });
    rows.sort(Comparator.comparingInt((Row r) -> typeRank(r.type())).thenComparing(Row::type)
        .thenComparingInt(r -> entityRank(r.entity(), entityOrder)).thenComparing(Row::entity));
    return new EventDigest(rows, sets);
  }

  private static int typeRank(String type) {
    int i = TYPE_ORDER.indexOf(type);
    return i < 0 ? TYPE_ORDER.size() : i;
  }

  private static int entityRank(String entity, List<String> order) {
    if (entity.equals("chain")) {
      return -1;
    }
    int i = order.indexOf(entity);
    return i < 0 ? order.size() : i;
  }

  private static int first(int[] byMonth) {
    for (int m = 0; m < byMonth.length; m++) {
      if (byMonth[m] > 0) {
        return m;
      }
    }
    return 0;
  }

  /** The lower median month of the events. */
  private static int median(int[] byMonth, int events) {
    int seen = 0;
    for (int m = 0; m < byMonth.length; m++) {
      seen += byMonth[m];
      if (seen * 2 >= events) {
        return m;
      }
    }
    return 0;
  }

  /** Every row, gates and money first. */
  public List<Row> rows() {
    return rows;
  }

  /** Replications where any of the types happened to an entity. */
  public int replicationsWith(String entity, String... types) {
    BitSet union = new BitSet();
    for (String type : types) {
      BitSet set = replicationSets.get(type + "\u0000" + entity);
      if (set != null) {
        union.or(set);
      }
    }
    return union.cardinality();
  }
}

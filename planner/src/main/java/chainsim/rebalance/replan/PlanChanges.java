package chainsim.rebalance.replan;

import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What moved between the plan in force and the re-plan, opening by opening: matched by region and
 * mode (the planner names its openings by region, mode and quarter, so an opening moved to
 * another quarter keeps its region and mode but not its id), then compared on month and industries.
 */
public final class PlanChanges {
  /** How an opening changed. */
  public enum Kind {
    KEPT, MOVED, RESCOPED, ADDED, DROPPED;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * @param before the opening in the plan in force (null when added)
   * @param after the opening in the re-plan (null when dropped)
   */
  public record Change(String region, Mode mode, Kind kind, Opening before, Opening after) {
    public boolean changed() {
      return kind != Kind.KEPT;
    }
  }

  private PlanChanges() {}

  /**
   * The changes, by region, then mode, then the month of the opening (before, else after). An
   * opening's industries are compared as served: none listed means every industry of the scenario
   * with firms in its region.
   */
  public static List<Change> between(Scenario scenario, List<Opening> before, List<Opening> after) {
    Map<String, List<Opening>> old = byRegionAndMode(before);
    Map<String, List<Opening>> now = byRegionAndMode(after);
    Map<String, Boolean> keys = new TreeMap<>();
    old.keySet().forEach(k -> keys.put(k, true));
    now.keySet().forEach(k -> keys.put(k, true));
    List<Change> out = new ArrayList<>();
    for (String key : keys.keySet()) {
      List<Opening> a = old.getOrDefault(key, List.of());
      List<Opening> b = now.getOrDefault(key, List.of());
      int n = Math.max(a.size(), b.size());
      for (int i = 0; i < n; i++) {
        Opening x = i < a.size() ? a.get(i) : null;
        Opening y = i < b.size() ? b.get(i) : null;
        Opening any = x != null ? x : y;
        out.add(new Change(any.region(), any.mode(), kind(scenario, x, y), x, y));
      }
    }
    out.sort(Comparator.comparing(Change::region).thenComparing(c -> c.mode().ordinal())
        .thenComparingInt(c -> (c.before() != null ? c.before() : c.after()).month()));
    return out;
  }

  private static Kind kind(Scenario scenario, Opening x, Opening y) {
    if (x == null) {
      return Kind.ADDED;
    }
    if (y == null) {
      return Kind.DROPPED;
    }
    if (!Objects.equals(x.month(), y.month())) {
      return Kind.MOVED;
    }
    return served(scenario, x).equals(served(scenario, y)) ? Kind.KEPT : Kind.RESCOPED;
  }

  private static Set<String> served(Scenario scenario, Opening o) {
    if (!o.industries().isEmpty()) {
      return new TreeSet<>(o.industries());
    }
    Set<String> all = new TreeSet<>();
    scenario.region(o.region()).ifPresent(r -> r.firms().forEach((industry, firms) -> {
      if (firms > 0) {
        all.add(industry);
      }
    }));
    return all;
  }

  private static Map<String, List<Opening>> byRegionAndMode(List<Opening> openings) {
    Map<String, List<Opening>> out = new LinkedHashMap<>();
    for (Opening o : openings) {
      out.computeIfAbsent(o.region() + "\u0000" + o.mode().ordinal(), k -> new ArrayList<>()).add(o);
    }
    out.values().forEach(l -> l.sort(Comparator.comparingInt(Opening::month)));
    return out;
  }
}

package chainsim.expansion.solver;

import static chainsim.expansion.solver.TinySurrogate.cell;
import static chainsim.expansion.solver.TinySurrogate.constant;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.expansion.BindingProbe;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionContext;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.scenario.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Binds" is said of a rule only when it cuts off a better plan: a neighbour worth more that
 * breaks that rule alone.
 */
class BindingProbeTest {
  /** Four openings a quarter, one per region and quarter, no ordering, no gate, no cap on running dry. */
  private static final ExpansionRules RULES = new ExpansionRules(4, 4, 1, false, 0, Set.of(), TinySurrogate.INITIAL,
      200_000, 0.75, false, 0.25, 0.0, 1.0, 0.0);

  /** Every opening earns 10,000 a month from its second month: 110,000 from quarter 1, 80,000 from quarter 2. */
  private static ExpansionContext world(List<String> regions, List<String> industries) {
    TinySurrogate s = new TinySurrogate().rules(RULES);
    for (String region : regions) {
      for (Mode mode : List.of(Mode.DIRECT, Mode.PARTNER)) {
        s.region(region, industries, mode, constant(0, 10_000), flat());
      }
    }
    return s.context();
  }

  private static double[] flat() {
    double[] a = new double[TinySurrogate.MONTHS];
    java.util.Arrays.fill(a, 1.0);
    return a;
  }

  private static ExpansionPlan plan(ExpansionContext c, List<CellDecision> cells) {
    List<Entry> entries = new ArrayList<>();
    entries.add(Entry.NOT_ENTERED);
    for (Mode mode : List.of(Mode.DIRECT, Mode.PARTNER)) {
      for (int q = 1; q <= 4; q++) {
        entries.add(Entry.of(mode, q));
      }
    }
    return new ExpansionPlan(c, entries, new ArrayList<>(cells));
  }

  @Test
  void openingsPerRegionPerQuarterBindsWhenASecondOpeningInTheSameQuarterWouldBeWorthMore() {
    // Suzhou-like region a with two industries: x by a direct branch in Q1, y by a partner in Q2
    // (80,000); the partner in Q1 would be worth 110,000, but makes two openings in a in Q1
    ExpansionContext c = world(List.of("a"), List.of("x", "y"));
    ExpansionPlan plan = plan(c, List.of(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)),
        cell(c, "a", "y", 1, Entry.of(Mode.PARTNER, 2))));
    Map<String, Long> gains = BindingProbe.gains(plan);
    assertThat(gains).containsExactly(Map.entry(ExpansionConstraintProvider.OPENINGS_PER_REGION_PER_QUARTER_WITHIN_BANDWIDTH,
        30_000L));
    // the probe leaves the plan as it was
    assertThat(plan.getCells()).extracting(CellDecision::getEntry)
        .containsExactly(Entry.of(Mode.DIRECT, 1), Entry.of(Mode.PARTNER, 2));
  }

  @Test
  void withOneCellPerRegionTheRulePerRegionAndQuarterNeverBinds() {
    // one candidate industry per region: no move can put two openings in a region in a quarter
    ExpansionContext c = world(List.of("a", "b"), List.of("x"));
    ExpansionPlan plan = plan(c, List.of(cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)),
        cell(c, "b", "x", 0, Entry.of(Mode.DIRECT, 2))));
    assertThat(BindingProbe.gains(plan)).isEmpty();
  }
}

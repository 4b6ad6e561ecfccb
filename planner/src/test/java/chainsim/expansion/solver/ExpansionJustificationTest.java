package chainsim.expansion.solver;

import static chainsim.expansion.solver.TinySurrogate.cell;
import static chainsim.expansion.solver.TinySurrogate.constant;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionContext;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.scenario.Mode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/** What the expansion constraints say about each match: which openings or cells, against what limit. */
class ExpansionJustificationTest {
  private static final SolutionManager<ExpansionPlan, HardSoftLongScore> DEFINITION = SolutionManager.create(
      SolverFactory.create(new SolverConfig().withSolutionClass(ExpansionPlan.class)
          .withEntityClasses(CellDecision.class).withConstraintProviderClass(ExpansionConstraintProvider.class)));

  private static List<ConstraintJustification> justifications(String constraint, ExpansionContext c,
      CellDecision... cells) {
    ExpansionPlan plan = new ExpansionPlan(c, List.of(), Arrays.asList(cells));
    return DEFINITION.explain(plan).getConstraintMatchTotalMap().values().stream()
        .filter(t -> t.getConstraintName().equals(constraint)).flatMap(t -> t.getConstraintMatchSet().stream())
        .<ConstraintJustification>map(ConstraintMatch::getJustification)
        .sorted(java.util.Comparator.comparing(Object::toString)).toList();
  }

  private static ExpansionContext world() {
    double[] own = new double[TinySurrogate.MONTHS];
    Arrays.fill(own, 1.0);
    TinySurrogate s = new TinySurrogate();
    for (String region : List.of("a", "b")) {
      for (Mode mode : List.of(Mode.DIRECT, Mode.EQUITY, Mode.PARTNER)) {
        s.region(region, List.of("x", "y"), mode, constant(-1, 0), own);
      }
    }
    return s.context();
  }

  @Test
  void openingsPerQuarterWithinBandwidthSaysTheQuarterItsOpeningsAndTheLimit() {
    ExpansionContext c = world();
    assertThat(justifications(ExpansionConstraintProvider.OPENINGS_PER_QUARTER_WITHIN_BANDWIDTH, c,
        cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)), cell(c, "a", "y", 1, Entry.of(Mode.DIRECT, 1)),
        cell(c, "b", "x", 0, Entry.of(Mode.DIRECT, 1))))
        .containsExactly(new OpeningsJustification(null, 1, List.of("a-direct-q1", "b-direct-q1"), 1));
  }

  @Test
  void directBranchProvesRegionFirstSaysWhichChannelOpeningCameTooEarly() {
    ExpansionContext c = world();
    assertThat(justifications(ExpansionConstraintProvider.DIRECT_BRANCH_PROVES_REGION_FIRST, c,
        cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 2)), cell(c, "a", "y", 1, Entry.of(Mode.PARTNER, 2)),
        cell(c, "b", "x", 0, Entry.of(Mode.EQUITY, 3))))
        .containsExactly(new DecisionJustification("a-partner-q2", null), new DecisionJustification("b-equity-q3", null));
  }

  @Test
  void cashBelowZeroWithinAppetiteSaysTheReplicationsAgainstThoseTolerated() {
    double[][] flow = constant(0, 0);
    flow[0][0] = -1_100_000;
    flow[1][0] = -1_100_000; // two of four replications run dry; the cap of 25% allows one
    double[] own = new double[TinySurrogate.MONTHS];
    Arrays.fill(own, 1.0);
    TinySurrogate s = new TinySurrogate();
    s.region("a", List.of("x"), Mode.DIRECT, flow, own);
    ExpansionContext c = s.context();
    assertThat(justifications(ExpansionConstraintProvider.CASH_BELOW_ZERO_WITHIN_APPETITE, c,
        cell(c, "a", "x", 0, Entry.of(Mode.DIRECT, 1)))).containsExactly(new ChainJustification(1, 2));
  }
}

package chainsim.expansion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.actuals.Actuals;
import chainsim.engine.Simulation;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ChainProjection;
import chainsim.expansion.surrogate.RestartBaseline;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.SurrogateBuilder;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.rebalance.replan.PlanInForce;
import chainsim.restart.StartState;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-plan's free opening learnt from the as-of state, on the two-cities fixture as of 2027-03:
 * the Suzhou branch open since January (decided), a Wuxi branch free; reserve 600,000 (15% of
 * 4,000,000). The surrogate's value of a plan of the baseline and the one free opening is then the
 * restarted simulation's, replication by replication; and it differs from the opening's stand-alone
 * run from month 1 where the as-of state says so (here: the cash the company has at the end of
 * March).
 */
class AsOfOpeningsTest {
  @TempDir Path dir;

  /** The re-plan's scenario, its as-of state with this cash at the end of March, and its surrogate restarted from it. */
  private record Replan(chainsim.scenario.LoadedScenario loaded, Scenario scenario, Function<Scenario, Simulation> simulations, Surrogate surrogate,
      RestartBaseline baseline, List<Opening> decided) {}

  private Replan replan(double cashAtAsOf) throws Exception {
    Files.copy(Fixture.FILE, dir.resolve("two-cities.yaml"), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("chainsim.schema.json"), "{}");
    Files.writeString(dir.resolve("in-force.yaml"), """
        extends: two-cities.yaml
        expansion:
          - { id: wuxi-direct, month: 10, region: wuxi, mode: direct, template: small_direct }
        """);
    Scenario inForce = ScenarioLoader.load(dir.resolve("in-force.yaml")).scenario();
    Actuals march = new Actuals(YearMonth.of(2027, 3), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new Actuals.Cash(YearMonth.of(2027, 3), "head_office", null, null, null, cashAtAsOf)),
        List.of(new Actuals.Opening("suzhou-branch", Mode.DIRECT, "suzhou", YearMonth.of(2027, 1))),
        List.of(), List.of(), List.of());
    PlanInForce plan = PlanInForce.of(inForce, march, 3);
    Files.writeString(dir.resolve("replan.yaml"),
        plan.overlay(inForce, "in-force.yaml", "in-force.yaml", "replan", List.of()));
    var loaded = ScenarioLoader.load(dir.resolve("replan.yaml"));
    Scenario scenario = loaded.scenario();
    StartState state = StartState.fromActuals(march, scenario);
    Function<Scenario, Simulation> simulations = s -> new Simulation(s).restartingFrom(state);
    Surrogate surrogate = new SurrogateBuilder(scenario, SurrogateSpec.of(scenario)).build(2, done -> {});
    List<Opening> decided = scenario.expansion().stream().filter(o -> o.id().equals("suzhou-branch")).toList();
    assertThat(decided).hasSize(1);
    int reps = surrogate.replications();
    RestartBaseline baseline = RestartBaseline.simulate(
        simulations.apply(scenario.withExpansion(decided).withRun(scenario.seed(), reps)), 3,
        Set.of("suzhou-branch"), reps, 2, surrogate.valuation(), scenario.capital().initial().mean());
    surrogate.restartFrom(baseline);
    return new Replan(loaded, scenario, simulations, surrogate, baseline, decided);
  }

  /** The plan of the baseline and a Wuxi branch serving both industries from quarter 2 (April). */
  private static ExpansionPlan withWuxiInQuarter2(Replan r) {
    return withWuxi(r, Entry.of(Mode.DIRECT, 2));
  }

  /** The plan of the baseline and Wuxi's cells entered so. */
  private static ExpansionPlan withWuxi(Replan r, Entry entry) {
    ExpansionPlan plan = ExpansionProblem.of(r.scenario(), r.surrogate(), null);
    for (CellDecision c : plan.getCells()) {
      if (!c.isPinned()) {
        c.setEntry(c.region().equals("wuxi") ? entry : Entry.NOT_ENTERED);
      }
    }
    return plan;
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).average().orElseThrow();
  }

  @Test
  void aPlanOfOneFreeOpeningIsItsRestartedSimulationReplicationByReplication() throws Exception {
    Replan r = replan(4_000_000);
    ExpansionPlan plan = withWuxiInQuarter2(r);
    AsOfOpenings asOf = new AsOfOpenings(r.scenario(), r.surrogate(), r.decided(), r.baseline(), r.simulations(), 2);
    assertThat(asOf.unknown(List.of(plan))).hasSize(1);
    assertThat(asOf.learn(List.of(plan), done -> {})).isEqualTo(1);
    assertThat(asOf.unknown(List.of(plan))).isEmpty();

    List<Opening> openings = PlanOpenings.toScenario(r.scenario(), plan.getCells());
    assertThat(openings).extracting(Opening::id).containsExactly("suzhou-branch", "wuxi-direct-q2");
    MonteCarloResult simulated = PlanCheck.simulate(r.scenario(), openings, r.surrogate().replications(), 1,
        n -> {}, r.simulations());
    ChainProjection projected = ChainProjection.of(plan.getCells());
    for (int i = 0; i < r.surrogate().replications(); i++) {
      // whole yuan per month in the ledger: a few yuan over the horizon
      assertThat(projected.npv()[i]).isCloseTo(simulated.npvByReplication()[i], within(100.0));
    }
  }

  @Test
  void theRestartedValueIsNotTheStandAloneValueWhenTheCompanyIsShortOfCash() throws Exception {
    // 700,000 at the end of March against a reserve of 600,000: the head office's reserve gate holds the
    // branch back in the restarted simulation, where alone from month 1 it opened on 4,000,000
    Replan poor = replan(700_000);
    ExpansionPlan plan = withWuxiInQuarter2(poor);
    double baseline = poor.baseline().meanNpv(poor.surrogate().valuation());
    double alone = mean(ChainProjection.of(plan.getCells()).npv()) - baseline;
    new AsOfOpenings(poor.scenario(), poor.surrogate(), poor.decided(), poor.baseline(), poor.simulations(), 2)
        .learn(List.of(plan), done -> {});
    double restarted = mean(ChainProjection.of(plan.getCells()).npv()) - baseline;
    System.out.printf("Wuxi direct from Q2 as of 2027-03 with 0.7M: alone from month 1 %.0f, restarted %.0f%n", alone,
        restarted);
    assertThat(restarted).isNotCloseTo(alone, within(Math.abs(alone) * 0.5));
    // the surrogate can be asked for the stand-alone value again (the plan's notes compare the two)
    poor.surrogate().ignoreRestarted(true);
    assertThat(mean(ChainProjection.of(plan.getCells()).npv()) - baseline).isCloseTo(alone, within(1e-6));
    poor.surrogate().ignoreRestarted(false);
  }

  @Test
  void theCorrectionIsFittedOnEveryOtherPlanSimulatedInFullNotOnThePlanItself() throws Exception {
    Replan r = replan(4_000_000);
    ExpansionPlan direct = withWuxi(r, Entry.of(Mode.DIRECT, 2));
    ExpansionPlan partner = withWuxi(r, Entry.of(Mode.PARTNER, 2));
    ExpansionPlan later = withWuxi(r, Entry.of(Mode.DIRECT, 3));
    ExpansionPlan unsimulated = withWuxi(r, Entry.of(Mode.EQUITY, 2));
    List<ExpansionPlan> plans = List.of(direct, partner, later, partner, unsimulated);
    new AsOfOpenings(r.scenario(), r.surrogate(), r.decided(), r.baseline(), r.simulations(), 2)
        .learn(plans, done -> {});
    SimulatedSelection selection = new SimulatedSelection(r.scenario(),
        chainsim.expansion.domain.ExpansionRules.of(r.scenario()), 8, 2, r.simulations());
    for (ExpansionPlan p : List.of(direct, partner, later)) {
      selection.simulate(selection.openings(p), done -> {});
    }

    SurrogateCorrection others = ReplanGap.fitOnOtherPlans(direct, plans, selection);

    // the partner plan (once, though listed twice) and the later branch; not the plan, not the unsimulated one
    assertThat(others.observations()).isEqualTo(2);
    SurrogateCorrection byHand = SurrogateCorrection.fit(List.of(observation(partner, selection),
        observation(later, selection)));
    assertThat(others.factors()).isEqualTo(byHand.factors());
    assertThat(others.factors()).containsOnlyKeys(Mode.DIRECT, Mode.PARTNER);
  }

  private static SurrogateCorrection.Observation observation(ExpansionPlan p, SimulatedSelection selection) {
    return new SurrogateCorrection.Observation(SurrogateCorrection.contributions(p), SurrogateCorrection.meanNpv(p),
        mean(selection.simulated(selection.openings(p)).npvByReplication()));
  }

  @Test
  void aReplanSaysWhereItsSurrogateAndItsRestartedSimulationPart() throws Exception {
    Replan r = replan(4_000_000);
    var request = new ExpansionPlanner.Request(null, 3_000L, null, 2, 16);
    ExpansionPlanner.Result o = ExpansionPlanner.plan(r.loaded(), request, new ExpansionPlanner.Listener() {},
        chainsim.planning.Cancellation.none(), new ExpansionPlanner.Restart(3, Set.of("suzhou-branch"), r.simulations()));
    o.notes().forEach(n -> System.out.println("note: " + n));
    assertThat(o.notes()).anySatisfy(n -> assertThat(n)
        .startsWith("the re-plan's surrogate against its restarted simulation: the free openings valued alone from"
            + " month 1")
        .contains("learnt from the as-of state").contains("other plans simulated in full"));
  }
}

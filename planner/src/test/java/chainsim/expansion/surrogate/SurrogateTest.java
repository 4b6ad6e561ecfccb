package chainsim.expansion.surrogate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.expansion.ExpansionProblem;
import chainsim.expansion.Fixture;
import chainsim.expansion.PlanCheck;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ChainProjection;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurrogateTest {
  @TempDir Path dir;

  @Test
  void aPlanOfOneSimulatedOpeningIsTheSimulatorsOwnResultReplicationByReplication() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    Surrogate surrogate = Fixture.surrogate();
    ExpansionPlan plan = ExpansionProblem.of(scenario, surrogate, null);
    for (CellDecision c : plan.getCells()) {
      c.setEntry(c.getId().equals("suzhou/software") ? Entry.of(Mode.DIRECT, 1) : Entry.NOT_ENTERED);
    }
    ChainProjection projected = ChainProjection.of(plan.getCells());
    // the very opening the surrogate simulated alone (same id, so the same random streams)
    Opening opening = new Opening("suzhou-direct", 1, "suzhou", List.of("software"), Mode.DIRECT, "small_direct", null,
        null, null, null, null, null, null, null);
    MonteCarloResult simulated = PlanCheck.simulate(scenario, List.of(opening), surrogate.replications(), 1, n -> {});
    for (int r = 0; r < surrogate.replications(); r++) {
      // monthly series are floats: a few yuan over the horizon
      assertThat(projected.npv()[r]).isCloseTo(simulated.npvByReplication()[r], within(100.0));
      assertThat(projected.minCash()[r]).isCloseTo(simulated.minCashByReplication()[r], within(100.0));
    }
  }

  @Test
  void theSubcontractorsEveryPlanKeepsAreInTheSurrogateAsInTheSimulation() throws Exception {
    Opening subcontractor = new Opening("suzhou-sub", 1, "suzhou", List.of(), Mode.PARTNER, "desk", null, null, null,
        null, false, null, null, null);
    Scenario scenario = Fixture.scenario().scenario().withExpansion(List.of(subcontractor));
    SurrogateSpec spec = SurrogateSpec.of(scenario);
    assertThat(spec.subcontractors()).containsExactly(subcontractor);
    Scenario plain = Fixture.scenario().scenario();
    assertThat(spec.cacheKey(scenario)).isNotEqualTo(SurrogateSpec.of(plain).cacheKey(plain));
    Surrogate surrogate = new SurrogateBuilder(scenario, spec).build(2, done -> {});

    ExpansionPlan plan = ExpansionProblem.of(scenario, surrogate, null);
    for (CellDecision c : plan.getCells()) {
      c.setEntry(c.region().equals("suzhou") ? Entry.of(Mode.DIRECT, 1) : Entry.NOT_ENTERED);
    }
    ChainProjection projected = ChainProjection.of(plan.getCells());
    Opening opening = new Opening("suzhou-direct", 1, "suzhou", List.of("manufacturing", "software"), Mode.DIRECT,
        "small_direct", null, null, null, null, null, null, null, null);
    MonteCarloResult simulated =
        PlanCheck.simulate(scenario, List.of(opening, subcontractor), surrogate.replications(), 1, n -> {});
    assertThat(java.util.stream.IntStream.rangeClosed(1, 36)
        .mapToDouble(m -> simulated.monthly("ops.subcontracted_orders", m).mean()).sum())
        .as("the branch subcontracts").isPositive();
    for (int r = 0; r < surrogate.replications(); r++) {
      assertThat(projected.npv()[r]).isCloseTo(simulated.npvByReplication()[r], within(100.0));
    }
    // and without the subcontractor the same opening is worth something else
    ExpansionPlan alone = ExpansionProblem.of(plain, Fixture.surrogate(), null);
    for (CellDecision c : alone.getCells()) {
      c.setEntry(c.region().equals("suzhou") ? Entry.of(Mode.DIRECT, 1) : Entry.NOT_ENTERED);
    }
    assertThat(ChainProjection.of(alone.getCells()).npv()).isNotEqualTo(projected.npv());
  }

  @Test
  void aSubcontractorWhoseIdIsTheCandidatesLeavesTheCandidateItsOwnSeries() throws Exception {
    // national.yaml: the delivery-only shanghai-partner beside the candidate partner of shanghai
    Opening namesake = new Opening("suzhou-direct", 1, "suzhou", List.of(), Mode.PARTNER, "desk", null, null, null,
        null, false, null, null, null);
    assertThat(CandidateSimulator.candidateId("suzhou-direct", List.of(namesake))).isEqualTo("suzhou-direct-candidate");
    assertThat(CandidateSimulator.candidateId("suzhou-equity", List.of(namesake))).isEqualTo("suzhou-equity");
    Scenario scenario = Fixture.scenario().scenario().withExpansion(List.of(namesake));
    CandidateSimulator simulator = new CandidateSimulator(scenario, 2);
    CandidateRun run = simulator.simulate("suzhou", Mode.DIRECT, "small_direct", List.of("software"),
        simulator.headOfficeAlone());
    assertThat(run.revenueByIndustry()[0]).as("the branch's own sales, not the desk's").isPositive();
    assertThat(run.ownFlowMean()).as("the branch's own cash flow").isNotNull();
    assertThat(java.util.Arrays.stream(run.ownFlowMean()).map(Math::abs).sum()).isPositive();
  }

  @Test
  void twoEntitiesOfOneIdAreRefusedNotMerged() {
    Opening a = new Opening("twin", 1, "suzhou", List.of("software"), Mode.DIRECT, "small_direct", null, null, null,
        null, null, null, null, null);
    Scenario scenario = Fixture.scenario().scenario().withExpansion(List.of(a, a));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new chainsim.engine.Simulation(scenario))
        .hasMessage("two entities have the id 'twin'");
  }

  @Test
  void aSubcontractorReachesItsRegionItsNeighboursOrEveryRegionAsItsTemplateSays() {
    Scenario scenario = Fixture.scenario().scenario();
    Opening sub = new Opening("suzhou-sub", 1, "suzhou", List.of(), Mode.PARTNER, "desk", null, null, null, null, false,
        null, null, null);
    assertThat(SurrogateSpec.reaches(scenario, sub, "suzhou")).isTrue();
    assertThat(SurrogateSpec.reaches(scenario, sub, "wuxi")).isFalse(); // the desk's reach is its region
    assertThat(SurrogateSpec.deliversOnly(scenario, sub)).isTrue();
    assertThat(SurrogateSpec.deliversOnly(scenario, new Opening("d", 1, "suzhou", List.of(), Mode.PARTNER, "desk",
        null, null, null, null, null, null, null, null))).as("the desk sells").isFalse();
    Opening later = new Opening("late-sub", 4, "suzhou", List.of(), Mode.PARTNER, "desk", null, null, null, null, false,
        null, null, null);
    assertThat(SurrogateSpec.subcontractors(scenario.withExpansion(List.of(later)))).as("after the first quarter")
        .isEmpty();
  }

  @Test
  void anOpeningOfEveryCandidateIndustryIsTheAllIndustriesRunAndOneIndustryItsOwnRun() throws Exception {
    RegionModeRuns runs = Fixture.surrogate().runs("suzhou", Mode.DIRECT);
    assertThat(runs.profile(runs.allMask()).regime()).isEqualTo(OpeningProfile.Regime.SIMULATED);
    assertThat(runs.profile(runs.allMask()).flow()[0][5]).isEqualTo(runs.all().companyFlow()[0][5]);
    assertThat(runs.profile(0b10).flow()[1][7]).isEqualTo(runs.single()[1].companyFlow()[1][7]);
  }

  @Test
  void aLearntOpeningReplacesTheEstimateAndIsKeptByTheCache() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    Surrogate built = new SurrogateCache(dir).load("none", Fixture.surrogate().valuation())
        .orElse(copy(Fixture.surrogate()));
    RegionModeRuns runs = built.runs("wuxi", Mode.DIRECT);
    Surrogate.Key both = new Surrogate.Key("wuxi", Mode.DIRECT, runs.allMask());
    Surrogate.Key one = new Surrogate.Key("wuxi", Mode.DIRECT, 0b01);
    assertThat(built.simulated(both)).isTrue();
    assertThat(built.simulated(one)).isTrue();
    // pretend the all-industries opening had been another run: what is learnt is what counts
    Surrogate.Key pretend = new Surrogate.Key("wuxi", Mode.EQUITY, runs.allMask());
    built.learn(pretend, runs.single()[1]);
    assertThat(built.profile("wuxi", Mode.EQUITY, runs.allMask()).flow()[2][9])
        .isEqualTo(runs.single()[1].companyFlow()[2][9]);
    SurrogateCache cache = new SurrogateCache(dir);
    String key = SurrogateSpec.of(scenario).cacheKey(scenario);
    cache.save(key, built);
    Surrogate read = cache.load(key, built.valuation()).orElseThrow();
    assertThat(read.learnt()).containsOnlyKeys(pretend);
    assertThat(read.profile("wuxi", Mode.EQUITY, runs.allMask()).flow()[2][9])
        .isEqualTo(runs.single()[1].companyFlow()[2][9]);
    assertThat(new SurrogateRefiner(scenario, SurrogateSpec.of(scenario), read, 1).unknown(List.of(both, one, pretend)))
        .isEmpty();
  }

  private static Surrogate copy(Surrogate s) {
    return new Surrogate(s.headOffice(), s.runs(), s.valuation());
  }

  @Test
  void theCacheGivesBackTheSameSurrogate() throws Exception {
    Scenario scenario = Fixture.scenario().scenario();
    Surrogate built = Fixture.surrogate();
    SurrogateCache cache = new SurrogateCache(dir);
    String key = SurrogateSpec.of(scenario).cacheKey(scenario);
    cache.save(key, built);
    Surrogate read = cache.load(key, built.valuation()).orElseThrow();
    assertThat(read.runs()).hasSameSizeAs(built.runs());
    assertThat(read.headOffice()).isDeepEqualTo(built.headOffice());
    RegionModeRuns a = built.runs("wuxi", Mode.EQUITY);
    RegionModeRuns b = read.runs("wuxi", Mode.EQUITY);
    assertThat(b.all().companyFlow()).isDeepEqualTo(a.all().companyFlow());
    assertThat(b.all().stakeProfit()).isDeepEqualTo(a.all().stakeProfit());
    assertThat(b.values().all()).isEqualTo(a.values().all());
    assertThat(cache.load("another-key", built.valuation())).isEmpty();
  }

  @Test
  void theCacheKeyIgnoresSettingsThatDoNotChangeTheSimulations() {
    Scenario plain = Fixture.scenario().scenario();
    Scenario longer = Fixture.withPlanning("    change_penalty: 5\n").scenario();
    assertThat(SurrogateSpec.of(longer).cacheKey(longer)).isEqualTo(SurrogateSpec.of(plain).cacheKey(plain));
    Scenario more = Fixture.withPlanning("").scenario().withRun(plain.seed() + 1, 8);
    assertThat(SurrogateSpec.of(more).cacheKey(more)).isNotEqualTo(SurrogateSpec.of(plain).cacheKey(plain));
  }
}

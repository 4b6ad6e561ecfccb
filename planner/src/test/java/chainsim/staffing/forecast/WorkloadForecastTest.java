package chainsim.staffing.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.scenario.Scenario;
import chainsim.staffing.PlanFixtures;
import org.junit.jupiter.api.Test;

class WorkloadForecastTest {
  private final Scenario scenario = PlanFixtures.load("delta.yaml").scenario();

  @Test
  void theForecastIsTheSimulatedWorkloadAtTheServiceLevel() throws InterruptedException {
    WorkloadForecast f = WorkloadForecast.run(scenario, 7, 4, 0.9, 4, scenario.seed(), 1, EngineKind.SEQUENTIAL, n -> {});
    // the forecast stops at the window's end; cutting the horizon changes nothing before it
    Simulation full = new Simulation(scenario.withRun(scenario.seed(), 4));
    double[][] demand = new double[4][4];
    for (int r = 0; r < 4; r++) {
      ReplicationResult result = SequentialEngine.run(full.replication(r), full.months());
      for (int i = 0; i < 4; i++) {
        demand[i][r] = result.series()[full.layout().entityIndex("hz-direct", "demand_hours.certification")][6 + i];
      }
    }
    int cert = 1;
    WorkloadForecast.EntityForecast hz = f.entity("hz-direct");
    for (int i = 0; i < 4; i++) {
      assertThat(hz.demandAtServiceLevel()[cert][i]).isCloseTo(WorkloadForecast.quantile(demand[i], 0.9), within(1e-3));
      assertThat(hz.demandMedian()[cert][i]).isCloseTo(WorkloadForecast.quantile(demand[i], 0.5), within(1e-3));
      assertThat(hz.demandAtServiceLevel()[cert][i]).isGreaterThanOrEqualTo(hz.demandMedian()[cert][i]);
    }
    assertThat(hz.startHeadcount("service", "certification")).isEqualTo(2);
    // Nanjing opens in month 8: nothing asked of it in month 7, and nobody there before the window
    WorkloadForecast.EntityForecast nj = f.entity("nj-equity");
    assertThat(nj.openShare()[0]).isZero();
    assertThat(nj.openShare()[1]).isEqualTo(1.0);
    assertThat(nj.startHeadcount("service", "tax")).isNull();
  }
}

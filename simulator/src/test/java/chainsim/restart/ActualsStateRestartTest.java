package chainsim.restart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsFormat;
import chainsim.actuals.ActualsReader;
import chainsim.actuals.ActualsSynthesizer;
import chainsim.branch.BranchSeller;
import chainsim.branch.Workforce;
import chainsim.client.FirmPopulation;
import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.market.Segment;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.scenario.Horizon;
import chainsim.scenario.Scenario;
import chainsim.testing.Fixtures;
import chainsim.world.World;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A restart from the worked example's actuals (scenarios/actuals, the true Suzhou's replication 0
 * to 2027-06): the state at month 6 is the files', on every replication; and, restarting the true
 * scenario from many synthesized states, the forward distribution is the truth's own continuation.
 */
class ActualsStateRestartTest {
  static final Path EXAMPLE = Path.of("../scenarios/actuals");
  static final YearMonth AS_OF = YearMonth.of(2027, 6);
  static final int K = 6;

  private static Actuals example(Scenario scenario) throws Exception {
    return ActualsReader.read(EXAMPLE, scenario, AS_OF);
  }

  @Test
  void restartedStateAtTheAsOfMonthIsTheFilesOnEveryReplication() throws Exception {
    Scenario baseline = Fixtures.file("../scenarios/baseline.yaml");
    Actuals actuals = example(baseline);
    StartState state = StartState.fromActuals(actuals, baseline);
    assertThat(state.asOfMonth()).isEqualTo(K);
    Simulation simulation = new Simulation(baseline).restartingFrom(state);
    World world = simulation.world();
    Set<String> book = actuals.clientBook().stream().filter(c -> c.status().equals("active"))
        .map(Actuals.Client::firmId).collect(Collectors.toCollection(TreeSet::new));
    Map<String, Integer> staffFile = new TreeMap<>();
    actuals.staff().forEach(s -> staffFile.merge(s.role() + "/" + s.skill(), s.count(), Integer::sum));
    double balance = actuals.cash().stream()
        .filter(c -> c.entity().equals(ActualsFormat.HEAD_OFFICE) && c.month().equals(AS_OF))
        .findFirst().orElseThrow().balanceCny();
    double owed = actuals.receivables().stream().mapToDouble(Actuals.Receivable::amountCny).sum();
    assertThat(book).hasSize(71);

    for (int rep = 0; rep < 3; rep++) {
      Replication r = simulation.replication(rep);
      Set<String> active = new TreeSet<>();
      for (Segment segment : r.segments) {
        FirmPopulation firms = segment.firms();
        for (int f = 0; f < firms.size(); f++) {
          if (firms.stage(f) == FirmPopulation.CLIENT) {
            active.add(Overlay.firmId(segment.spec().id(), f));
          }
        }
      }
      assertThat(active).as("replication " + rep + ": active clients").isEqualTo(book);

      int direct = world.entities().stream().filter(e -> e.id().equals("suzhou-direct")).findFirst().orElseThrow()
          .index();
      Workforce staff = ((BranchSeller) r.sellers[direct]).staff();
      Map<String, Integer> lines = new TreeMap<>();
      for (int line = 0; line < staff.lineCount(); line++) {
        if (staff.headcount(line) > 0) {
          String skill = staff.skill(line) < 0 ? "null" : world.skills().get(staff.skill(line)).id();
          lines.put(world.roles().get(staff.role(line)).id() + "/" + skill, staff.headcount(line));
        }
      }
      assertThat(lines).as("replication " + rep + ": staff").isEqualTo(staffFile);
      assertThat(r.headOffice.cashBalance()).isEqualTo(balance);
      assertThat(r.sellers[direct].receivables().outstandingFrom(K + 1)).isCloseTo(owed, within(1e-6));
      assertThat(r.headOffice.openedMonth(direct)).isEqualTo(1);
      assertThat(r.firstMonth()).isEqualTo(K + 1);
    }
  }

  @Test
  void recordedPastShowsTheActualCashAndRestartedRunsAreTheSameBytesOnEveryEngineAndTwice() throws Exception {
    Scenario baseline = Fixtures.file("../scenarios/baseline.yaml").withRun(1, 4);
    Actuals actuals = example(baseline);
    Simulation simulation = new Simulation(baseline).restartingFrom(StartState.fromActuals(actuals, baseline));
    MonteCarloResult reference = MonteCarlo.run(simulation, 4, 1, EngineKind.SEQUENTIAL, done -> {});
    for (EngineKind engine : EngineKind.values()) {
      for (int threads : new int[] {1, 4}) {
        MonteCarloResult other = MonteCarlo.run(simulation, 4, threads, engine, done -> {});
        assertThat(other.monthly()).as(engine + " x" + threads).isDeepEqualTo(reference.monthly());
        assertThat(other.chain()).isEqualTo(reference.chain());
        assertThat(other.entities()).isEqualTo(reference.entities());
        assertThat(other.events()).isEqualTo(reference.events());
        assertThat(other.npvByReplication()).isEqualTo(reference.npvByReplication());
      }
    }
    // months 1..6 show the actual balance in every replication (P5 = P95 = the file's)
    for (Actuals.Cash c : actuals.cash()) {
      if (c.entity().equals(ActualsFormat.HEAD_OFFICE)) {
        int m = c.month().getMonthValue();
        assertThat(reference.monthly("cash.balance", m).p5()).as("month " + m).isEqualTo(c.balanceCny());
        assertThat(reference.monthly("cash.balance", m).p95()).as("month " + m).isEqualTo(c.balanceCny());
        assertThat(reference.monthly("cash.net_flow", m).p50()).isCloseTo(c.cashInCny() - c.cashOutCny(),
            within(1e-6));
      }
    }
  }

  /**
   * For 40 truth replications, the state each had at month 6 (synthesized in memory, as a finance
   * team would report it) restarts the true scenario on another replication's streams; the forward
   * revenue of months 7..12 and the active clients at month 18 have the truth continuations' means
   * within three standard errors of the difference, and the restarts follow their states (the
   * clients at month 7 correlate with the truth's).
   */
  @Test
  void forwardDistributionFromSynthesizedStatesMatchesTheTruthsContinuation() throws Exception {
    Scenario truth = Fixtures.file("../scenarios/actuals/true.yaml");
    truth = truth.withHorizon(new Horizon(truth.horizon().start(), 18));
    Simulation simulation = new Simulation(truth);
    ActualsSynthesizer synthesizer = new ActualsSynthesizer(truth);
    int n = 40;
    int revenue = simulation.layout().index("revenue.total");
    int clients = simulation.layout().index("clients.active");
    double[][] truthMetric = new double[3][n];
    double[][] restartMetric = new double[3][n];
    for (int i = 0; i < n; i++) {
      ReplicationResult continuation = SequentialEngine.run(simulation.replication(i), 18);
      StartState state = StartState.fromActuals(synthesizer.synthesize(AS_OF, i), truth);
      Simulation restarted = simulation.restartingFrom(state);
      ReplicationResult forward = SequentialEngine.run(restarted.replication(1000 + i), 18);
      metrics(continuation, revenue, clients, truthMetric, i);
      metrics(forward, revenue, clients, restartMetric, i);
    }
    for (int m = 0; m < 2; m++) {
      double diff = mean(restartMetric[m]) - mean(truthMetric[m]);
      double se = Math.sqrt(variance(restartMetric[m]) / n + variance(truthMetric[m]) / n);
      assertThat(Math.abs(diff)).as("metric " + m + ": difference %.1f, standard error %.1f", diff, se)
          .isLessThan(3 * se);
    }
    assertThat(correlation(truthMetric[2], restartMetric[2])).as("clients at month 7 follow the state")
        .isGreaterThan(0.5);
  }

  private static void metrics(ReplicationResult r, int revenue, int clients, double[][] out, int i) {
    double sum = 0;
    for (int m = K + 1; m <= K + 6; m++) {
      sum += r.series()[revenue][m - 1];
    }
    out[0][i] = sum;
    out[1][i] = r.series()[clients][17];
    out[2][i] = r.series()[clients][K];
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }

  private static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / (x.length - 1) / Math.sqrt(variance(x) * variance(y));
  }
}

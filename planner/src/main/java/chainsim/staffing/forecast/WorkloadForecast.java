package chainsim.staffing.forecast;

import chainsim.engine.Simulation;
import chainsim.metrics.MetricLayout;
import chainsim.metrics.ReplicationResult;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.scenario.HeadcountTarget;
import chainsim.scenario.Horizon;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import chainsim.scenario.Skill;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The workload the plan must cover, from simulations of the scenario: for every branch and equity
 * channel, skill and window month, the delivery hours its clients ask for at the service level
 * (e.g. P90) and at the median; the service team it has when the window starts; and the cash the
 * company keeps at the low end. The scenario runs only as far as the window's last month, and
 * with its headcount plan cut before the window (the past the plan starts from).
 *
 * <p>A branch the gates may postpone is forecast from the replications where it is open that
 * month: the plan is for the branch as it operates, and the summary says how often that is.
 */
public final class WorkloadForecast {
  private final int firstMonth;
  private final int months;
  private final int replications;
  private final double serviceLevel;
  private final Map<String, EntityForecast> entities;
  private final double[] cashAtLowQuantile;

  /** One branch or equity channel. Arrays are [skill][window month]. */
  public record EntityForecast(
      String entity, double[][] demandAtServiceLevel, double[][] demandMedian, Map<String, Integer> startHeadcount,
      double[] openShare) {

    /** Service people of a role and skill when the window starts (median where open), or null when never open. */
    public Integer startHeadcount(String role, String skill) {
      return startHeadcount.get(role + "/" + skill);
    }
  }

  private WorkloadForecast(int firstMonth, int months, int replications, double serviceLevel,
      Map<String, EntityForecast> entities, double[] cashAtLowQuantile) {
    this.firstMonth = firstMonth;
    this.months = months;
    this.replications = replications;
    this.serviceLevel = serviceLevel;
    this.entities = entities;
    this.cashAtLowQuantile = cashAtLowQuantile;
  }

  /**
   * Simulates {@code replications} replications of the scenario up to the window's end.
   *
   * @param progress hears the number of replications finished
   */
  public static WorkloadForecast run(Scenario scenario, int firstMonth, int windowMonths, double serviceLevel,
      int replications, long seed, int threads, EngineKind engine, IntConsumer progress) throws InterruptedException {
    return run(scenario, firstMonth, windowMonths, serviceLevel, replications, seed, threads, engine, progress,
        Simulation::new);
  }

  /**
   * @param simulations prepares the forecast's scenario for simulation: from month 1, or restarted
   *     from an as-of state when rebalancing
   */
  public static WorkloadForecast run(Scenario scenario, int firstMonth, int windowMonths, double serviceLevel,
      int replications, long seed, int threads, EngineKind engine, IntConsumer progress,
      Function<Scenario, Simulation> simulations) throws InterruptedException {
    int last = firstMonth + windowMonths - 1;
    List<HeadcountTarget> past = scenario.headcountPlan().stream().filter(t -> t.fromMonth() < firstMonth).toList();
    Scenario asForecast = scenario.withHeadcountPlan(past)
        .withHorizon(new Horizon(scenario.horizon().start(), last))
        .withRun(seed, replications);
    Simulation simulation = simulations.apply(asForecast);
    Collector collector = new Collector(simulation, firstMonth, windowMonths, replications);
    int[] done = {0};
    MonteCarlo.forEachReplication(simulation, replications, threads, engine, r -> {
      collector.accept(r);
      synchronized (done) {
        done[0]++;
        progress.accept(done[0]);
      }
    });
    return collector.forecast(serviceLevel);
  }

  /** Branches and equity channels the window sees open. */
  public static List<Opening> staffedOpenings(Scenario scenario, int lastMonth) {
    List<Opening> out = new ArrayList<>();
    for (Opening o : scenario.expansion()) {
      if ((o.mode() == Mode.DIRECT || o.mode() == Mode.EQUITY) && o.month() <= lastMonth) {
        out.add(o);
      }
    }
    return out;
  }

  public int firstMonth() {
    return firstMonth;
  }

  public int months() {
    return months;
  }

  public int replications() {
    return replications;
  }

  public double serviceLevel() {
    return serviceLevel;
  }

  /** The forecast of a branch or equity channel, or null when it does not open by the window's end. */
  public EntityForecast entity(String id) {
    return entities.get(id);
  }

  /** Cash balance at the window's months, at the quantile 1 - service level across replications. */
  public double cashAtLowQuantile(int index) {
    return cashAtLowQuantile[index];
  }

  /** Gathers what the forecast needs from each replication as it finishes (any thread). */
  private static final class Collector {
    private final int first;
    private final int months;
    private final List<Opening> openings;
    private final List<String> skills;
    private final List<String[]> serviceLines = new ArrayList<>();
    private final int[][] demandSeries;
    private final int[][] headcountSeries;
    private final int[] entityHeadcount;
    private final int cash;
    /** [entity][skill][month][replication]; NaN where the entity is not open. */
    private final double[][][][] demand;
    /** [entity][line][replication]; NaN where not open at the month before the window. */
    private final double[][][] start;
    private final double[][] cashByMonth;
    private final int replications;

    Collector(Simulation simulation, int first, int months, int replications) {
      this.first = first;
      this.months = months;
      this.replications = replications;
      Scenario scenario = simulation.scenario();
      this.openings = staffedOpenings(scenario, first + months - 1);
      this.skills = scenario.skills().stream().map(Skill::id).toList();
      for (Role role : scenario.roles()) {
        if (role.kind() == Role.Kind.SERVICE) {
          skills.forEach(s -> serviceLines.add(new String[] {role.id(), s}));
        }
      }
      MetricLayout layout = simulation.layout();
      demandSeries = new int[openings.size()][skills.size()];
      headcountSeries = new int[openings.size()][serviceLines.size()];
      entityHeadcount = new int[openings.size()];
      for (int e = 0; e < openings.size(); e++) {
        String id = openings.get(e).id();
        for (int s = 0; s < skills.size(); s++) {
          demandSeries[e][s] = layout.entityIndex(id, "demand_hours." + skills.get(s));
        }
        for (int l = 0; l < serviceLines.size(); l++) {
          headcountSeries[e][l] = layout.entityIndex(id, "headcount." + serviceLines.get(l)[0] + "." + serviceLines.get(l)[1]);
        }
        entityHeadcount[e] = layout.entityIndex(id, "headcount");
      }
      cash = layout.index("cash.balance");
      demand = new double[openings.size()][skills.size()][months][replications];
      start = new double[openings.size()][serviceLines.size()][replications];
      cashByMonth = new double[months][replications];
    }

    synchronized void accept(ReplicationResult r) {
      double[][] series = r.series();
      int rep = r.replication();
      for (int e = 0; e < openings.size(); e++) {
        for (int i = 0; i < months; i++) {
          boolean open = series[entityHeadcount[e]][first + i - 1] > 0;
          for (int s = 0; s < skills.size(); s++) {
            demand[e][s][i][rep] = open ? series[demandSeries[e][s]][first + i - 1] : Double.NaN;
          }
        }
        boolean openBefore = first > 1 && series[entityHeadcount[e]][first - 2] > 0;
        for (int l = 0; l < serviceLines.size(); l++) {
          start[e][l][rep] = openBefore ? series[headcountSeries[e][l]][first - 2] : Double.NaN;
        }
      }
      for (int i = 0; i < months; i++) {
        cashByMonth[i][rep] = series[cash][first + i - 1];
      }
    }

    WorkloadForecast forecast(double serviceLevel) {
      Map<String, EntityForecast> byEntity = new LinkedHashMap<>();
      for (int e = 0; e < openings.size(); e++) {
        double[][] high = new double[skills.size()][months];
        double[][] median = new double[skills.size()][months];
        double[] openShare = new double[months];
        for (int s = 0; s < skills.size(); s++) {
          for (int i = 0; i < months; i++) {
            double[] open = present(demand[e][s][i]);
            openShare[i] = open.length / (double) replications;
            high[s][i] = quantile(open, serviceLevel);
            median[s][i] = quantile(open, 0.5);
          }
        }
        Map<String, Integer> startHeadcount = new LinkedHashMap<>();
        for (int l = 0; l < serviceLines.size(); l++) {
          double[] open = present(start[e][l]);
          if (open.length > 0) {
            startHeadcount.put(serviceLines.get(l)[0] + "/" + serviceLines.get(l)[1],
                (int) Math.round(quantile(open, 0.5)));
          }
        }
        String id = openings.get(e).id();
        byEntity.put(id, new EntityForecast(id, high, median, startHeadcount, openShare));
      }
      double[] lowCash = new double[months];
      for (int i = 0; i < months; i++) {
        lowCash[i] = quantile(cashByMonth[i], 1.0 - serviceLevel);
      }
      return new WorkloadForecast(first, months, replications, serviceLevel, byEntity, lowCash);
    }
  }

  private static double[] present(double[] values) {
    return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
  }

  /** The q-quantile (R-7, as every percentile chainsim reports); 0 for no values. */
  static double quantile(double[] values, double q) {
    if (values.length == 0) {
      return 0.0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    p.setData(sorted);
    return p.evaluate(Math.min(100.0, Math.max(1e-9, q * 100.0)));
  }
}

package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.solver.ChainProjection;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.random.UncertaintyModel;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.montecarlo.Stats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How robust the plan's choices are: for each opening, what it adds and the chance it pays back;
 * and the plan's regret in a few stress futures.
 *
 * <ul>
 *   <li><b>Contribution</b> of an opening: the surrogate's marginal, the plan's (corrected)
 *       surrogate E[NPV] less that of the plan without the opening (its cells not entered), every
 *       other opening as planned. Not a simulation: it is what the search ranked on.
 *   <li><b>Payback probability</b>: the share of the validation run's replications in which the
 *       opening's cumulative cash flow turns non-negative within the horizon (the simulator's
 *       {@code payback_reached}, as in the run report); blank where the simulator does not define
 *       payback (a partner-only desk) or the plan was not simulated.
 *   <li><b>Stress futures</b> are drawn from the scenario's own uncertainty, not invented: the
 *       third of the surrogate's replications in which the parameters named for the future drew
 *       worst (the mean of their ranks among the replications: lowest for conversion rates and
 *       contacts per person and month, highest for monthly attrition). "Slower ramp-up" is low
 *       contacts per person and month, the pace at which a team builds its book (the ramp-up months
 *       themselves are fixed numbers). The plan's <b>regret</b> in a future is the best E[NPV] there
 *       among the plans the search kept (every round's and restart's best, the enumerated best,
 *       greedy) less the plan's, on the corrected surrogate: 0 when the plan is also that future's
 *       best. A future whose parameters no replication draws (all fixed) is left out.
 * </ul>
 */
public record PlanRobustness(List<OpeningValue> openings, List<StressRegret> futures) {

  /**
   * @param contribution yuan of (corrected) surrogate E[NPV] the opening adds; NaN for an opening
   *     the planner does not model (a subcontractor every plan keeps)
   * @param paybackProbability 0..1; NaN when not defined or not simulated
   */
  public record OpeningValue(String id, String region, Mode mode, int month, double contribution,
      double paybackProbability) {}

  /**
   * @param parameters the parameter paths whose draws define the future
   * @param replications the surrogate's replications in it
   * @param bestPlan "planner", "greedy" or "candidate N" (N in the search's ranking, 1 best)
   */
  public record StressRegret(String future, List<String> parameters, List<Integer> replications, double planNpv,
      double bestNpv, String bestPlan, double regret) {}

  /** A stress future: its name, which parameter paths it reads, and whether low draws are the bad ones. */
  record Future(String name, String pathPart, boolean lowIsWorse) {}

  static final List<Future> FUTURES = List.of(
      new Future("low conversion", ".conversion_rate", true),
      new Future("high attrition", ".attrition_monthly", false),
      new Future("slower ramp-up", "contacts_per", true));

  /** The share of the replications a stress future takes. */
  static final double FUTURE_SHARE = 1.0 / 3;

  /**
   * @param plan the plan (its cells are changed and restored)
   * @param openings its openings, as the scenario's list
   * @param simulated its full simulation, or null
   * @param ranked the plans the search kept, best first; {@code greedy} among them
   */
  public static PlanRobustness of(Scenario scenario, ExpansionPlan plan, List<Opening> openings,
      MonteCarloResult simulated, List<ExpansionPlan> ranked, ExpansionPlan greedy) {
    List<OpeningValue> values = new ArrayList<>();
    double whole = SurrogateCorrection.meanNpv(plan);
    for (Opening o : openings) {
      List<CellDecision> cells = cellsOf(plan, o);
      double contribution = Double.NaN;
      if (!cells.isEmpty()) {
        List<Entry> saved = cells.stream().map(CellDecision::getEntry).toList();
        cells.forEach(c -> c.setEntry(Entry.NOT_ENTERED));
        try {
          contribution = whole - SurrogateCorrection.meanNpv(plan);
        } finally {
          for (int i = 0; i < cells.size(); i++) {
            cells.get(i).setEntry(saved.get(i));
          }
        }
      }
      double payback = Double.NaN;
      if (simulated != null) {
        Map<String, Stats> entity = simulated.entities().get(o.id());
        Stats reached = entity == null ? null : entity.get("payback_reached");
        if (reached != null && reached.n() > 0) {
          payback = reached.mean();
        }
      }
      values.add(new OpeningValue(o.id(), o.region(), o.mode(), o.month(), contribution, payback));
    }
    return new PlanRobustness(values, futures(scenario, plan, ranked, greedy));
  }

  private static List<CellDecision> cellsOf(ExpansionPlan plan, Opening o) {
    List<CellDecision> out = new ArrayList<>();
    for (CellDecision c : plan.getCells()) {
      boolean kept = o.id().equals(c.getKeptBy());
      boolean decided = c.getKeptBy() == null && c.isEntered() && c.region().equals(o.region())
          && c.getEntry().mode() == o.mode() && c.getEntry().month() == o.month()
          && o.industries().contains(c.getCell().industry());
      if (kept || decided) {
        out.add(c);
      }
    }
    return out;
  }

  static List<StressRegret> futures(Scenario scenario, ExpansionPlan plan, List<ExpansionPlan> ranked,
      ExpansionPlan greedy) {
    int n = plan.getContext().surrogate().replications();
    UncertaintyModel model = new UncertaintyModel(scenario);
    List<String> paths = model.replicationPaths();
    double[][] draws = new double[n][];
    for (int r = 0; r < n; r++) {
      draws[r] = model.draw(r).replicationValues();
    }
    List<double[]> npvs = new ArrayList<>();
    for (ExpansionPlan p : ranked) {
      npvs.add(ChainProjection.of(p.getCells()).npv().clone());
    }
    double[] mine = ChainProjection.of(plan.getCells()).npv().clone();
    List<StressRegret> out = new ArrayList<>();
    for (Future f : FUTURES) {
      List<Integer> columns = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        if (paths.get(i).contains(f.pathPart())) {
          columns.add(i);
          names.add(paths.get(i));
        }
      }
      if (columns.isEmpty()) {
        continue;
      }
      List<Integer> reps = worst(draws, columns, f.lowIsWorse(), Math.max(1, (int) Math.ceil(FUTURE_SHARE * n)));
      double planNpv = meanOver(mine, reps);
      double best = planNpv;
      String bestPlan = "planner";
      for (int k = 0; k < ranked.size(); k++) {
        double v = meanOver(npvs.get(k), reps);
        if (v > best + 1e-6) {
          best = v;
          bestPlan = ranked.get(k) == greedy ? "greedy" : "candidate " + (k + 1);
        }
      }
      out.add(new StressRegret(f.name(), names, reps, planNpv, best, bestPlan, best - planNpv));
    }
    return out;
  }

  /**
   * The {@code k} replications whose draws of these columns are worst: the mean over the columns
   * of each draw's rank among the replications (0 the lowest), the lowest means when low is worse;
   * ties by replication index. Returned in replication order.
   */
  static List<Integer> worst(double[][] draws, List<Integer> columns, boolean lowIsWorse, int k) {
    int n = draws.length;
    double[] score = new double[n];
    for (int col : columns) {
      Integer[] order = new Integer[n];
      for (int r = 0; r < n; r++) {
        order[r] = r;
      }
      java.util.Arrays.sort(order, Comparator.comparingDouble((Integer r) -> draws[r][col]).thenComparingInt(r -> r));
      for (int rank = 0; rank < n; rank++) {
        score[order[rank]] += (lowIsWorse ? rank : n - 1 - rank) / (double) columns.size();
      }
    }
    Integer[] order = new Integer[n];
    for (int r = 0; r < n; r++) {
      order[r] = r;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer r) -> score[r]).thenComparingInt(r -> r));
    List<Integer> out = new ArrayList<>(List.of(order).subList(0, Math.min(k, n)));
    out.sort(null);
    return out;
  }

  private static double meanOver(double[] values, List<Integer> reps) {
    double sum = 0;
    for (int r : reps) {
      sum += values[r];
    }
    return sum / reps.size();
  }
}

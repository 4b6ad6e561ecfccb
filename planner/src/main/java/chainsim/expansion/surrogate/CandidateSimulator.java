package chainsim.expansion.surrogate;

import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.metrics.MetricLayout;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulates one opening alone: a copy of the scenario reduced to the opening's region, with only
 * the opening's industries in its market, and the opening in month 1 (with the subcontractors it
 * can dispatch three-no orders to). The region keeps its id,
 * so its parameters (rent, growth) and the templates' and products' parameters draw exactly as in
 * the full scenario; segments keep their ids, so their random streams are theirs too. Other
 * regions would only cost time: no seller of this opening reaches them.
 */
public final class CandidateSimulator {
  private final Scenario scenario;
  private final int replications;

  public CandidateSimulator(Scenario scenario, int replications) {
    this.scenario = scenario;
    this.replications = replications;
  }

  /** The head office alone, no opening: its central costs by replication and month. */
  public double[][] headOfficeAlone() {
    Region any = scenario.regions().get(0);
    Simulation sim = new Simulation(reduced(any, Map.of(firstIndustry(any), 0), List.of()));
    int net = sim.layout().index("cash.net_flow");
    double[][] flow = new double[replications][sim.months()];
    for (int r = 0; r < replications; r++) {
      double[][] series = SequentialEngine.run(sim.replication(r), sim.months()).series();
      for (int m = 0; m < sim.months(); m++) {
        flow[r][m] = series[net][m];
      }
    }
    return flow;
  }

  /**
   * An opening of a mode and template serving some industries of a region, alone; no industries
   * means an empty market (what the opening costs whatever it sells). {@code headOffice} is
   * {@link #headOfficeAlone()}, subtracted so that the run holds the opening's own effect.
   */
  public CandidateRun simulate(String regionId, Mode mode, String template, List<String> industries,
      double[][] headOffice) {
    Region region = scenario.region(regionId).orElseThrow();
    Map<String, Integer> firms = new LinkedHashMap<>();
    if (industries.isEmpty()) {
      firms.put(firstIndustry(region), 0);
    } else {
      industries.forEach(i -> firms.put(i, region.firms().getOrDefault(i, 0)));
    }
    List<Opening> subcontractors = subcontractorsReaching(regionId);
    Opening opening = new Opening(candidateId(regionId + "-" + mode.key(), subcontractors), 1, regionId,
        List.copyOf(firms.keySet()), mode, template, null, null, null, null, null, null, null, null);
    List<Opening> openings = new ArrayList<>();
    openings.add(opening);
    openings.addAll(subcontractors);
    Simulation sim = new Simulation(reduced(region, firms, openings));
    MetricLayout layout = sim.layout();
    int months = sim.months();
    int net = layout.index("cash.net_flow");
    int setup = layout.index("cost.setup");
    int stake = layout.index("cash.investment.equity");
    int dividends = layout.index("company.dividends");
    int profit = layout.entityIndex(opening.id(), "profit");
    int own = layout.entityIndex(opening.id(), "operating_cash_flow");
    // an equity channel's revenue is its local firm's (the channel's gross), the others' the company's
    String revenueFamily = mode == Mode.EQUITY ? "equity.gross_revenue.industry." : "revenue.industry.";
    int[] revenue = industries.stream().mapToInt(i -> layout.index(revenueFamily + i)).toArray();
    float[][] flow = new float[replications][months];
    float[][] oneOff = new float[replications][months];
    float[][] stakeProfit = mode == Mode.EQUITY ? new float[replications][months] : null;
    double[] ownMean = mode == Mode.DIRECT ? new double[months] : null;
    double[] revenueByIndustry = new double[industries.size()];
    for (int r = 0; r < replications; r++) {
      double[][] series = SequentialEngine.run(sim.replication(r), months).series();
      for (int m = 0; m < months; m++) {
        flow[r][m] = (float) (series[net][m] - headOffice[r][m]);
        // the dividends are left out of the run-rate too: the stake's exit value stands for them
        oneOff[r][m] = (float) (series[setup][m] + series[stake][m] - series[dividends][m]);
        if (stakeProfit != null) {
          stakeProfit[r][m] = (float) series[profit][m];
        }
        if (ownMean != null) {
          ownMean[m] += series[own][m] / (double) replications;
        }
        for (int i = 0; i < revenue.length; i++) {
          revenueByIndustry[i] += series[revenue[i]][m];
        }
      }
    }
    return new CandidateRun(List.copyOf(industries), flow, oneOff, stakeProfit, ownMean, revenueByIndustry);
  }

  /**
   * The scenario's subcontractors ({@link SurrogateSpec#subcontractors}) that take orders from
   * the region, moved into it (the reduced scenario has no other region) and open from month 1.
   * Each candidate sees a subcontractor's whole capacity; in the full simulation the openings of a
   * plan share it, which the full check measures.
   */
  private List<Opening> subcontractorsReaching(String regionId) {
    List<Opening> out = new ArrayList<>();
    for (Opening p : SurrogateSpec.subcontractors(scenario)) {
      if (SurrogateSpec.reaches(scenario, p, regionId)) {
        out.add(new Opening(p.id(), 1, regionId, p.industries(), p.mode(), p.template(), p.stake(), p.investment(),
            p.revenueShare(), p.capacityHoursPerMonth(), p.remoteSales(), p.commissionRate(),
            p.leakageRateMonthly(), p.pinned()));
      }
    }
    return out;
  }

  /**
   * The candidate's id: {@code <region>-<mode>}, unless a subcontractor simulated beside it has
   * that id (national.yaml's delivery-only {@code shanghai-partner}), since an entity's series and
   * random streams are keyed by its id.
   */
  static String candidateId(String preferred, List<Opening> beside) {
    String id = preferred;
    for (int n = 2; idTaken(id, beside); n++) {
      id = preferred + "-candidate" + (n == 2 ? "" : "-" + n);
    }
    return id;
  }

  private static boolean idTaken(String id, List<Opening> openings) {
    return openings.stream().anyMatch(o -> o.id().equals(id));
  }

  private String firstIndustry(Region region) {
    return region.firms().keySet().stream().findFirst().orElse(scenario.industries().get(0).id());
  }

  /** The scenario with one region, the given firms in its market, and the given openings. */
  private Scenario reduced(Region region, Map<String, Integer> firms, List<Opening> openings) {
    Region alone = new Region(region.id(), region.label(), List.of(), region.wageIndex(), region.rentPerSeatMonth(),
        firms, region.firmBirthRateAnnual(), region.firmDeathRateAnnual(), region.marketGrowthAnnual(),
        region.dataTargetingLift());
    Scenario s = scenario;
    return new Scenario(s.name(), s.description(), List.of(), s.seed(), replications, s.currency(), s.horizon(),
        s.capital(), s.centralCosts(), s.industries(), s.skills(), s.roles(), List.of(alone), s.products(),
        s.branchTemplates(), s.equityTemplates(), s.partnerTemplates(), s.agentTemplates(), openings, List.of(),
        s.policies(), s.clients(), s.correlations(), s.planning());
  }
}

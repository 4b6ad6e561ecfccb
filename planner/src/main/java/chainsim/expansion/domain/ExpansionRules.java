package chainsim.expansion.domain;

import chainsim.scenario.ExpansionPlanning;
import chainsim.scenario.Mode;
import chainsim.scenario.Policies;
import chainsim.scenario.Scenario;
import java.util.Set;

/**
 * The limits and the risk appetite a plan is judged by, from the scenario's capital, policies
 * and {@code planning.expansion} settings (a problem fact).
 *
 * @param gateMonths the one-year cash-flow gate: age at which a direct branch must be cash-flow
 *     positive; 0 when the scenario turns the gate off
 * @param gatedModes openings the gate holds back
 * @param gateRule how the gate judges a branch (first positive within the months, or rolling)
 * @param gateTrailingMonths months of own cash flow summed to call a branch cash-flow positive
 * @param reserveConfidence cash must stay above the reserve on this quantile of paths
 */
public record ExpansionRules(
    int quarters,
    int maxOpeningsPerQuarter,
    int maxOpeningsPerRegionPerQuarter,
    boolean directBeforeChannels,
    int gateMonths,
    Set<Mode> gatedModes,
    double initialCash,
    double reserve,
    double reserveConfidence,
    boolean cvar,
    double cvarAlpha,
    double riskWeight,
    double maxProbCashBelowZero,
    double changePenalty,
    Policies.GateRule gateRule,
    int gateTrailingMonths) {

  public ExpansionRules {
    gatedModes = Set.copyOf(gatedModes);
  }

  /** With the gate's default rule and window (first positive within the months, three months). */
  public ExpansionRules(int quarters, int maxOpeningsPerQuarter, int maxOpeningsPerRegionPerQuarter,
      boolean directBeforeChannels, int gateMonths, Set<Mode> gatedModes, double initialCash, double reserve,
      double reserveConfidence, boolean cvar, double cvarAlpha, double riskWeight, double maxProbCashBelowZero,
      double changePenalty) {
    this(quarters, maxOpeningsPerQuarter, maxOpeningsPerRegionPerQuarter, directBeforeChannels, gateMonths, gatedModes,
        initialCash, reserve, reserveConfidence, cvar, cvarAlpha, riskWeight, maxProbCashBelowZero, changePenalty,
        Policies.GateRule.FIRST_POSITIVE_WITHIN, 3);
  }

  public static ExpansionRules of(Scenario scenario) {
    ExpansionPlanning p = scenario.planning().expansion();
    var gate = scenario.policies().breakevenGate();
    int quarters = p.quarters() != null ? p.quarters() : Math.min(8, (scenario.horizon().months() + 2) / 3);
    return new ExpansionRules(quarters, p.maxOpeningsPerQuarter(), p.maxOpeningsPerRegionPerQuarter(),
        p.directBeforeChannels(), gate.enabled() ? gate.months() : 0, Set.copyOf(gate.blocks()),
        scenario.capital().initial().mean(), scenario.capital().reserveAmount(), p.reserveConfidence(),
        p.objective().riskMeasure() == ExpansionPlanning.RiskMeasure.CVAR, p.objective().cvarAlpha(),
        p.objective().riskWeight(), p.objective().maxProbCashBelowZero(), p.changePenalty(), gate.rule(),
        gate.trailingMonths());
  }

  /** Channels: what a direct branch must prove a region for first. */
  public static boolean isChannel(Mode mode) {
    return mode == Mode.EQUITY || mode == Mode.PARTNER || mode == Mode.AGENT;
  }
}

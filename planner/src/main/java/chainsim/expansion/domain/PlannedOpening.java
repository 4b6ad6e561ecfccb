package chainsim.expansion.domain;

import chainsim.expansion.surrogate.OpeningProfile;
import chainsim.scenario.Mode;
import chainsim.scenario.Policies;
import java.util.Comparator;
import java.util.List;

/** One opening of a plan: its key and the cells it serves. */
public record PlannedOpening(OpeningKey key, List<CellDecision> cells) {
  public PlannedOpening {
    cells = cells.stream().sorted(Comparator.comparing(CellDecision::getId)).toList();
  }

  public String region() {
    return key.region();
  }

  public Mode mode() {
    return key.mode();
  }

  public int quarter() {
    return key.quarter();
  }

  public int month() {
    return key.month();
  }

  public ExpansionContext context() {
    return cells.get(0).getContext();
  }

  /**
   * Whether the opening is a decision taken before a re-plan: every cell kept by an opening of the
   * re-plan's baseline (executed or committed at the as-of month). Always false in a plan from
   * month 1, whose pins are decisions of the plan, not facts.
   */
  public boolean decided() {
    var baseline = context().surrogate().baseline();
    return baseline != null && cells.stream().allMatch(c -> c.getKeptBy() != null && baseline.decided(c.getKeptBy()));
  }

  /** The industries served, as bits of the region's candidate industries in the surrogate. */
  public long mask() {
    long mask = 0;
    for (CellDecision c : cells) {
      if (c.getCell().candidate()) {
        mask |= 1L << c.getCell().bit();
      }
    }
    return mask;
  }

  /**
   * The one-year cash-flow gate, as the head office applies it to an opening due in
   * {@code openingMonth}, on the surrogate's mean path of this direct branch's own operating cash
   * flow: when it is at least the gate's age, it holds the opening back if it has not yet broken
   * even (rule first_positive_within: its trailing window never positive so far) or if its trailing
   * window is not positive now (rule rolling).
   */
  public boolean holdsBackOpeningIn(int openingMonth) {
    ExpansionRules rules = context().rules();
    int age = openingMonth - month();
    if (mode() != Mode.DIRECT || rules.gateMonths() == 0 || age < rules.gateMonths() || mask() == 0) {
      return false;
    }
    OpeningProfile p = context().surrogate().profile(region(), mode(), mask());
    if (p.ownFlowMean() == null) {
      return false;
    }
    int window = rules.gateTrailingMonths();
    if (rules.gateRule() == Policies.GateRule.ROLLING) {
      return p.trailingOwnFlow(age, window) <= 0;
    }
    for (int a = window; a <= age; a++) {
      if (p.trailingOwnFlow(a, window) > 0) {
        return false;
      }
    }
    return true;
  }
}

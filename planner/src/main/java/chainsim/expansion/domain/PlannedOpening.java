package chainsim.expansion.domain;

import chainsim.expansion.surrogate.OpeningProfile;
import chainsim.scenario.Mode;
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
   * {@code openingMonth}: this direct branch holds it back when it is at least the gate's age
   * and its own operating cash flow over the last three months, projected on the surrogate's
   * mean path, is not positive.
   */
  public boolean holdsBackOpeningIn(int openingMonth) {
    ExpansionRules rules = context().rules();
    int age = openingMonth - month();
    if (mode() != Mode.DIRECT || rules.gateMonths() == 0 || age < rules.gateMonths() || mask() == 0) {
      return false;
    }
    OpeningProfile p = context().surrogate().profile(region(), mode(), mask());
    return p.ownFlowMean() != null && p.trailingOwnFlow(age, GATE_TRAILING_MONTHS) <= 0;
  }

  /** Months of own cash flow the head office sums to call a branch cash-flow positive. */
  public static final int GATE_TRAILING_MONTHS = 3;
}

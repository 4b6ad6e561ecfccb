package chainsim.headoffice;

import chainsim.scenario.Mode;
import chainsim.scenario.Policies;
import java.util.List;

/**
 * The gates an opening must pass. The one-year cash-flow gate (brief: a branch must turn
 * cash-flow positive within one year, otherwise no further expansion): while an open direct
 * branch older than the gate's months still has non-positive operating cash flow over its last
 * three months, no opening of a gated mode happens. The reserve gate: an opening whose cost would
 * take cash below the reserve waits.
 */
final class ExpansionGates {
  private final Policies.BreakevenGate gate;
  private final boolean reserveGate;
  private final double reserve;

  ExpansionGates(Policies policies, double reserve) {
    this.gate = policies.breakevenGate();
    this.reserveGate = policies.reserveGate();
    this.reserve = reserve;
  }

  /** The branch that blocks openings of a mode this month, or null when the gate is open. */
  EntityTrack breakevenBlocker(Mode mode, int month, List<EntityTrack> tracks) {
    if (!gate.enabled() || !gate.blocks().contains(mode)) {
      return null;
    }
    for (EntityTrack t : tracks) {
      if (t.open() && t.spec.mode() == Mode.DIRECT && t.age(month - 1) >= gate.months()
          && t.trailing(month - 1) <= 0) {
        return t;
      }
    }
    return null;
  }

  boolean reserveBlocks(double cash, double openingCost) {
    return reserveGate && openingCost > 0 && cash - openingCost < reserve;
  }

  boolean deferBlocked() {
    return gate.action() == Policies.GateAction.DEFER;
  }
}

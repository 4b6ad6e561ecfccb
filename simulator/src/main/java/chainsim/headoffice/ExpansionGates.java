package chainsim.headoffice;

import chainsim.scenario.Mode;
import chainsim.scenario.Policies;
import java.util.List;

/**
 * The gates an opening must pass. The one-year cash-flow gate (seed 000: a branch must turn
 * cash-flow positive within one year, otherwise no further expansion), by its rule:
 * {@code first_positive_within} (default): an open direct branch older than the gate's months that
 * has not yet broken even (trailing window of own cash flow never positive, the reported
 * break-even month) shuts the gate until it does; {@code rolling}: such a branch shuts it in any
 * month its trailing window is not positive. The reserve gate: an opening whose cost (set-up and
 * projected burn, {@link OpeningCosts}) would take cash below the reserve waits.
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
      if (t.open() && t.spec.mode() == Mode.DIRECT && t.age(month - 1) >= gate.months() && notPositive(t, month - 1)) {
        return t;
      }
    }
    return null;
  }

  /** Whether a branch counts as not cash-flow positive at the end of a month, by the gate's rule. */
  private boolean notPositive(EntityTrack t, int month) {
    return switch (gate.rule()) {
      case FIRST_POSITIVE_WITHIN -> !t.brokeEvenBy(month);
      case ROLLING -> t.trailing(month) <= 0;
    };
  }

  boolean reserveBlocks(double cash, double openingCost) {
    return reserveGate && openingCost > 0 && cash - openingCost < reserve;
  }

  boolean deferBlocked() {
    return gate.action() == Policies.GateAction.DEFER;
  }
}

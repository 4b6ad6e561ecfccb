package chainsim.roster.solver.justification;

import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.StaffMember;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * One breach of a rule that reads a person's line over a span of days: a rest between two days, a
 * run of working days, a week's hours, the period's shifts. Limit and actual are in the rule's unit
 * (minutes of rest, days in a row, minutes in the week, shifts); {@code units} is how far past the
 * limit in the unit the rule is weighed in (one short rest, a day, an hour rounded up, a shift).
 * {@code fromHistory} is how much of {@code actual} the days worked before the roster carried (a
 * branch's {@code --history}): the days of a run before its first day, or 1 for a rest from the
 * history's last shift to the first day's (then {@code first} and {@code last} are both the first day).
 */
public record SpanJustification(StaffMember staff, RosterDay first, RosterDay last, int limit, int actual,
    int units, int fromHistory) implements ConstraintJustification {

  /** A breach wholly inside the roster. */
  public SpanJustification(StaffMember staff, RosterDay first, RosterDay last, int limit, int actual, int units) {
    this(staff, first, last, limit, actual, units, 0);
  }

  /** Whether the days worked before the roster decided the breach. */
  public boolean decidedByHistory() {
    return fromHistory > 0;
  }
}

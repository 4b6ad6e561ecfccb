package chainsim.roster.solver.justification;

import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.StaffMember;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A week rostered below or above a person's contracted hours.
 *
 * @param weekStart the week's first day inside the period
 * @param contractedMinutes the contract's hours for the week (leave credited), in minutes
 * @param workedMinutes the minutes rostered that week
 */
public record WeekHoursJustification(StaffMember staff, RosterDay weekStart, int contractedMinutes,
    int workedMinutes) implements ConstraintJustification {}

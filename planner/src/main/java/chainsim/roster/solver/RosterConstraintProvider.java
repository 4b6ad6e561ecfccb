package chainsim.roster.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;

import chainsim.roster.domain.ContractHours;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftRequest;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import java.util.function.ToIntFunction;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

/**
 * The definition of a good roster. The search scores with {@link RosterIncrementalScoreCalculator}
 * for speed; tests hold both to the same score on every roster they try.
 */
public final class RosterConstraintProvider implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
      coverBelowMinimum(f), coverAboveMaximum(f), noShiftWithoutCover(f), unavailableDay(f),
      minimumRestBetweenShifts(f), mandatorySkills(f),
      contractMaximumShifts(f), contractMaximumConsecutiveWorkingDays(f), contractMaximumHoursPerWeek(f),
      maximumAssignments(f), minimumAssignments(f),
      maximumConsecutiveWorkingDays(f), minimumConsecutiveWorkingDays(f),
      maximumConsecutiveFreeDays(f), minimumConsecutiveFreeDays(f),
      maximumConsecutiveWorkingWeekends(f), minimumConsecutiveWorkingWeekends(f),
      maximumWorkingWeekendsInFourWeeks(f), completeWeekends(f), identicalShiftTypesDuringWeekend(f),
      noNightShiftBeforeFreeWeekend(f), twoFreeDaysAfterNightShifts(f), alternativeSkill(f), unwantedPatterns(f),
      maximumHoursPerWeek(f), hoursBelowContract(f), overtime(f),
      dayOffRequest(f), dayOnRequest(f), shiftOffRequest(f), shiftOnRequest(f),
      coverBelowTarget(f), emergencyPoolShift(f), changeFromPublishedRoster(f),
      fairUndesiredShifts(f), fairWeekendWork(f)
    };
  }

  // ---- hard --------------------------------------------------------------------------------

  /** Each requirement with the number of people on its shift that day (zero included: every cell of the day joins). */
  private BiConstraintStream<CoverRequirement, Integer> coverCounts(ConstraintFactory f) {
    return f.forEach(CoverRequirement.class)
        .join(f.forEachIncludingNullVars(DayAssignment.class),
            Joiners.equal(CoverRequirement::day, DayAssignment::getDay))
        .groupBy((req, cell) -> req,
            conditionally((req, cell) -> cell.getShiftType() == req.shiftType(), countBi()));
  }

  Constraint coverBelowMinimum(ConstraintFactory f) {
    return coverCounts(f)
        .filter((req, staffed) -> staffed < req.minimum())
        .penalize(HardSoftScore.ONE_HARD, (req, staffed) -> req.minimum() - staffed)
        .asConstraint("Cover below minimum");
  }

  Constraint coverAboveMaximum(ConstraintFactory f) {
    return coverCounts(f)
        .filter((req, staffed) -> staffed > req.maximum())
        .penalize(HardSoftScore.ONE_HARD, (req, staffed) -> staffed - req.maximum())
        .asConstraint("Cover above maximum");
  }

  /** A shift type nobody asked for on that day is over-staffing too (INRC cover is exact). */
  Constraint noShiftWithoutCover(ConstraintFactory f) {
    return f.forEach(DayAssignment.class)
        .ifNotExists(CoverRequirement.class,
            Joiners.equal(DayAssignment::getDay, CoverRequirement::day),
            Joiners.equal(DayAssignment::getShiftType, CoverRequirement::shiftType))
        .penalize(HardSoftScore.ONE_HARD)
        .asConstraint("Shift without cover requirement");
  }

  /** Rules that protect a person weigh {@link RosterPolicy#personRuleHardWeight} hard points a breach. */
  Constraint unavailableDay(ConstraintFactory f) {
    return f.forEach(Unavailability.class)
        .join(DayAssignment.class,
            Joiners.equal(Unavailability::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(Unavailability::day, DayAssignment::getDay))
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_HARD, (unavailable, cell, policy) -> policy.personRuleHardWeight())
        .asConstraint("Unavailable day worked");
  }

  Constraint minimumRestBetweenShifts(ConstraintFactory f) {
    return lines(f)
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_HARD,
            (staff, line, policy) -> policy.personRuleHardWeight() * line.restViolations())
        .asConstraint("Minimum rest between shifts");
  }

  /** A shift needs its skills unless the contract allows an alternative skill (see {@link StaffLine#skillsHard}). */
  Constraint mandatorySkills(ConstraintFactory f) {
    return lines(f)
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_HARD, (staff, line, policy) ->
            policy.personRuleHardWeight() * line.unqualifiedShiftViolations(policy.skillsMandatory()))
        .asConstraint("Mandatory skills");
  }

  // ---- contract maxima: hard where the branch's labour rules make them so ----------------------

  /** A branch's contract caps the shifts of the period (INRC: soft, see {@link #maximumAssignments}). */
  Constraint contractMaximumShifts(ConstraintFactory f) {
    return maximumRule(f, "Contract maximum: shifts", StaffLine::maxAssignmentsExcess);
  }

  /** A branch's contract caps a run of working days (INRC: soft, see {@link #maximumConsecutiveWorkingDays}). */
  Constraint contractMaximumConsecutiveWorkingDays(ConstraintFactory f) {
    return maximumRule(f, "Contract maximum: consecutive working days", StaffLine::maxConsecutiveWorkingDaysExcess);
  }

  /** A branch's contract caps the hours of each week (INRC: soft, see {@link #maximumHoursPerWeek}). */
  Constraint contractMaximumHoursPerWeek(ConstraintFactory f) {
    return maximumRule(f, "Contract maximum: hours per week", StaffLine::maxHoursPerWeekExcess);
  }

  /** Per shift, day or hour over the maximum, where the policy makes maxima hard. */
  private Constraint maximumRule(ConstraintFactory f, String name, ToIntFunction<StaffLine> excess) {
    return lines(f)
        .join(RosterPolicy.class, Joiners.filtering((staff, line, policy) -> policy.contractMaximaHard()))
        .penalize(HardSoftScore.ONE_HARD,
            (staff, line, policy) -> policy.personRuleHardWeight() * excess.applyAsInt(line))
        .asConstraint(name);
  }

  // ---- contract rules (soft, weights from the contract) ---------------------------------------

  private BiConstraintStream<StaffMember, StaffLine> lines(ConstraintFactory f) {
    return f.forEachIncludingNullVars(DayAssignment.class)
        .groupBy(DayAssignment::getStaffMember, new StaffLineCollector());
  }

  private Constraint lineRule(ConstraintFactory f, String name, ToIntFunction<StaffLine> penalty) {
    return lines(f)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line) -> penalty.applyAsInt(line))
        .asConstraint(name);
  }

  /** Soft maxima cost their weights only where the policy does not make them hard. */
  private Constraint softMaximumRule(ConstraintFactory f, String name, ToIntFunction<StaffLine> penalty) {
    return lines(f)
        .join(RosterPolicy.class, Joiners.filtering((staff, line, policy) -> !policy.contractMaximaHard()))
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, policy) -> penalty.applyAsInt(line))
        .asConstraint(name);
  }

  Constraint maximumAssignments(ConstraintFactory f) {
    return softMaximumRule(f, "Maximum number of assignments", StaffLine::maxAssignmentsPenalty);
  }

  Constraint minimumAssignments(ConstraintFactory f) {
    return lineRule(f, "Minimum number of assignments", StaffLine::minAssignmentsPenalty);
  }

  Constraint maximumConsecutiveWorkingDays(ConstraintFactory f) {
    return softMaximumRule(f, "Maximum consecutive working days", StaffLine::maxConsecutiveWorkingDaysPenalty);
  }

  Constraint minimumConsecutiveWorkingDays(ConstraintFactory f) {
    return lineRule(f, "Minimum consecutive working days", StaffLine::minConsecutiveWorkingDaysPenalty);
  }

  Constraint maximumConsecutiveFreeDays(ConstraintFactory f) {
    return lineRule(f, "Maximum consecutive free days", StaffLine::maxConsecutiveFreeDaysPenalty);
  }

  Constraint minimumConsecutiveFreeDays(ConstraintFactory f) {
    return lineRule(f, "Minimum consecutive free days", StaffLine::minConsecutiveFreeDaysPenalty);
  }

  Constraint maximumConsecutiveWorkingWeekends(ConstraintFactory f) {
    return lineRule(f, "Maximum consecutive working weekends", StaffLine::maxConsecutiveWorkingWeekendsPenalty);
  }

  Constraint minimumConsecutiveWorkingWeekends(ConstraintFactory f) {
    return lineRule(f, "Minimum consecutive working weekends", StaffLine::minConsecutiveWorkingWeekendsPenalty);
  }

  Constraint maximumWorkingWeekendsInFourWeeks(ConstraintFactory f) {
    return lineRule(f, "Maximum working weekends in four weeks", StaffLine::maxWorkingWeekendsInFourWeeksPenalty);
  }

  Constraint completeWeekends(ConstraintFactory f) {
    return lineRule(f, "Complete weekends", StaffLine::completeWeekendsPenalty);
  }

  Constraint identicalShiftTypesDuringWeekend(ConstraintFactory f) {
    return lineRule(f, "Identical shift types during weekend", StaffLine::identicalShiftTypesDuringWeekendPenalty);
  }

  Constraint noNightShiftBeforeFreeWeekend(ConstraintFactory f) {
    return lineRule(f, "No night shift before free weekend", StaffLine::noNightShiftBeforeFreeWeekendPenalty);
  }

  Constraint twoFreeDaysAfterNightShifts(ConstraintFactory f) {
    return lineRule(f, "Two free days after night shifts", StaffLine::twoFreeDaysAfterNightShiftsPenalty);
  }

  Constraint unwantedPatterns(ConstraintFactory f) {
    return lineRule(f, "Unwanted patterns", StaffLine::unwantedPatternsPenalty);
  }

  Constraint maximumHoursPerWeek(ConstraintFactory f) {
    return softMaximumRule(f, "Maximum hours per week", StaffLine::maxHoursPerWeekPenalty);
  }

  /** A full- or part-timer should be rostered for the hours of the contract, week by week. */
  Constraint hoursBelowContract(ConstraintFactory f) {
    return lines(f)
        .join(ContractHours.class, Joiners.equal((staff, line) -> staff, ContractHours::staffMember))
        .penalize(HardSoftScore.ONE_SOFT,
            (staff, line, hours) -> hours.shortPenalty(line.minutesWorked(hours.firstDay(), hours.days())))
        .asConstraint("Hours below contract");
  }

  /** Hours above the contract are paid as overtime (within the hard weekly maximum). */
  Constraint overtime(ConstraintFactory f) {
    return lines(f)
        .join(ContractHours.class, Joiners.equal((staff, line) -> staff, ContractHours::staffMember))
        .penalize(HardSoftScore.ONE_SOFT,
            (staff, line, hours) -> hours.overtimePenalty(line.minutesWorked(hours.firstDay(), hours.days())))
        .asConstraint("Overtime");
  }

  /** Soft where the contract lets people cover outside their skills at a cost (INRC's rule). */
  Constraint alternativeSkill(ConstraintFactory f) {
    return lines(f)
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, policy) -> line.alternativeSkillPenalty(policy.skillsMandatory()))
        .asConstraint("Alternative skill");
  }

  // ---- requests ----------------------------------------------------------------------------

  Constraint dayOffRequest(ConstraintFactory f) {
    return f.forEach(DayRequest.class)
        .filter(r -> !r.wantsWork())
        .join(DayAssignment.class,
            Joiners.equal(DayRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(DayRequest::day, DayAssignment::getDay))
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .asConstraint("Day off request");
  }

  Constraint dayOnRequest(ConstraintFactory f) {
    return f.forEach(DayRequest.class)
        .filter(DayRequest::wantsWork)
        .join(f.forEachIncludingNullVars(DayAssignment.class),
            Joiners.equal(DayRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(DayRequest::day, DayAssignment::getDay))
        .filter((r, cell) -> !cell.isWorking())
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .asConstraint("Day on request");
  }

  Constraint shiftOffRequest(ConstraintFactory f) {
    return f.forEach(ShiftRequest.class)
        .filter(r -> !r.wantsShift())
        .join(DayAssignment.class,
            Joiners.equal(ShiftRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(ShiftRequest::day, DayAssignment::getDay),
            Joiners.equal(ShiftRequest::shiftType, DayAssignment::getShiftType))
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .asConstraint("Shift off request");
  }

  Constraint shiftOnRequest(ConstraintFactory f) {
    return f.forEach(ShiftRequest.class)
        .filter(ShiftRequest::wantsShift)
        .join(f.forEachIncludingNullVars(DayAssignment.class),
            Joiners.equal(ShiftRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(ShiftRequest::day, DayAssignment::getDay))
        .filter((r, cell) -> cell.getShiftType() != r.shiftType())
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .asConstraint("Shift on request");
  }

  // ---- branch policy -----------------------------------------------------------------------

  /** Each person-hour below a target costs (the target is the service level's workload). */
  Constraint coverBelowTarget(ConstraintFactory f) {
    return coverCounts(f)
        .filter((req, staffed) -> staffed < req.target())
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (req, staffed, policy) ->
            RosterPolicy.perHour(policy.belowTargetWeightPerHour(), req.shiftType().durationMinutes())
                * (req.target() - staffed))
        .asConstraint("Cover below target");
  }

  /** Temporary staff cost money by the hour: use them only where the permanent staff cannot cover. */
  Constraint emergencyPoolShift(ConstraintFactory f) {
    return f.forEach(DayAssignment.class)
        .filter(cell -> cell.getStaffMember().isEmergencyPool())
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (cell, policy) ->
            RosterPolicy.perHour(policy.emergencyWeightPerHour(), cell.getShiftType().durationMinutes()))
        .asConstraint("Emergency pool shift");
  }

  /** Re-rostering: every day that differs from the published roster unsettles someone. */
  Constraint changeFromPublishedRoster(ConstraintFactory f) {
    return f.forEachIncludingNullVars(DayAssignment.class)
        .filter(DayAssignment::isChangedFromPublished)
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (cell, policy) -> policy.changeWeight())
        .asConstraint("Change from published roster");
  }

  /** Fairness is among the unit's own staff: temporaries from the pool are not counted. */
  Constraint fairUndesiredShifts(ConstraintFactory f) {
    return lines(f)
        .filter((staff, line) -> !staff.isEmergencyPool())
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, policy) ->
            policy.undesiredShiftFairnessWeight() * line.undesiredShiftCount() * line.undesiredShiftCount())
        .asConstraint("Fair share of undesired shifts");
  }

  Constraint fairWeekendWork(ConstraintFactory f) {
    return lines(f)
        .filter((staff, line) -> !staff.isEmergencyPool())
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, policy) ->
            policy.weekendFairnessWeight() * line.weekendDaysWorked() * line.weekendDaysWorked())
        .asConstraint("Fair share of weekend work");
  }
}

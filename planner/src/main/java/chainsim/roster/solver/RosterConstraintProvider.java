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
import chainsim.roster.solver.justification.CoverJustification;
import chainsim.roster.solver.justification.DayJustification;
import chainsim.roster.solver.justification.LineJustification;
import chainsim.roster.solver.justification.ShareJustification;
import chainsim.roster.solver.justification.SpanJustification;
import chainsim.roster.solver.justification.WeekHoursJustification;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The definition of a good roster. The search scores with {@link RosterIncrementalScoreCalculator}
 * for speed; tests hold both to the same score on every roster they try.
 *
 * <p>Every constraint filters to what breaks it before it penalises, so a match is a breach (or a
 * cost) and never a zero, and justifies each match with a record from {@code solver.justification}
 * saying who, which day or days, the limit and the actual value: {@code RosterExplanation} and the
 * roster pages read those instead of reading the rules a second time.
 */
public final class RosterConstraintProvider implements ConstraintProvider {

  // ---- the constraints' names (what ScoreExplanation and the pages key on) ------------------------
  public static final String COVER_BELOW_MINIMUM = "Cover below minimum";
  public static final String COVER_ABOVE_MAXIMUM = "Cover above maximum";
  public static final String SHIFT_WITHOUT_COVER = "Shift without cover requirement";
  public static final String UNAVAILABLE_DAY_WORKED = "Unavailable day worked";
  public static final String MINIMUM_REST = "Minimum rest between shifts";
  public static final String MANDATORY_SKILLS = "Mandatory skills";
  public static final String HOURS_BELOW_CONTRACT = "Hours below contract";
  public static final String OVERTIME = "Overtime";
  public static final String ALTERNATIVE_SKILL = "Alternative skill";
  public static final String DAY_OFF_REQUEST = "Day off request";
  public static final String DAY_ON_REQUEST = "Day on request";
  public static final String SHIFT_OFF_REQUEST = "Shift off request";
  public static final String SHIFT_ON_REQUEST = "Shift on request";
  public static final String COVER_BELOW_TARGET = "Cover below target";
  public static final String EMERGENCY_POOL_SHIFT = "Emergency pool shift";
  public static final String CHANGE_FROM_PUBLISHED = "Change from published roster";
  public static final String FAIR_UNDESIRED_SHIFTS = "Fair share of undesired shifts";
  public static final String FAIR_WEEKEND_WORK = "Fair share of weekend work";
  public static final String CONTRACT_MAXIMUM_SHIFTS = "Contract maximum: shifts";
  public static final String CONTRACT_MAXIMUM_CONSECUTIVE_DAYS = "Contract maximum: consecutive working days";
  public static final String CONTRACT_MAXIMUM_HOURS_PER_WEEK = "Contract maximum: hours per week";
  public static final String CONTRACT_MAXIMUM_HOURS_PER_MONTH = "Contract maximum: hours per month";
  public static final String MAXIMUM_NUMBER_OF_ASSIGNMENTS = "Maximum number of assignments";
  public static final String MINIMUM_NUMBER_OF_ASSIGNMENTS = "Minimum number of assignments";
  public static final String MAXIMUM_CONSECUTIVE_WORKING_DAYS = "Maximum consecutive working days";
  public static final String MINIMUM_CONSECUTIVE_WORKING_DAYS = "Minimum consecutive working days";
  public static final String MAXIMUM_CONSECUTIVE_FREE_DAYS = "Maximum consecutive free days";
  public static final String MINIMUM_CONSECUTIVE_FREE_DAYS = "Minimum consecutive free days";
  public static final String MAXIMUM_CONSECUTIVE_WORKING_WEEKENDS = "Maximum consecutive working weekends";
  public static final String MINIMUM_CONSECUTIVE_WORKING_WEEKENDS = "Minimum consecutive working weekends";
  public static final String MAXIMUM_WORKING_WEEKENDS_IN_FOUR_WEEKS = "Maximum working weekends in four weeks";
  public static final String COMPLETE_WEEKENDS = "Complete weekends";
  public static final String IDENTICAL_SHIFT_TYPES_DURING_WEEKEND = "Identical shift types during weekend";
  public static final String NO_NIGHT_SHIFT_BEFORE_FREE_WEEKEND = "No night shift before free weekend";
  public static final String TWO_FREE_DAYS_AFTER_NIGHT_SHIFTS = "Two free days after night shifts";
  public static final String UNWANTED_PATTERNS = "Unwanted patterns";
  public static final String MAXIMUM_HOURS_PER_WEEK = "Maximum hours per week";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
      coverBelowMinimum(f), coverAboveMaximum(f), noShiftWithoutCover(f), unavailableDay(f),
      minimumRestBetweenShifts(f), mandatorySkills(f),
      contractMaximumShifts(f), contractMaximumConsecutiveWorkingDays(f), contractMaximumHoursPerWeek(f),
      contractMaximumHoursPerMonth(f), maximumAssignments(f), minimumAssignments(f),
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
        .justifyWith((req, staffed, score) -> new CoverJustification(req.day(), req.shiftType(), req.minimum(), staffed))
        .asConstraint(COVER_BELOW_MINIMUM);
  }

  Constraint coverAboveMaximum(ConstraintFactory f) {
    return coverCounts(f)
        .filter((req, staffed) -> staffed > req.maximum())
        .penalize(HardSoftScore.ONE_HARD, (req, staffed) -> staffed - req.maximum())
        .justifyWith((req, staffed, score) -> new CoverJustification(req.day(), req.shiftType(), req.maximum(), staffed))
        .asConstraint(COVER_ABOVE_MAXIMUM);
  }

  /** A shift type nobody asked for on that day is over-staffing too (INRC cover is exact). */
  Constraint noShiftWithoutCover(ConstraintFactory f) {
    return f.forEach(DayAssignment.class)
        .ifNotExists(CoverRequirement.class,
            Joiners.equal(DayAssignment::getDay, CoverRequirement::day),
            Joiners.equal(DayAssignment::getShiftType, CoverRequirement::shiftType))
        .penalize(HardSoftScore.ONE_HARD)
        .justifyWith((cell, score) -> day(cell))
        .asConstraint(SHIFT_WITHOUT_COVER);
  }

  /** Rules that protect a person weigh {@link RosterPolicy#personRuleHardWeight} hard points a breach. */
  Constraint unavailableDay(ConstraintFactory f) {
    return f.forEach(Unavailability.class)
        .join(DayAssignment.class,
            Joiners.equal(Unavailability::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(Unavailability::day, DayAssignment::getDay))
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_HARD, (unavailable, cell, policy) -> policy.personRuleHardWeight())
        .justifyWith((unavailable, cell, policy, score) -> day(cell))
        .asConstraint(UNAVAILABLE_DAY_WORKED);
  }

  /** One match per pair of days that rest too little (see {@link PersonRuleBreaches#rest}). */
  Constraint minimumRestBetweenShifts(ConstraintFactory f) {
    return personRule(f, MINIMUM_REST, PersonRuleBreaches::rest, policy -> true);
  }

  /** A shift needs its skills where the branch makes them mandatory (see {@link StaffLine#skillsHard}). */
  Constraint mandatorySkills(ConstraintFactory f) {
    return unqualifiedShifts(f)
        .join(RosterPolicy.class, Joiners.filtering((cell, policy) ->
            StaffLine.skillsHard(cell.getStaffMember().getContract(), policy.skillsMandatory())))
        .penalize(HardSoftScore.ONE_HARD, (cell, policy) -> policy.personRuleHardWeight())
        .justifyWith((cell, policy, score) -> day(cell))
        .asConstraint(MANDATORY_SKILLS);
  }

  private UniConstraintStream<DayAssignment> unqualifiedShifts(ConstraintFactory f) {
    return f.forEach(DayAssignment.class)
        .filter(cell -> !cell.getStaffMember().isQualifiedFor(cell.getShiftType()));
  }

  private static DayJustification day(DayAssignment cell) {
    return new DayJustification(cell.getStaffMember(), cell.getDay(), cell.getShiftType());
  }

  /**
   * A rule protecting a person, one match per breach ({@link PersonRuleBreaches}), each weighing
   * {@link RosterPolicy#personRuleHardWeight} hard points a unit, where {@code applies} to the policy.
   */
  private Constraint personRule(ConstraintFactory f, String name,
      Function<StaffLine, List<SpanJustification>> breaches, Predicate<RosterPolicy> applies) {
    return lines(f)
        .flattenLast(breaches::apply)
        .join(RosterPolicy.class, Joiners.filtering((staff, breach, policy) -> applies.test(policy)))
        .penalize(HardSoftScore.ONE_HARD, (staff, breach, policy) -> policy.personRuleHardWeight() * breach.units())
        .justifyWith((staff, breach, policy, score) -> breach)
        .asConstraint(name);
  }

  // ---- contract maxima: hard where the branch's labour rules make them so ----------------------

  /** A branch's contract caps the shifts of the period (INRC: soft, see {@link #maximumAssignments}). */
  Constraint contractMaximumShifts(ConstraintFactory f) {
    return personRule(f, CONTRACT_MAXIMUM_SHIFTS, PersonRuleBreaches::shifts, RosterPolicy::contractMaximaHard);
  }

  /** A branch's contract caps a run of working days (INRC: soft, see {@link #maximumConsecutiveWorkingDays}). */
  Constraint contractMaximumConsecutiveWorkingDays(ConstraintFactory f) {
    return personRule(f, CONTRACT_MAXIMUM_CONSECUTIVE_DAYS, PersonRuleBreaches::workingRuns,
        RosterPolicy::contractMaximaHard);
  }

  /** A branch's contract caps the hours of each week (INRC: soft, see {@link #maximumHoursPerWeek}). */
  Constraint contractMaximumHoursPerWeek(ConstraintFactory f) {
    return personRule(f, CONTRACT_MAXIMUM_HOURS_PER_WEEK, PersonRuleBreaches::weeklyHours,
        RosterPolicy::contractMaximaHard);
  }

  /**
   * A branch's contract caps the hours of each calendar month (the labour law's monthly overtime
   * cap); the days worked before the roster in its first month count (a branch's history).
   */
  Constraint contractMaximumHoursPerMonth(ConstraintFactory f) {
    return personRule(f, CONTRACT_MAXIMUM_HOURS_PER_MONTH, PersonRuleBreaches::monthlyHours,
        RosterPolicy::contractMaximaHard);
  }

  // ---- contract rules (soft, weights from the contract) ---------------------------------------

  private BiConstraintStream<StaffMember, StaffLine> lines(ConstraintFactory f) {
    return f.forEachIncludingNullVars(DayAssignment.class)
        .groupBy(DayAssignment::getStaffMember, new StaffLineCollector());
  }

  /** A soft contract rule read over the whole line: one match per person it costs something. */
  private Constraint lineRule(ConstraintFactory f, String name, ToIntFunction<StaffLine> penalty) {
    return lines(f)
        .filter((staff, line) -> penalty.applyAsInt(line) > 0)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line) -> penalty.applyAsInt(line))
        .justifyWith((staff, line, score) -> new LineJustification(staff, penalty.applyAsInt(line)))
        .asConstraint(name);
  }

  /** Soft maxima cost their weights only where the policy does not make them hard. */
  private Constraint softMaximumRule(ConstraintFactory f, String name, ToIntFunction<StaffLine> penalty) {
    return lines(f)
        .filter((staff, line) -> penalty.applyAsInt(line) > 0)
        .join(RosterPolicy.class, Joiners.filtering((staff, line, policy) -> !policy.contractMaximaHard()))
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, policy) -> penalty.applyAsInt(line))
        .justifyWith((staff, line, policy, score) -> new LineJustification(staff, penalty.applyAsInt(line)))
        .asConstraint(name);
  }

  Constraint maximumAssignments(ConstraintFactory f) {
    return softMaximumRule(f, MAXIMUM_NUMBER_OF_ASSIGNMENTS, StaffLine::maxAssignmentsPenalty);
  }

  Constraint minimumAssignments(ConstraintFactory f) {
    return lineRule(f, MINIMUM_NUMBER_OF_ASSIGNMENTS, StaffLine::minAssignmentsPenalty);
  }

  Constraint maximumConsecutiveWorkingDays(ConstraintFactory f) {
    return softMaximumRule(f, MAXIMUM_CONSECUTIVE_WORKING_DAYS, StaffLine::maxConsecutiveWorkingDaysPenalty);
  }

  Constraint minimumConsecutiveWorkingDays(ConstraintFactory f) {
    return lineRule(f, MINIMUM_CONSECUTIVE_WORKING_DAYS, StaffLine::minConsecutiveWorkingDaysPenalty);
  }

  Constraint maximumConsecutiveFreeDays(ConstraintFactory f) {
    return lineRule(f, MAXIMUM_CONSECUTIVE_FREE_DAYS, StaffLine::maxConsecutiveFreeDaysPenalty);
  }

  Constraint minimumConsecutiveFreeDays(ConstraintFactory f) {
    return lineRule(f, MINIMUM_CONSECUTIVE_FREE_DAYS, StaffLine::minConsecutiveFreeDaysPenalty);
  }

  Constraint maximumConsecutiveWorkingWeekends(ConstraintFactory f) {
    return lineRule(f, MAXIMUM_CONSECUTIVE_WORKING_WEEKENDS, StaffLine::maxConsecutiveWorkingWeekendsPenalty);
  }

  Constraint minimumConsecutiveWorkingWeekends(ConstraintFactory f) {
    return lineRule(f, MINIMUM_CONSECUTIVE_WORKING_WEEKENDS, StaffLine::minConsecutiveWorkingWeekendsPenalty);
  }

  Constraint maximumWorkingWeekendsInFourWeeks(ConstraintFactory f) {
    return lineRule(f, MAXIMUM_WORKING_WEEKENDS_IN_FOUR_WEEKS, StaffLine::maxWorkingWeekendsInFourWeeksPenalty);
  }

  Constraint completeWeekends(ConstraintFactory f) {
    return lineRule(f, COMPLETE_WEEKENDS, StaffLine::completeWeekendsPenalty);
  }

  Constraint identicalShiftTypesDuringWeekend(ConstraintFactory f) {
    return lineRule(f, IDENTICAL_SHIFT_TYPES_DURING_WEEKEND, StaffLine::identicalShiftTypesDuringWeekendPenalty);
  }

  Constraint noNightShiftBeforeFreeWeekend(ConstraintFactory f) {
    return lineRule(f, NO_NIGHT_SHIFT_BEFORE_FREE_WEEKEND, StaffLine::noNightShiftBeforeFreeWeekendPenalty);
  }

  Constraint twoFreeDaysAfterNightShifts(ConstraintFactory f) {
    return lineRule(f, TWO_FREE_DAYS_AFTER_NIGHT_SHIFTS, StaffLine::twoFreeDaysAfterNightShiftsPenalty);
  }

  Constraint unwantedPatterns(ConstraintFactory f) {
    return lineRule(f, UNWANTED_PATTERNS, StaffLine::unwantedPatternsPenalty);
  }

  Constraint maximumHoursPerWeek(ConstraintFactory f) {
    return softMaximumRule(f, MAXIMUM_HOURS_PER_WEEK, StaffLine::maxHoursPerWeekPenalty);
  }

  /** A full- or part-timer should be rostered for the hours of the contract, week by week. */
  Constraint hoursBelowContract(ConstraintFactory f) {
    return lines(f)
        .join(ContractHours.class, Joiners.equal((staff, line) -> staff, ContractHours::staffMember))
        .filter((staff, line, hours) -> hours.shortPenalty(worked(line, hours)) > 0)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, hours) -> hours.shortPenalty(worked(line, hours)))
        .justifyWith((staff, line, hours, score) -> week(line, hours))
        .asConstraint(HOURS_BELOW_CONTRACT);
  }

  /** Hours above the contract are paid as overtime (within the hard weekly maximum). */
  Constraint overtime(ConstraintFactory f) {
    return lines(f)
        .join(ContractHours.class, Joiners.equal((staff, line) -> staff, ContractHours::staffMember))
        .filter((staff, line, hours) -> hours.overtimePenalty(worked(line, hours)) > 0)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, hours) -> hours.overtimePenalty(worked(line, hours)))
        .justifyWith((staff, line, hours, score) -> week(line, hours))
        .asConstraint(OVERTIME);
  }

  private static int worked(StaffLine line, ContractHours hours) {
    return line.minutesWorked(hours.firstDay(), hours.days());
  }

  private static WeekHoursJustification week(StaffLine line, ContractHours hours) {
    return new WeekHoursJustification(line.staff(), line.days().get(hours.firstDay()), hours.minimumMinutes(),
        worked(line, hours));
  }

  /** Soft where the contract lets people cover outside their skills at a cost (INRC's rule). */
  Constraint alternativeSkill(ConstraintFactory f) {
    return unqualifiedShifts(f)
        .filter(cell -> cell.getStaffMember().getContract().alternativeSkillCategory().active())
        .join(RosterPolicy.class, Joiners.filtering((cell, policy) ->
            !StaffLine.skillsHard(cell.getStaffMember().getContract(), policy.skillsMandatory())))
        .penalize(HardSoftScore.ONE_SOFT,
            (cell, policy) -> cell.getStaffMember().getContract().alternativeSkillCategory().weight())
        .justifyWith((cell, policy, score) -> day(cell))
        .asConstraint(ALTERNATIVE_SKILL);
  }

  // ---- requests ----------------------------------------------------------------------------

  Constraint dayOffRequest(ConstraintFactory f) {
    return f.forEach(DayRequest.class)
        .filter(r -> !r.wantsWork())
        .join(DayAssignment.class,
            Joiners.equal(DayRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(DayRequest::day, DayAssignment::getDay))
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .justifyWith((r, cell, score) -> day(cell))
        .asConstraint(DAY_OFF_REQUEST);
  }

  Constraint dayOnRequest(ConstraintFactory f) {
    return f.forEach(DayRequest.class)
        .filter(DayRequest::wantsWork)
        .join(f.forEachIncludingNullVars(DayAssignment.class),
            Joiners.equal(DayRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(DayRequest::day, DayAssignment::getDay))
        .filter((r, cell) -> !cell.isWorking())
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .justifyWith((r, cell, score) -> day(cell))
        .asConstraint(DAY_ON_REQUEST);
  }

  Constraint shiftOffRequest(ConstraintFactory f) {
    return f.forEach(ShiftRequest.class)
        .filter(r -> !r.wantsShift())
        .join(DayAssignment.class,
            Joiners.equal(ShiftRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(ShiftRequest::day, DayAssignment::getDay),
            Joiners.equal(ShiftRequest::shiftType, DayAssignment::getShiftType))
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .justifyWith((r, cell, score) -> day(cell))
        .asConstraint(SHIFT_OFF_REQUEST);
  }

  Constraint shiftOnRequest(ConstraintFactory f) {
    return f.forEach(ShiftRequest.class)
        .filter(ShiftRequest::wantsShift)
        .join(f.forEachIncludingNullVars(DayAssignment.class),
            Joiners.equal(ShiftRequest::staffMember, DayAssignment::getStaffMember),
            Joiners.equal(ShiftRequest::day, DayAssignment::getDay))
        .filter((r, cell) -> cell.getShiftType() != r.shiftType())
        .penalize(HardSoftScore.ONE_SOFT, (r, cell) -> r.weight())
        .justifyWith((r, cell, score) -> day(cell))
        .asConstraint(SHIFT_ON_REQUEST);
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
        .justifyWith((req, staffed, policy, score) ->
            new CoverJustification(req.day(), req.shiftType(), req.target(), staffed))
        .asConstraint(COVER_BELOW_TARGET);
  }

  /** Temporary staff cost money by the hour: use them only where the permanent staff cannot cover. */
  Constraint emergencyPoolShift(ConstraintFactory f) {
    return f.forEach(DayAssignment.class)
        .filter(cell -> cell.getStaffMember().isEmergencyPool())
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (cell, policy) ->
            RosterPolicy.perHour(policy.emergencyWeightPerHour(), cell.getShiftType().durationMinutes()))
        .justifyWith((cell, policy, score) -> day(cell))
        .asConstraint(EMERGENCY_POOL_SHIFT);
  }

  /** Re-rostering: every day that differs from the published roster unsettles someone. */
  Constraint changeFromPublishedRoster(ConstraintFactory f) {
    return f.forEachIncludingNullVars(DayAssignment.class)
        .filter(DayAssignment::isChangedFromPublished)
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (cell, policy) -> policy.changeWeight())
        .justifyWith((cell, policy, score) -> day(cell))
        .asConstraint(CHANGE_FROM_PUBLISHED);
  }

  /** Fairness is among the unit's own staff: temporaries from the pool are not counted. */
  Constraint fairUndesiredShifts(ConstraintFactory f) {
    return lines(f)
        .filter((staff, line) -> !staff.isEmergencyPool() && line.undesiredShiftCount() > 0)
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, policy) ->
            policy.undesiredShiftFairnessWeight() * line.undesiredShiftCount() * line.undesiredShiftCount())
        .justifyWith((staff, line, policy, score) -> new ShareJustification(staff, line.undesiredShiftCount()))
        .asConstraint(FAIR_UNDESIRED_SHIFTS);
  }

  Constraint fairWeekendWork(ConstraintFactory f) {
    return lines(f)
        .filter((staff, line) -> !staff.isEmergencyPool() && line.weekendDaysWorked() > 0)
        .join(RosterPolicy.class)
        .penalize(HardSoftScore.ONE_SOFT, (staff, line, policy) ->
            policy.weekendFairnessWeight() * line.weekendDaysWorked() * line.weekendDaysWorked())
        .justifyWith((staff, line, policy, score) -> new ShareJustification(staff, line.weekendDaysWorked()))
        .asConstraint(FAIR_WEEKEND_WORK);
  }
}

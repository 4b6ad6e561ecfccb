package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.Kind;
import chainsim.roster.branch.EmployeesFile.Wish;
import chainsim.scenario.Identified;
import chainsim.scenario.Ref;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * The employees file as written, one record per kind of entry: the one description of the format,
 * read the way the scenario's records are (the shape of every value checked against these
 * records, then the rules between values in {@link EmployeesFileRules}), and the source of
 * {@code scenarios/employees.schema.json} and of the reference in {@code docs/roster.md}
 * ({@code EmployeesGeneratedFilesTest} keeps both fresh). Absent values are null here; the
 * defaults the descriptions give are applied by {@link EmployeesFileReader}.
 */
public final class EmployeesFormat {
  /** An id of the file: a shift, a contract, an employee, the branch. */
  static final String ID = "^[a-z0-9][a-z0-9_-]{0,63}$";
  static final String ID_MEANS = "an id (lower-case letters, digits, '-' and '_')";
  static final String TIME = "^([01]?[0-9]|2[0-3]):[0-5][0-9]$";
  static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final String DATE_MEANS = "a date like 2027-07-05";
  static final String DAY = "^([Mm]on(day)?|[Tt]ue(sday)?|[Ww]ed(nesday)?|[Tt]hu(rsday)?|[Ff]ri(day)?|[Ss]at(urday)?"
      + "|[Ss]un(day)?)$";
  /** Largest weight, in points. */
  static final int MAX_WEIGHT = 1_000_000;

  private EmployeesFormat() {}

  /** The top level of an employees file: a branch's shifts, skills, cover, weights, contracts and people. */
  public record Branch(
      @Pattern(regexp = ID, message = ID_MEANS)
          @JsonPropertyDescription("The opening the file is for; when given it must be --branch (guards against the"
              + " wrong file).")
          String branch,
      @JsonPropertyDescription("Local time of the shifts, used by the calendars. Default: Asia/Shanghai.")
          String timeZone,
      @NotNull @NotEmpty @JsonPropertyDescription("The shifts the branch runs.") List<Shift> shifts,
      @NotEmpty
          @JsonPropertyDescription("The skills rostered, each a skill of the scenario; every one must be someone's."
              + " Default: the skills of the employees.")
          List<String> skills,
      @NotEmpty
          @JsonPropertyDescription("People needed per shift and skill; for a day, shift and skill the last matching"
              + " entry wins. Default: derived from the forecast (see Cover).")
          List<Cover> cover,
      @JsonPropertyDescription("What the soft rules cost, in yuan-equivalent points.") Weights weights,
      @NotNull @NotEmpty @JsonPropertyDescription("Working terms.") List<Contract> contracts,
      @NotNull @NotEmpty @JsonPropertyDescription("The people.") List<Employee> employees,
      @JsonPropertyDescription("Days the branch is closed (public holidays): no shift runs, contracted hours are"
              + " credited. Default: none.")
          List<@Pattern(regexp = DATE, message = DATE_MEANS) String> closed) {}

  /**
   * A shift the branch runs; each shift and rostered skill is a shift type of the roster
   * ({@code early/tax}).
   */
  public record Shift(
      @NotNull @Pattern(regexp = ID, message = ID_MEANS)
          @JsonPropertyDescription("e.g. early; its initial labels the cells of the grid.")
          String id,
      @JsonPropertyDescription("e.g. 早班, shown on the page and in the calendars. Default: the id.") String name,
      @NotNull @Pattern(regexp = TIME, message = "a time like 08:30")
          @JsonPropertyDescription("Local time the shift starts, HH:MM.")
          String start,
      @NotNull @Pattern(regexp = TIME, message = "a time like 08:30")
          @JsonPropertyDescription("Local time it ends, HH:MM; an end before the start is a shift past midnight.")
          String end,
      @NotEmpty
          @JsonPropertyDescription("The days of the week the shift runs (mon ... sun). Default: [mon, tue, wed, thu,"
              + " fri].")
          List<@Pattern(regexp = DAY, message = "a day of the week (mon, tue, wed, thu, fri, sat, sun)") String> days,
      @JsonPropertyDescription("Counts for the fairness rule (late and weekend shifts). Default: false.")
          Boolean undesired,
      @DecimalMin("0") @DecimalMax("100")
          @JsonPropertyDescription("The share of the day's workload a shift sees, per hour (derived cover). Default:"
              + " 1.")
          Double demandWeight)
      implements Identified {}

  /** People needed on a shift with a skill, on every day it runs or on some days or dates. */
  public record Cover(
      @NotNull @Ref("shifts") @JsonPropertyDescription("The shift the entry is for.") String shift,
      @NotNull
          @JsonPropertyDescription("A rostered skill that some employee has; cover of a skill nobody has is impossible"
              + " cover, an error.")
          String skill,
      @Min(0) @Max(1000) @JsonPropertyDescription("The hard minimum of people. Default: 0.") Integer min,
      @Min(0) @Max(1000)
          @JsonPropertyDescription("The soft target; each person-hour below it costs weights.below_target_per_hour."
              + " Default: min.")
          Integer target,
      @Min(0) @Max(1000) @JsonPropertyDescription("The hard maximum. Default: no maximum.") Integer max,
      @NotEmpty
          @JsonPropertyDescription("The entry's days of the week (days the shift runs). Default: every day the shift"
              + " runs.")
          List<@Pattern(regexp = DAY, message = "a day of the week (mon, tue, wed, thu, fri, sat, sun)") String> days,
      @NotEmpty @JsonPropertyDescription("Or the entry's dates.")
          List<@Pattern(regexp = DATE, message = DATE_MEANS) String> dates) {}

  /**
   * Soft costs in yuan-equivalent points; the first four default to the scenario's prices (see
   * Weights above), the rest to fixed values.
   */
  public record Weights(
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("Each person-hour below a cover target. Default: the scenario's unmet penalty per"
              + " hour × the productive share.")
          Integer belowTargetPerHour,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("Each hour of the emergency pool. Default: planning.staffing.pool_cost_per_hour.")
          Integer poolPerHour,
      @DecimalMin("0") @DecimalMax("10000")
          @JsonPropertyDescription("The pool's size in hours a month. Default:"
              + " planning.staffing.pool_hours_per_month.")
          Double poolHoursPerMonth,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("Each hour rostered above a person's contracted hours. Default: 150 % of the"
              + " service role's base pay per hour.")
          Integer overtimePerHour,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("Each day that differs from the published roster (re-rostering). Default: 500.")
          Integer change,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("A request not granted, unless the request gives its own weight. Default: 1000.")
          Integer request,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("× (undesired shifts of a person)², summed over the employees. Default: 30.")
          Integer undesiredFairness,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("× (Saturdays and Sundays worked by a person)². Default: 30.")
          Integer weekendFairness,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("Each hour a person is rostered below their contracted hours. Default: 60.")
          Integer hoursBelowContractPerHour,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("Each unit of the contracts' soft preferences. Default: 100.")
          Integer preference) {}

  /** Working terms: where a branch's labour rules live. */
  public record Contract(
      @NotNull @Pattern(regexp = ID, message = ID_MEANS) @JsonPropertyDescription("e.g. full_time.") String id,
      @NotNull @JsonPropertyDescription("full_time or part_time.") Kind kind,
      @NotNull @Min(1) @Max(80)
          @JsonPropertyDescription("The contracted hours a calendar week: each hour below costs"
              + " hours_below_contract_per_hour, each above overtime_per_hour (soft); a weekday of leave or a closed"
              + " day credits a fifth of them.")
          Integer hoursPerWeek,
      @Min(1) @Max(100)
          @JsonPropertyDescription("Hard, per calendar week; at least hours_per_week. Default: hours_per_week.")
          Integer maxHoursPerWeek,
      @Min(1) @Max(400)
          @JsonPropertyDescription("Hard, per calendar month (e.g. the standard month plus the legal 36 h of"
              + " overtime); with --history the hours worked earlier in the roster's first month count. Default:"
              + " none.")
          Integer maxHoursPerMonth,
      @Min(1) @Max(7)
          @JsonPropertyDescription("Hard, read over the period (N weeks × the value); the weekly hours cap each"
              + " week. Default: none.")
          Integer maxShiftsPerWeek,
      @Min(1) @Max(31) @JsonPropertyDescription("Hard. Default: 6.") Integer maxConsecutiveDays,
      @Min(0) @Max(24)
          @JsonPropertyDescription("Hard: from the end of a shift to the start of the next day's. Default: 11.")
          Integer minRestHours,
      @Min(1) @Max(7)
          @JsonPropertyDescription("Soft: preference per day short of a run of working days. Default: none.")
          Integer minConsecutiveDays,
      @Min(1) @Max(7) @JsonPropertyDescription("Soft: the same for runs of days off. Default: none.")
          Integer minConsecutiveDaysOff,
      @Min(0) @Max(4)
          @JsonPropertyDescription("Soft, preference per weekend over; read over the period, the allowance scaled to"
              + " its length (rounded up); with --history, a period under four weeks also reads the weekends before"
              + " it in the four weeks ending with its last. Default: none.")
          Integer maxWeekendsPerFourWeeks,
      @JsonPropertyDescription("Soft: a weekend is worked on both days or neither. Default: false.")
          Boolean completeWeekends)
      implements Identified {}

  /** A person of the branch. */
  public record Employee(
      @NotNull @Pattern(regexp = ID, message = ID_MEANS)
          @JsonPropertyDescription("A person's name in roster.csv and the calendar's file name (pool-… is kept for"
              + " the pool).")
          String id,
      @JsonPropertyDescription("Shown on the page and in the calendar. Default: the id.") String name,
      @NotNull @Ref("contracts") @JsonPropertyDescription("Their working terms; an employee without one is an error.")
          String contract,
      @NotNull @NotEmpty
          @JsonPropertyDescription("Skill ids, each a skill of the scenario (an unknown skill is an error) and"
              + " rostered.")
          List<String> skills,
      @NotEmpty
          @JsonPropertyDescription("The days of the week they can work at all (hard). Default: every day.")
          List<@Pattern(regexp = DAY, message = "a day of the week (mon, tue, wed, thu, fri, sat, sun)") String>
              availableDays,
      @JsonPropertyDescription("Leave, training, a visit elsewhere (hard): a date, or { from, to, reason }."
              + " Default: none.")
          List<Leave> unavailable,
      @JsonPropertyDescription("Wishes (soft). Default: none.") List<Request> requests)
      implements Identified {}

  /** Days off that are not the person's to give; a date alone is a one-day leave. */
  public record Leave(
      @NotNull @Pattern(regexp = DATE, message = DATE_MEANS) @JsonPropertyDescription("The first day.") String from,
      @NotNull @Pattern(regexp = DATE, message = DATE_MEANS) @JsonPropertyDescription("The last day.") String to,
      @JsonPropertyDescription("Shows on hover.") String reason) {}

  /** A wish for a date, optionally about one shift. */
  public record Request(
      @NotNull @Pattern(regexp = DATE, message = DATE_MEANS) @JsonPropertyDescription("The day.") String date,
      @NotNull
          @JsonPropertyDescription("day_off, day_on, shift_off or shift_on; the last two name a shift (whatever skill"
              + " it is worked with).")
          Wish wants,
      @Ref("shifts") @JsonPropertyDescription("The shift, for shift_off and shift_on.") String shift,
      @Min(0) @Max(MAX_WEIGHT)
          @JsonPropertyDescription("What the request costs when not granted. Default: weights.request.")
          Integer weight) {}
}

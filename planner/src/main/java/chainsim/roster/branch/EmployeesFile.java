package chainsim.roster.branch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A branch's employees file as read (see {@code docs/roster.md} for the format): its shifts, the
 * skills it rosters, the cover it asks for (or none, to derive it from the forecast), the weights
 * of its rules, its contracts and its employees with their availability and requests. Every value
 * is checked by {@link EmployeesFileReader}; a file that reads is consistent.
 *
 * @param branch the opening id the file says it belongs to, or null
 * @param skills skills rostered, in order (those of the employees when the file names none)
 * @param cover the cover given in the file, or null to derive it from the forecast
 * @param closed dates the branch is closed (public holidays): no shift runs, contract hours are credited
 */
public record EmployeesFile(
    Path file,
    String branch,
    ZoneId timeZone,
    List<ShiftDef> shifts,
    List<String> skills,
    List<CoverDef> cover,
    Weights weights,
    List<ContractDef> contracts,
    List<EmployeeDef> employees,
    List<LocalDate> closed) {

  public EmployeesFile {
    shifts = List.copyOf(shifts);
    skills = List.copyOf(skills);
    cover = cover == null ? null : List.copyOf(cover);
    contracts = List.copyOf(contracts);
    employees = List.copyOf(employees);
    closed = List.copyOf(closed);
  }

  public boolean coverGiven() {
    return cover != null;
  }

  public Optional<ShiftDef> shift(String id) {
    return shifts.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<ContractDef> contract(String id) {
    return contracts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** A kind of shift the branch runs (early, late, Saturday morning), on some days of the week. */
  public record ShiftDef(String id, String name, LocalTime start, LocalTime end, Set<DayOfWeek> days,
      boolean undesired, double demandWeight) {
    public ShiftDef {
      days = Set.copyOf(days);
    }

    public int minutes() {
      long m = java.time.Duration.between(start, end).toMinutes();
      return (int) (m <= 0 ? m + 24 * 60 : m);
    }
  }

  /**
   * People needed on a shift with a skill: on every day the shift runs, on some days of the week,
   * or on given dates. Later entries win over earlier ones for the same shift, skill and day.
   *
   * @param maximum the most people, or null for no maximum
   * @param days days of the week, or null for every day the shift runs
   * @param dates dates, or null
   * @param line where the entry is, for messages
   */
  public record CoverDef(String shift, String skill, int minimum, int target, Integer maximum, Set<DayOfWeek> days,
      List<LocalDate> dates, int line) {}

  /**
   * The branch's weights, in yuan-equivalent points (soft score units); null where the scenario's
   * settings give the default (pool prices and hours, the value of an uncovered hour).
   */
  public record Weights(Integer belowTargetPerHour, Integer poolPerHour, Double poolHoursPerMonth,
      Integer overtimePerHour, int change, int request, int undesiredFairness, int weekendFairness,
      int hoursBelowContractPerHour, int preference) {
    public static Weights defaults() {
      return new Weights(null, null, null, null, DEFAULT_CHANGE, DEFAULT_REQUEST, DEFAULT_FAIRNESS, DEFAULT_FAIRNESS,
          DEFAULT_HOURS_BELOW_CONTRACT, DEFAULT_PREFERENCE);
    }

    public static final int DEFAULT_CHANGE = 500;
    public static final int DEFAULT_REQUEST = 1000;
    public static final int DEFAULT_FAIRNESS = 30;
    public static final int DEFAULT_HOURS_BELOW_CONTRACT = 60;
    public static final int DEFAULT_PREFERENCE = 100;
  }

  /** Full or part time. */
  public enum Kind {
    @JsonProperty("full_time") FULL_TIME,
    @JsonProperty("part_time") PART_TIME
  }

  /**
   * Working terms. Hard: {@code maxHoursPerWeek}, {@code maxHoursPerMonth}, {@code maxShiftsPerWeek} (read over the period),
   * {@code maxConsecutiveDays}, {@code minRestHours}. Soft: {@code hoursPerWeek} (each hour short
   * costs), {@code minConsecutiveDays}, {@code minConsecutiveDaysOff}, {@code maxWeekendsPerFourWeeks},
   * {@code completeWeekends}. Nulls are rules the contract does not have.
   */
  public record ContractDef(String id, Kind kind, int hoursPerWeek, int maxHoursPerWeek, Integer maxHoursPerMonth,
      Integer maxShiftsPerWeek,
      int maxConsecutiveDays, int minRestHours, Integer minConsecutiveDays, Integer minConsecutiveDaysOff,
      Integer maxWeekendsPerFourWeeks, boolean completeWeekends) {}

  /** A person of the branch; {@code availableDays} are the days of the week they can work at all. */
  public record EmployeeDef(String id, String name, String contract, List<String> skills,
      Set<DayOfWeek> availableDays, List<Leave> unavailable, List<RequestDef> requests, int line) {
    public EmployeeDef {
      skills = List.copyOf(skills);
      availableDays = Set.copyOf(availableDays);
      unavailable = List.copyOf(unavailable);
      requests = List.copyOf(requests);
    }

    public boolean unavailableOn(LocalDate date) {
      return !availableDays.contains(date.getDayOfWeek()) || onLeave(date);
    }

    public boolean onLeave(LocalDate date) {
      return unavailable.stream().anyMatch(l -> !date.isBefore(l.from()) && !date.isAfter(l.to()));
    }
  }

  /** Days off that are not the person's to give (leave, training, a client visit elsewhere): hard. */
  public record Leave(LocalDate from, LocalDate to, String reason) {}

  /** What a request asks for. */
  public enum Wish {
    @JsonProperty("day_off") DAY_OFF,
    @JsonProperty("day_on") DAY_ON,
    @JsonProperty("shift_off") SHIFT_OFF,
    @JsonProperty("shift_on") SHIFT_ON
  }

  /** A wish for a date, optionally about one shift; null weight takes the file's request weight. */
  public record RequestDef(LocalDate date, Wish wish, String shift, Integer weight, int line) {}
}

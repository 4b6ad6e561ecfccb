package chainsim.roster.branch;

import chainsim.roster.branch.BranchRoster.CoverOrigin;
import chainsim.roster.branch.BranchRoster.Pool;
import chainsim.roster.branch.BranchRoster.Prices;
import chainsim.roster.branch.BranchRoster.Rerostering;
import chainsim.roster.branch.EmployeesFile.ContractDef;
import chainsim.roster.branch.EmployeesFile.CoverDef;
import chainsim.roster.branch.EmployeesFile.EmployeeDef;
import chainsim.roster.branch.EmployeesFile.RequestDef;
import chainsim.roster.branch.EmployeesFile.ShiftDef;
import chainsim.roster.branch.EmployeesFile.Weights;
import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractHours;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftRequest;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.Skill;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.Unavailability;
import chainsim.scenario.Opening;
import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.StaffingPlanning;
import chainsim.scenario.tree.Names;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a branch's {@link Roster}: a shift type per shift and rostered skill, a contract per
 * contract of the file (its maxima hard, its preferences soft at the file's preference weight), a
 * staff member per employee and per temporary of the emergency pool, cover per day and shift type
 * (from the file or the forecast), availability, requests, the contracted hours of every week, and
 * the previous roster's pins and published days.
 */
public final class BranchRosterBuilder {
  /** Hours a week one temporary of the emergency pool works at most. */
  static final int POOL_MEMBER_MAX_HOURS = 40;
  static final int POOL_REST_HOURS = 11;
  static final int POOL_MAX_CONSECUTIVE_DAYS = 6;

  private final Scenario scenario;
  private final EmployeesFile file;
  private final LocalDate firstDay;
  private final int weeks;
  private final Map<ForecastCover.Slot, ForecastCover.Need> derived;
  private final Map<String, Skill> skills = new LinkedHashMap<>();
  private final Map<String, ShiftType> types = new LinkedHashMap<>();
  private final Map<ShiftType, ShiftDef> shiftOf = new IdentityHashMap<>();
  private final Map<ShiftType, String> skillOf = new IdentityHashMap<>();
  private final Map<StaffMember, EmployeeDef> employeeOf = new IdentityHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private BranchRosterBuilder(Scenario scenario, EmployeesFile file, LocalDate firstDay, int weeks,
      Map<ForecastCover.Slot, ForecastCover.Need> derived) {
    this.scenario = scenario;
    this.file = file;
    this.firstDay = firstDay;
    this.weeks = weeks;
    this.derived = derived;
  }

  /**
   * The roster problem of a branch.
   *
   * @param derived cover from the forecast, or null when the file gives it
   * @param previous a previous roster, or null
   * @param publishUntil the last pinned day (with a previous roster), or null for none
   * @param history the days worked before the first day, or null when none are given
   */
  public static BranchRoster build(Scenario scenario, Opening opening, EmployeesFile file, LocalDate firstDay,
      int weeks, Map<ForecastCover.Slot, ForecastCover.Need> derived, CoverOrigin origin, Prices prices,
      PreviousRoster previous, LocalDate publishUntil, WorkedHistory history) throws ScenarioException {
    return new BranchRosterBuilder(scenario, file, firstDay, weeks, derived).build(opening, origin, prices, previous,
        publishUntil, history);
  }

  private BranchRoster build(Opening opening, CoverOrigin origin, Prices prices, PreviousRoster previous,
      LocalDate publishUntil, WorkedHistory history) throws ScenarioException {
    Weights w = file.weights();
    Prices used = pricesUsed(prices);
    Pool pool = pool();
    PlanningPeriod period = shiftTypes();
    List<StaffMember> staff = employees(w.preference());
    staff.addAll(poolMembers(pool));
    if (history != null) {
      new HistoryBorders(file, firstDay, weeks, types, notes).apply(history, staff, employeeOf);
    }
    List<CoverRequirement> cover = cover(period, staff.size());
    Wishes wishes = wishes(staff, period, w.request());
    RosterPolicy policy = new RosterPolicy(w.change(), pool.costPerHour(), used.belowTargetPerHour(),
        w.undesiredFairness(), w.weekendFairness(), true, true, RosterPolicy.BRANCH_PERSON_RULE_WEIGHT);
    Roster roster = new Roster(opening.id(), period, List.copyOf(skills.values()), staff, cover, wishes.days(),
        wishes.shifts(), wishes.unavailable(), policy);
    roster.setContractHours(contractHours(staff, period, w.hoursBelowContractPerHour(), used.overtimePerHour()));
    Rerostering rerostering = previous == null ? null : applyPrevious(roster, previous, publishUntil, w.change());
    return new BranchRoster(scenario, opening, file, roster, firstDay, weeks, shiftOf, skillOf, employeeOf, origin,
        used, pool, rerostering, notes);
  }

  /** The prices of an uncovered hour and of overtime: the file's weights where it gives them, else the scenario's. */
  private Prices pricesUsed(Prices prices) {
    Weights w = file.weights();
    int belowTarget = w.belowTargetPerHour() != null ? w.belowTargetPerHour() : prices.belowTargetPerHour();
    int overtime = w.overtimePerHour() != null ? w.overtimePerHour() : prices.overtimePerHour();
    return new Prices(prices.productiveShare(), belowTarget, overtime);
  }

  /** The emergency pool: the file's size and price where it gives them, else the scenario's staffing settings. */
  private Pool pool() {
    StaffingPlanning staffing = scenario.planning().staffing();
    Weights w = file.weights();
    int cost = w.poolPerHour() != null ? w.poolPerHour() : (int) Math.round(staffing.poolCostPerHour());
    double hours = w.poolHoursPerMonth() != null ? w.poolHoursPerMonth() : staffing.poolHoursPerMonth();
    return pool(hours, cost);
  }

  /** A skill per rostered skill, a shift type per shift and skill, and the period they are rostered over. */
  private PlanningPeriod shiftTypes() {
    file.skills().forEach(s -> skills.put(s, new Skill(s)));
    for (ShiftDef shift : file.shifts()) {
      for (String skill : file.skills()) {
        ShiftType t = new ShiftType(shift.id() + "/" + skill, shift.name(), shift.start(), shift.end(),
            Set.of(skills.get(skill)), shift.undesired());
        types.put(t.getId(), t);
        shiftOf.put(t, shift);
        skillOf.put(t, skill);
      }
    }
    return new PlanningPeriod(firstDay, firstDay.plusDays(7L * weeks - 1), List.copyOf(types.values()));
  }

  /** A staff member per employee, on their contract, with their skills. */
  private List<StaffMember> employees(int preference) {
    Map<String, Contract> contracts = new HashMap<>();
    for (ContractDef c : file.contracts()) {
      contracts.put(c.id(), contract(c, preference));
    }
    List<StaffMember> staff = new ArrayList<>();
    for (EmployeeDef e : file.employees()) {
      Set<Skill> has = new HashSet<>();
      e.skills().forEach(s -> has.add(skills.get(s)));
      StaffMember m = new StaffMember(e.id(), e.name(), contracts.get(e.contract()), has, false);
      staff.add(m);
      employeeOf.put(m, e);
    }
    return staff;
  }

  /** The pool's temporaries: every rostered skill, 11 hours' rest, at most 6 days in a row and their weekly hours. */
  private List<StaffMember> poolMembers(Pool pool) {
    Contract poolContract = Contract.builder("pool").minRestHours(POOL_REST_HOURS)
        .maxConsecutiveWorkingDays(1, POOL_MAX_CONSECUTIVE_DAYS).maxHoursPerWeek(1, pool.hoursPerWeekEach()).build();
    List<StaffMember> members = new ArrayList<>();
    for (int i = 1; i <= pool.members(); i++) {
      members.add(new StaffMember("pool-" + i, "pool " + i, poolContract, Set.copyOf(skills.values()), true));
    }
    return members;
  }

  /** What the employees cannot or would rather not work, within the period. */
  private record Wishes(List<Unavailability> unavailable, List<DayRequest> days, List<ShiftRequest> shifts) {}

  /** Every employee's days unavailable (days they never work, leave) and requests, at their weight or the file's. */
  private Wishes wishes(List<StaffMember> staff, PlanningPeriod period, int requestWeight) {
    Wishes out = new Wishes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (StaffMember m : staff) {
      EmployeeDef e = employeeOf.get(m);
      if (e == null) {
        continue;
      }
      for (RosterDay day : period.getDays()) {
        if (e.unavailableOn(day.getDate())) {
          out.unavailable().add(new Unavailability(m, day));
        }
      }
      for (RequestDef r : e.requests()) {
        RosterDay day = period.day(r.date());
        if (day != null) {
          addRequest(m, day, r, r.weight() != null ? r.weight() : requestWeight, out.days(), out.shifts());
        }
      }
    }
    return out;
  }

  /** The contract's maxima (hard for a branch) at weight 1, its preferences at the file's weight. */
  private Contract contract(ContractDef c, int preference) {
    Contract.Builder b = Contract.builder(c.id()).minRestHours(c.minRestHours())
        .maxConsecutiveWorkingDays(1, c.maxConsecutiveDays()).maxHoursPerWeek(1, c.maxHoursPerWeek());
    if (c.maxHoursPerMonth() != null) {
      b.maxHoursPerMonth(1, c.maxHoursPerMonth());
    }
    if (c.maxShiftsPerWeek() != null) {
      b.maxAssignments(1, c.maxShiftsPerWeek() * weeks);
    }
    if (c.minConsecutiveDays() != null) {
      b.minConsecutiveWorkingDays(preference, c.minConsecutiveDays());
    }
    if (c.minConsecutiveDaysOff() != null) {
      b.minConsecutiveFreeDays(preference, c.minConsecutiveDaysOff());
    }
    if (c.maxWeekendsPerFourWeeks() != null) {
      // the rule reads the whole period: scale the four-week allowance to its length
      b.maxWorkingWeekendsInFourWeeks(preference, (int) Math.ceil(c.maxWeekendsPerFourWeeks() * weeks / 4.0));
    }
    if (c.completeWeekends()) {
      b.completeWeekends(preference);
    }
    return b.build();
  }

  /**
   * The scenario's pool hours a month as temporaries of at most 40 hours a week each, sharing the
   * hours evenly: 320 hours a month (74 a week) are two temporaries of 37 hours.
   */
  private static Pool pool(double hoursPerMonth, int costPerHour) {
    double perWeek = hoursPerMonth * 12.0 / 52.0;
    if (perWeek < 1) {
      return new Pool(0, 0, costPerHour, hoursPerMonth);
    }
    int members = (int) Math.ceil(perWeek / POOL_MEMBER_MAX_HOURS - 1e-9);
    int each = (int) Math.floor(perWeek / members + 1e-9);
    return new Pool(members, Math.max(1, each), costPerHour, hoursPerMonth);
  }

  /**
   * A requirement per day and shift type the branch runs: the file's (its last matching entry) or
   * the forecast's; none given means anyone with the skill may work it (no minimum, no target).
   * "No maximum" is the number of people, which no day can exceed.
   */
  private List<CoverRequirement> cover(PlanningPeriod period, int people) {
    Set<LocalDate> closed = new HashSet<>(file.closed());
    List<CoverRequirement> out = new ArrayList<>();
    for (RosterDay day : period.getDays()) {
      if (closed.contains(day.getDate())) {
        continue;
      }
      for (ShiftType t : types.values()) {
        ShiftDef shift = shiftOf.get(t);
        if (!shift.days().contains(day.getDayOfWeek())) {
          continue;
        }
        String skill = skillOf.get(t);
        int min = 0;
        int target = 0;
        int max = people;
        if (derived != null) {
          ForecastCover.Need need = derived.get(new ForecastCover.Slot(day.getDate(), shift.id(), skill));
          if (need != null) {
            min = need.minimum();
            target = need.target();
          }
        } else {
          CoverDef c = givenCover(day.getDate(), shift.id(), skill);
          if (c != null) {
            min = c.minimum();
            target = c.target();
            max = c.maximum() == null ? people : c.maximum();
          }
        }
        out.add(new CoverRequirement(day, t, min, target, Math.max(max, target)));
      }
    }
    return out;
  }

  private CoverDef givenCover(LocalDate date, String shift, String skill) {
    CoverDef found = null;
    for (CoverDef c : file.cover()) {
      boolean day = c.dates() != null ? c.dates().contains(date)
          : c.days() == null || c.days().contains(date.getDayOfWeek());
      if (c.shift().equals(shift) && c.skill().equals(skill) && day) {
        found = c;
      }
    }
    return found;
  }

  /**
   * A shift wish is about the shift whatever skill it is worked with: "not the late shift" is a
   * request against each late shift type (only one can be worked), "the early shift" is a day-on
   * request plus a request against every other shift's types, so it costs its weight once whichever
   * way it is not met.
   */
  private void addRequest(StaffMember m, RosterDay day, RequestDef r, int weight, List<DayRequest> dayRequests,
      List<ShiftRequest> shiftRequests) {
    switch (r.wish()) {
      case DAY_OFF -> dayRequests.add(new DayRequest(m, day, false, weight));
      case DAY_ON -> dayRequests.add(new DayRequest(m, day, true, weight));
      case SHIFT_OFF -> types.values().stream().filter(t -> shiftOf.get(t).id().equals(r.shift()))
          .forEach(t -> shiftRequests.add(new ShiftRequest(m, day, t, false, weight)));
      case SHIFT_ON -> {
        dayRequests.add(new DayRequest(m, day, true, weight));
        types.values().stream().filter(t -> !shiftOf.get(t).id().equals(r.shift()))
            .forEach(t -> shiftRequests.add(new ShiftRequest(m, day, t, false, weight)));
      }
      default -> throw new IllegalStateException(r.wish().toString());
    }
  }

  /**
   * Each employee's contracted minutes per week, less a fifth of the weekly hours for every weekday
   * they would have worked but are on leave or the branch is closed.
   */
  private List<ContractHours> contractHours(List<StaffMember> staff, PlanningPeriod period, int weightPerHour,
      int overtimePerHour) {
    Set<LocalDate> closed = new HashSet<>(file.closed());
    List<ContractHours> out = new ArrayList<>();
    for (StaffMember m : staff) {
      EmployeeDef e = employeeOf.get(m);
      if (e == null) {
        continue;
      }
      int weekly = file.contract(e.contract()).orElseThrow().hoursPerWeek() * 60;
      for (int first = 0; first < period.dayCount(); first += 7) {
        int credit = 0;
        for (int d = first; d < first + 7; d++) {
          LocalDate date = period.getDays().get(d).getDate();
          boolean weekday = date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
          if (weekday && e.availableDays().contains(date.getDayOfWeek()) && (e.onLeave(date) || closed.contains(date))) {
            credit += weekly / 5;
          }
        }
        out.add(new ContractHours(m, first, 7, Math.max(0, weekly - credit), weightPerHour, overtimePerHour));
      }
    }
    return out;
  }

  /**
   * Publishes the previous roster on the days it covers, for everyone it names, and pins every day up
   * to {@code publishUntil} as it was (a day nobody was rostered on is pinned free). Cells start from
   * the previous roster's values, so the search starts from what people were told.
   */
  private Rerostering applyPrevious(Roster roster, PreviousRoster previous, LocalDate publishUntil, int changeWeight)
      throws ScenarioException {
    Map<String, StaffMember> byId = new LinkedHashMap<>();
    roster.getStaff().forEach(m -> byId.put(m.getId(), m));
    Map<String, ShiftType> values = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> leavers = new LinkedHashMap<>();
    Set<StaffMember> named = new HashSet<>();
    for (PreviousRoster.Entry e : previous.entries()) {
      StaffMember m = byId.get(e.employee());
      if (m == null) {
        leavers.merge(e.employee(), 1, Integer::sum);
        continue;
      }
      named.add(m);
      if (roster.getPeriod().day(e.date()) == null) {
        continue;
      }
      if (file.shift(e.shift()).isEmpty()) {
        problems.add(new Problem(previous.file(), e.line(), e.shiftColumn(), "", "unknown shift " + Names.quote(e.shift())
            + "; the employees file's shifts are " + String.join(", ", file.shifts().stream().map(ShiftDef::id).toList())));
        continue;
      }
      ShiftType t = types.get(e.shift() + "/" + e.skill());
      if (t == null) {
        problems.add(new Problem(previous.file(), e.line(), e.skillColumn(), "", "skill " + Names.quote(e.skill())
            + " is not rostered at this branch (skills: " + String.join(", ", file.skills()) + ")"));
        continue;
      }
      values.put(e.employee() + "@" + e.date(), t);
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    leavers.forEach((who, shifts) -> notes.add("previous roster: " + who + " is not in the employees file; their "
        + shifts + (shifts == 1 ? " shift is" : " shifts are") + " not kept"));
    LocalDate prevFirst = previous.firstDay();
    LocalDate prevLast = previous.lastDay();
    int pinned = 0;
    int published = 0;
    for (DayAssignment cell : roster.getAssignments()) {
      LocalDate date = cell.getDay().getDate();
      ShiftType before = values.get(cell.getStaffMember().getId() + "@" + date);
      boolean inPrevious = prevFirst != null && !date.isBefore(prevFirst) && !date.isAfter(prevLast)
          && named.contains(cell.getStaffMember());
      if (publishUntil != null && !date.isAfter(publishUntil)) {
        cell.setShiftType(inPrevious ? before : null);
        cell.setPinned(true);
        pinned++;
      } else if (inPrevious) {
        cell.publish(before);
        cell.setShiftType(before);
        published++;
      }
    }
    return new Rerostering(previous.file(), publishUntil, pinned, published, changeWeight);
  }
}

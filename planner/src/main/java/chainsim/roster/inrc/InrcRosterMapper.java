package chainsim.roster.inrc;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractRule;
import chainsim.roster.domain.CoverRequirement;
import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.DayRequest;
import chainsim.roster.domain.PatternEntry;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.RosterDay;
import chainsim.roster.domain.RosterPolicy;
import chainsim.roster.domain.ShiftRequest;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.Skill;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.UnwantedPattern;
import chainsim.roster.domain.WeekendDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns an INRC-2010 instance into chainsim's roster model, and a roster back into INRC terms. */
public final class InrcRosterMapper {

  private InrcRosterMapper() {
  }

  public static Roster load(Path file) {
    return toRoster(InrcXmlReader.read(file));
  }

  public static Roster toRoster(InrcInstance inrc) {
    Map<String, Skill> skills = new LinkedHashMap<>();
    inrc.skills().forEach(s -> skills.put(s, new Skill(s)));
    Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
    for (InrcInstance.ShiftType t : inrc.shiftTypes()) {
      Set<Skill> required = new HashSet<>();
      t.skills().forEach(s -> required.add(skills.get(s)));
      shiftTypes.put(t.id(), new ShiftType(t.id(), t.description(), t.start(), t.end(), required, false));
    }
    PlanningPeriod period = new PlanningPeriod(inrc.startDate(), inrc.endDate(), List.copyOf(shiftTypes.values()));
    Map<String, UnwantedPattern> patterns = new LinkedHashMap<>();
    for (InrcInstance.Pattern p : inrc.patterns()) {
      List<PatternEntry> entries = new ArrayList<>();
      for (InrcInstance.PatternEntry e : p.entries()) {
        entries.add(switch (e.shiftType()) {
          case "Any" -> PatternEntry.anyShift(e.day());
          case "None" -> PatternEntry.free(e.day());
          default -> PatternEntry.shift(shiftTypes.get(e.shiftType()), e.day());
        });
      }
      patterns.put(p.id(), new UnwantedPattern(p.id(), p.weight(), entries));
    }
    Map<String, Contract> contracts = new LinkedHashMap<>();
    for (InrcInstance.Contract c : inrc.contracts()) {
      contracts.put(c.id(), toContract(c, patterns));
    }
    Map<String, StaffMember> staff = new LinkedHashMap<>();
    for (InrcInstance.Employee e : inrc.employees()) {
      Set<Skill> has = new HashSet<>();
      e.skills().forEach(s -> has.add(skills.get(s)));
      staff.put(e.id(), new StaffMember(e.id(), e.name(), contracts.get(e.contractId()), has, false));
    }
    List<CoverRequirement> cover = new ArrayList<>();
    for (RosterDay day : period.getDays()) {
      inrc.coverOn(day.getDate()).forEach((shift, count) ->
          cover.add(CoverRequirement.exactly(day, shiftTypes.get(shift), count)));
    }
    List<DayRequest> dayRequests = new ArrayList<>();
    inrc.dayOffRequests().forEach(r ->
        dayRequests.add(new DayRequest(staff.get(r.employeeId()), period.day(r.date()), false, r.weight())));
    inrc.dayOnRequests().forEach(r ->
        dayRequests.add(new DayRequest(staff.get(r.employeeId()), period.day(r.date()), true, r.weight())));
    List<ShiftRequest> shiftRequests = new ArrayList<>();
    inrc.shiftOffRequests().forEach(r -> shiftRequests.add(new ShiftRequest(staff.get(r.employeeId()),
        period.day(r.date()), shiftTypes.get(r.shiftTypeId()), false, r.weight())));
    inrc.shiftOnRequests().forEach(r -> shiftRequests.add(new ShiftRequest(staff.get(r.employeeId()),
        period.day(r.date()), shiftTypes.get(r.shiftTypeId()), true, r.weight())));
    return new Roster(inrc.id(), period, List.copyOf(skills.values()), List.copyOf(staff.values()), cover,
        dayRequests, shiftRequests, List.of(), RosterPolicy.INRC);
  }

  private static Contract toContract(InrcInstance.Contract c, Map<String, UnwantedPattern> patterns) {
    List<UnwantedPattern> unwanted = new ArrayList<>();
    c.unwantedPatterns().forEach(id -> unwanted.add(patterns.get(id)));
    return new Contract(c.id(), c.description(),
        rule(c.maxNumAssignments()), rule(c.minNumAssignments()),
        rule(c.maxConsecutiveWorkingDays()), rule(c.minConsecutiveWorkingDays()),
        rule(c.maxConsecutiveFreeDays()), rule(c.minConsecutiveFreeDays()),
        rule(c.maxConsecutiveWorkingWeekends()), rule(c.minConsecutiveWorkingWeekends()),
        rule(c.maxWorkingWeekendsInFourWeeks()), WeekendDefinition.ofInrcName(c.weekendDefinition()),
        rule(c.completeWeekends()), rule(c.identicalShiftTypesDuringWeekend()),
        rule(c.noNightShiftBeforeFreeWeekend()), rule(c.twoFreeDaysAfterNightShifts()),
        rule(c.alternativeSkillCategory()), unwanted, 0, ContractRule.OFF);
  }

  private static ContractRule rule(InrcInstance.Rule r) {
    return new ContractRule(r.on(), r.weight(), r.value());
  }

  /** The roster as the competition's solution: employee id to shift type id per day ({@code null} = free). */
  public static Map<String, String[]> toInrcSolution(Roster roster) {
    Map<String, String[]> solution = new LinkedHashMap<>();
    int days = roster.getDays().size();
    roster.getStaff().forEach(m -> solution.put(m.getId(), new String[days]));
    for (DayAssignment cell : roster.getAssignments()) {
      if (cell.isWorking()) {
        solution.get(cell.getStaffMember().getId())[cell.getDay().getIndex()] = cell.getShiftType().getId();
      }
    }
    return solution;
  }
}

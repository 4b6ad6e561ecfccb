package chainsim.roster.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * A roster of one unit (an INRC ward, a chainsim branch) over a planning period: who works which
 * shift type on which day. Hard: cover, availability, rest, mandatory skills (and, for a branch,
 * the contracts' maxima). Soft: everything the contracts, requests and the branch policy weigh.
 */
@PlanningSolution
public class Roster {

  private String name;
  private PlanningPeriod period;

  @ProblemFactCollectionProperty
  private List<Skill> skills;
  @ProblemFactCollectionProperty
  @ValueRangeProvider(id = "shiftTypes")
  private List<ShiftType> shiftTypes;
  @ProblemFactCollectionProperty
  private List<RosterDay> days;
  @ProblemFactCollectionProperty
  private List<StaffMember> staff;
  @ProblemFactCollectionProperty
  private List<CoverRequirement> coverRequirements;
  @ProblemFactCollectionProperty
  private List<DayRequest> dayRequests;
  @ProblemFactCollectionProperty
  private List<ShiftRequest> shiftRequests;
  @ProblemFactCollectionProperty
  private List<Unavailability> unavailabilities;
  @ProblemFactCollectionProperty
  private List<ContractHours> contractHours = List.of();
  @ProblemFactProperty
  private RosterPolicy policy;

  @PlanningEntityCollectionProperty
  private List<DayAssignment> assignments;

  @PlanningScore
  private HardSoftScore score;

  public Roster() {
  }

  /** Builds an empty roster: one free {@link DayAssignment} per staff member per day. */
  public Roster(String name, PlanningPeriod period, List<Skill> skills, List<StaffMember> staff,
      List<CoverRequirement> coverRequirements, List<DayRequest> dayRequests, List<ShiftRequest> shiftRequests,
      List<Unavailability> unavailabilities, RosterPolicy policy) {
    this.name = name;
    this.period = period;
    this.skills = List.copyOf(skills);
    this.shiftTypes = period.getShiftTypes();
    this.days = period.getDays();
    this.staff = List.copyOf(staff);
    this.coverRequirements = List.copyOf(coverRequirements);
    this.dayRequests = List.copyOf(dayRequests);
    this.shiftRequests = List.copyOf(shiftRequests);
    this.unavailabilities = List.copyOf(unavailabilities);
    this.policy = policy;
    this.assignments = new ArrayList<>(staff.size() * days.size());
    for (int i = 0; i < this.staff.size(); i++) {
      StaffMember member = this.staff.get(i);
      member.setIndex(i);
      for (RosterDay day : days) {
        assignments.add(new DayAssignment(member, day));
      }
    }
  }

  public String getName() {
    return name;
  }

  public PlanningPeriod getPeriod() {
    return period;
  }

  public List<Skill> getSkills() {
    return skills;
  }

  public List<ShiftType> getShiftTypes() {
    return shiftTypes;
  }

  public List<RosterDay> getDays() {
    return days;
  }

  public List<StaffMember> getStaff() {
    return staff;
  }

  public List<CoverRequirement> getCoverRequirements() {
    return coverRequirements;
  }

  public List<DayRequest> getDayRequests() {
    return dayRequests;
  }

  public List<ShiftRequest> getShiftRequests() {
    return shiftRequests;
  }

  public List<Unavailability> getUnavailabilities() {
    return unavailabilities;
  }

  /** Contracted hours per staff member and week (branch rosters); none in INRC. */
  public List<ContractHours> getContractHours() {
    return contractHours;
  }

  public void setContractHours(List<ContractHours> contractHours) {
    this.contractHours = List.copyOf(contractHours);
  }

  public RosterPolicy getPolicy() {
    return policy;
  }

  /** Changes the branch's weights, e.g. to re-roster with a higher cost of changing the published roster. */
  public void setPolicy(RosterPolicy policy) {
    this.policy = policy;
  }

  public List<DayAssignment> getAssignments() {
    return assignments;
  }

  /** The cell of a staff member on a day; cells are stored staff-major, one per day. */
  public DayAssignment assignment(StaffMember member, RosterDay day) {
    return assignments.get(member.getIndex() * days.size() + day.getIndex());
  }

  public HardSoftScore getScore() {
    return score;
  }

  public void setScore(HardSoftScore score) {
    this.score = score;
  }
}

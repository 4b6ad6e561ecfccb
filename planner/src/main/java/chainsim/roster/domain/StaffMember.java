package chainsim.roster.domain;

import java.util.Set;

/**
 * A person who can be rostered: a nurse in INRC, a consultant in a branch, or a temporary from the
 * emergency pool (used at a cost, only where the permanent staff cannot cover).
 */
public final class StaffMember {

  private final String id;
  private final String name;
  private final Contract contract;
  private final Set<Skill> skills;
  private final boolean emergencyPool;
  private int index = -1;
  private WorkHistory history = WorkHistory.NONE;

  public StaffMember(String id, String name, Contract contract, Set<Skill> skills, boolean emergencyPool) {
    this.id = id;
    this.name = name;
    this.contract = contract;
    this.skills = Set.copyOf(skills);
    this.emergencyPool = emergencyPool;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Contract getContract() {
    return contract;
  }

  public Set<Skill> getSkills() {
    return skills;
  }

  public boolean isEmergencyPool() {
    return emergencyPool;
  }

  public boolean isQualifiedFor(ShiftType shiftType) {
    return skills.containsAll(shiftType.getRequiredSkills());
  }

  /** What they worked before the roster's first day ({@link WorkHistory#NONE} when not known). */
  public WorkHistory getHistory() {
    return history;
  }

  /** Set by whoever builds the roster from the days actually worked (a branch's {@code --history}). */
  public void setHistory(WorkHistory history) {
    this.history = java.util.Objects.requireNonNull(history);
  }

  /** Position in the roster's staff list; the incremental score's arrays are indexed by it. */
  public int getIndex() {
    return index;
  }

  void setIndex(int index) {
    this.index = index;
  }

  @Override
  public String toString() {
    return id;
  }
}

package chainsim.roster.domain;

/** A qualification a staff member holds and a shift type may require (INRC "Skill", a consultant's practice area). */
public record Skill(String id) {
  @Override
  public String toString() {
    return id;
  }
}

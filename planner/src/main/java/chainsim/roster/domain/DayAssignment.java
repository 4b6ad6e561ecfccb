package chainsim.roster.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * What one staff member does on one day: a shift type, or nothing (a free day). One cell per
 * person per day makes "at most one shift a day" true by construction; cover is kept by moves that
 * swap cells between people on the same days.
 *
 * <p>Re-rostering: a published day is pinned and never moves; {@code publishedShiftType} is the
 * previous roster's value, and each change against it costs the policy's change weight.
 */
@PlanningEntity
public class DayAssignment {

  @PlanningId
  private String id;
  private StaffMember staffMember;
  private RosterDay day;

  @PlanningVariable(valueRangeProviderRefs = "shiftTypes", nullable = true)
  private ShiftType shiftType;

  @PlanningPin
  private boolean pinned;
  private boolean published;
  private ShiftType publishedShiftType;

  public DayAssignment() {
  }

  public DayAssignment(StaffMember staffMember, RosterDay day) {
    this.id = staffMember.getId() + "@" + day.getDate();
    this.staffMember = staffMember;
    this.day = day;
  }

  public String getId() {
    return id;
  }

  public StaffMember getStaffMember() {
    return staffMember;
  }

  public RosterDay getDay() {
    return day;
  }

  public ShiftType getShiftType() {
    return shiftType;
  }

  public void setShiftType(ShiftType shiftType) {
    this.shiftType = shiftType;
  }

  public boolean isWorking() {
    return shiftType != null;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public boolean isPublished() {
    return published;
  }

  public ShiftType getPublishedShiftType() {
    return publishedShiftType;
  }

  /** Records the previous roster's value for this day; changing it from now on costs. */
  public void publish(ShiftType previous) {
    this.published = true;
    this.publishedShiftType = previous;
  }

  public boolean isChangedFromPublished() {
    return published && shiftType != publishedShiftType;
  }

  public int shiftIndex() {
    return shiftType == null ? -1 : shiftType.getIndex();
  }

  @Override
  public String toString() {
    return staffMember + " " + day + " " + (shiftType == null ? "-" : shiftType.getId());
  }
}

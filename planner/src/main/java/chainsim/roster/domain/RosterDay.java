package chainsim.roster.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** One day of the planning period. */
public final class RosterDay {

  private final int index;
  private final LocalDate date;
  private PlanningPeriod period;

  public RosterDay(int index, LocalDate date) {
    this.index = index;
    this.date = date;
  }

  public int getIndex() {
    return index;
  }

  public LocalDate getDate() {
    return date;
  }

  public DayOfWeek getDayOfWeek() {
    return date.getDayOfWeek();
  }

  public PlanningPeriod getPeriod() {
    return period;
  }

  void setPeriod(PlanningPeriod period) {
    this.period = period;
  }

  @Override
  public String toString() {
    return date.toString();
  }
}

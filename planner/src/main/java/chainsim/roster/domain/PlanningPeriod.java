package chainsim.roster.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days being rostered and the shift types that can be worked on them. Every day knows its
 * period, so the rules that look at a whole line of days (sequences, weekends) need no join.
 */
public final class PlanningPeriod {

  private final List<RosterDay> days;
  private final List<ShiftType> shiftTypes;
  private final Map<WeekendDefinition, int[][]> weekends = new EnumMap<>(WeekendDefinition.class);
  private final int[][] weeks;

  public PlanningPeriod(LocalDate firstDay, LocalDate lastDay, List<ShiftType> shiftTypes) {
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("the period ends (" + lastDay + ") before it starts (" + firstDay + ")");
    }
    List<RosterDay> list = new ArrayList<>();
    for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
      RosterDay day = new RosterDay(list.size(), d);
      day.setPeriod(this);
      list.add(day);
    }
    this.days = List.copyOf(list);
    this.shiftTypes = List.copyOf(shiftTypes);
    for (int i = 0; i < this.shiftTypes.size(); i++) {
      this.shiftTypes.get(i).setIndex(i);
    }
    for (WeekendDefinition definition : WeekendDefinition.values()) {
      weekends.put(definition, computeWeekends(definition));
    }
    this.weeks = computeWeeks();
  }

  public List<RosterDay> getDays() {
    return days;
  }

  public int dayCount() {
    return days.size();
  }

  public RosterDay day(LocalDate date) {
    int index = (int) (date.toEpochDay() - days.get(0).getDate().toEpochDay());
    return index >= 0 && index < days.size() ? days.get(index) : null;
  }

  public List<ShiftType> getShiftTypes() {
    return shiftTypes;
  }

  /**
   * The weekends inside the period as arrays of consecutive day indexes. A weekend cut by the
   * start or end of the period keeps only its days inside the period (INRC periods never cut one).
   */
  public int[][] weekends(WeekendDefinition definition) {
    return weekends.get(definition);
  }

  /**
   * The calendar weeks (Monday to Sunday) the period touches, as {first day index, days inside the
   * period}: the first and last may be cut by the period's ends. Shared, not to be changed.
   */
  public int[][] weeks() {
    return weeks;
  }

  private int[][] computeWeeks() {
    List<int[]> list = new ArrayList<>();
    int first = 0;
    for (int d = 1; d <= days.size(); d++) {
      if (d == days.size() || days.get(d).getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
        list.add(new int[] {first, d - first});
        first = d;
      }
    }
    return list.toArray(int[][]::new);
  }

  private int[][] computeWeekends(WeekendDefinition definition) {
    Map<LocalDate, List<Integer>> byFirstDay = new LinkedHashMap<>();
    for (RosterDay day : days) {
      int position = definition.positionOf(day.getDayOfWeek());
      if (position >= 0) {
        byFirstDay.computeIfAbsent(day.getDate().minusDays(position), k -> new ArrayList<>()).add(day.getIndex());
      }
    }
    return byFirstDay.values().stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }
}

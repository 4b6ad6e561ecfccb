package chainsim.roster.branch;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.branch.EmployeesFile.ShiftDef;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * February 2027 starts on a Monday and has exactly 20 weekdays, so the spread of a month's hours
 * over its slots can be followed by hand.
 */
class ForecastCoverTest {
  static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  static final ShiftDef DAY = new ShiftDef("day", "Day", LocalTime.of(9, 0), LocalTime.of(17, 0), WEEKDAYS, false, 1.0);
  static final ShiftDef EVENING = new ShiftDef("evening", "Evening", LocalTime.of(13, 0), LocalTime.of(17, 0), WEEKDAYS,
      true, 0.5);
  static final LocalDate FIRST = LocalDate.of(2027, 2, 1);
  static final LocalDate LAST = LocalDate.of(2027, 2, 28);

  private static ForecastCover.Derived derive(List<ShiftDef> shifts, double p90, double median) {
    return ForecastCover.derive(shifts, List.of("tax"), Set.of(), FIRST, LAST, (skill, month) -> new double[] {p90,
        median}, 0.75);
  }

  private static ForecastCover.Need need(ForecastCover.Derived d, LocalDate date, String shift) {
    return d.needs().get(new ForecastCover.Slot(date, shift, "tax"));
  }

  @Test
  void aMonthsHoursBecomePeoplePerSlotThroughTheProductiveShare() {
    // day 8 h, evening 4 h at weight 0.5: 20 x (8 + 0.5 x 4) = 200 weighted hours; 300 h / (0.75 x 200) = 2 people
    // a day slot, 1 an evening slot: 20 x (2 x 8 + 1 x 4) = 400 rostered hours deliver 0.75 x 400 = 300 h
    ForecastCover.Derived d = derive(List.of(DAY, EVENING), 300, 150);
    assertThat(d.needs()).hasSize(40);
    assertThat(need(d, FIRST, "day")).isEqualTo(new ForecastCover.Need(1, 2));
    assertThat(need(d, FIRST, "evening")).isEqualTo(new ForecastCover.Need(1, 1));
    assertThat(d.months()).singleElement().satisfies(m -> {
      assertThat(m.peoplePerSlot()).isEqualTo(2.0);
      assertThat(m.minimumPeoplePerSlot()).isEqualTo(1.0);
    });
    assertThat(need(d, LocalDate.of(2027, 2, 6), "day")).as("a Saturday").isNull();
  }

  @Test
  void aFractionOfAPersonMovesFromSlotToSlotAndTheMonthNeverFallsShort() {
    // 180 h over 20 day slots of 8 h at 0.75: 1.5 a slot -> 2, 1, 2, 1, ... (30 people in all);
    // the median's 90 h: 0.75 a slot -> 1, 1, 1, 0, ... (15 in all), never above the target
    ForecastCover.Derived d = derive(List.of(DAY), 180, 90);
    List<ForecastCover.Need> month = d.needs().values().stream().toList();
    assertThat(month.subList(0, 4)).containsExactly(new ForecastCover.Need(1, 2), new ForecastCover.Need(1, 1),
        new ForecastCover.Need(1, 2), new ForecastCover.Need(0, 1));
    assertThat(month.stream().mapToInt(ForecastCover.Need::target).sum()).isEqualTo(30);
    assertThat(month.stream().mapToInt(ForecastCover.Need::minimum).sum()).isEqualTo(15);
    assertThat(month).allMatch(n -> n.minimum() <= n.target());
  }

  @Test
  void closedDaysGetNoSlotAndTheirHoursGoToTheOtherDays() {
    // 19 open weekdays: 152 h of day slots; 171 h / (0.75 x 152) = 1.5 people a slot
    ForecastCover.Derived d = ForecastCover.derive(List.of(DAY), List.of("tax"), Set.of(LocalDate.of(2027, 2, 11)),
        FIRST, LAST, (skill, month) -> new double[] {171, 0}, 0.75);
    assertThat(d.needs()).hasSize(19);
    assertThat(d.months().get(0).peoplePerSlot()).isEqualTo(1.5);
  }
}

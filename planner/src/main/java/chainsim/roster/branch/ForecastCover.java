package chainsim.roster.branch;

import chainsim.roster.branch.EmployeesFile.ShiftDef;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cover per day, shift and skill derived from the simulator's workload forecast of the branch.
 *
 * <p>For a skill and a calendar month the forecast gives the delivery hours clients ask for at the
 * service level (e.g. P90) and at the median. A rostered person delivers only part of a shift
 * ({@code productiveShare}: the template's billable service hours per month, less the share
 * complaints take, over a full-time month's hours). The month's hours are spread over its slots
 * (every day the branch is open and every shift that runs that day) in proportion to each shift's
 * hours times its demand weight, so each slot of shift {@code s} needs
 * {@code hours / (productiveShare x sum over the month's slots of weight x hours) x weight(s)} people.
 * That is a fraction; the slots of the month, taken in date and shift order, get the whole people
 * that keep the running total at the running total's ceiling, so no month falls short and the extra
 * person moves from slot to slot instead of staying on the first. The target comes from the
 * service-level hours, the minimum from the median hours (never above the target); there is no
 * maximum.
 */
public final class ForecastCover {
  private ForecastCover() {}

  /** One day, shift and skill. */
  public record Slot(LocalDate date, String shift, String skill) {}

  /** People needed on a slot: hard minimum and soft target. */
  public record Need(int minimum, int target) {}

  /**
   * The workload of one skill in one month and what it makes per slot.
   *
   * @param hoursAtServiceLevel delivery hours asked at the service level
   * @param hoursMedian delivery hours asked at the median
   * @param peoplePerSlot the target's fraction of a person on a slot of demand weight 1
   */
  public record MonthSkill(YearMonth month, String skill, double hoursAtServiceLevel, double hoursMedian,
      double peoplePerSlot, double minimumPeoplePerSlot) {}

  /** The derived needs of every slot in [first, last], and the months' figures behind them. */
  public record Derived(Map<Slot, Need> needs, List<MonthSkill> months) {}

  /** The demand of a skill in a month: {service level hours, median hours}. */
  public interface Demand {
    double[] hours(String skill, YearMonth month);
  }

  public static Derived derive(List<ShiftDef> shifts, List<String> skills, Set<LocalDate> closed, LocalDate first,
      LocalDate last, Demand demand, double productiveShare) {
    Map<Slot, Need> needs = new LinkedHashMap<>();
    List<MonthSkill> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
      List<LocalDate> dates = new ArrayList<>();
      List<ShiftDef> slotShifts = new ArrayList<>();
      double weightedHours = 0;
      for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
        if (closed.contains(d)) {
          continue;
        }
        for (ShiftDef s : shifts) {
          if (s.days().contains(d.getDayOfWeek())) {
            dates.add(d);
            slotShifts.add(s);
            weightedHours += s.demandWeight() * s.minutes() / 60.0;
          }
        }
      }
      for (String skill : skills) {
        double[] hours = demand.hours(skill, month);
        double perSlot = weightedHours == 0 ? 0 : hours[0] / (productiveShare * weightedHours);
        double minPerSlot = weightedHours == 0 ? 0 : hours[1] / (productiveShare * weightedHours);
        months.add(new MonthSkill(month, skill, hours[0], hours[1], perSlot, minPerSlot));
        double runningTarget = 0;
        double runningMinimum = 0;
        int givenTarget = 0;
        int givenMinimum = 0;
        for (int i = 0; i < dates.size(); i++) {
          double w = slotShifts.get(i).demandWeight();
          runningTarget += perSlot * w;
          runningMinimum += minPerSlot * w;
          int target = ceiling(runningTarget) - givenTarget;
          int minimum = ceiling(runningMinimum) - givenMinimum;
          givenTarget += target;
          givenMinimum += minimum;
          LocalDate d = dates.get(i);
          if (!d.isBefore(first) && !d.isAfter(last)) {
            needs.put(new Slot(d, slotShifts.get(i).id(), skill), new Need(Math.min(minimum, target), target));
          }
        }
      }
    }
    return new Derived(needs, months);
  }

  /** The ceiling, forgiving the rounding error of a long running sum. */
  private static int ceiling(double x) {
    return (int) Math.ceil(x - 1e-9);
  }
}

package chainsim.roster.solver;

import chainsim.roster.domain.Contract;
import chainsim.roster.domain.ContractRule;
import chainsim.roster.domain.PatternEntry;
import chainsim.roster.domain.PlanningPeriod;
import chainsim.roster.domain.ShiftType;
import chainsim.roster.domain.StaffMember;
import chainsim.roster.domain.UnwantedPattern;
import java.time.DayOfWeek;
import java.util.List;

/**
 * The tables a {@link CompiledLine} reads, built from a contract's rules as {@link StaffLine} reads
 * them: one per weekend (its days' codes and the day before), and one per day for the rules over
 * three days in a row ({@link Windows}).
 */
final class LineTables {

  private LineTables() {
  }

  /**
   * A weekend's table, indexed by the codes of the day before it (0 when it is before the period)
   * and of its days in mixed radix: complete weekends, identical shift types and the night before it
   * when it is free, as {@link StaffLine#weekendsPenalty} counts them.
   */
  static long[] weekend(Contract contract, List<ShiftType> types, int[] weekend, int codes) {
    int k = weekend.length;
    int size = codes;
    for (int i = 0; i < k; i++) {
      size *= codes;
    }
    long[] table = new long[size];
    int[] shifts = new int[k];
    for (int at = 0; at < size; at++) {
      int rest = at;
      boolean any = false;
      for (int i = k - 1; i >= 0; i--) {
        shifts[i] = rest % codes - 1;
        any |= shifts[i] >= 0;
        rest /= codes;
      }
      int before = rest - 1;
      long cost = 0;
      if (any) {
        cost += contract.completeWeekends().active() ? (long) contract.completeWeekends().weight() * incompleteDays(shifts) : 0;
        cost += contract.identicalShiftTypesDuringWeekend().active()
            ? (long) contract.identicalShiftTypesDuringWeekend().weight() * unlikeShiftDays(shifts) : 0;
      } else if (before >= 0 && types.get(before).isNight() && contract.noNightShiftBeforeFreeWeekend().active()) {
        cost += contract.noNightShiftBeforeFreeWeekend().weight();
      }
      table[at] = cost;
    }
    return table;
  }

  /** As StaffLine's count for complete weekends, over one weekend's shifts. */
  private static int incompleteDays(int[] shifts) {
    int total = 0;
    int k = shifts.length;
    int p = 0;
    while (p < k) {
      if (shifts[p] < 0) {
        p++;
        continue;
      }
      int start = p;
      while (p < k && shifts[p] >= 0) {
        p++;
      }
      if (start > 0 || p < k) {
        total += start + (k - p);
      }
    }
    return total;
  }

  /** As StaffLine's count for identical shift types, over one weekend's shifts. */
  private static int unlikeShiftDays(int[] shifts) {
    int total = 0;
    int k = shifts.length;
    for (int i = 0; i < k; i++) {
      if (shifts[i] < 0) {
        continue;
      }
      boolean first = true;
      int count = 0;
      for (int j = 0; j < k; j++) {
        if (shifts[j] == shifts[i]) {
          count++;
          first &= j >= i;
        }
      }
      total += first ? k - count : 0;
    }
    return total;
  }

  /** The rules read over days in a row: unwanted patterns, the minimum rest, two free days after nights. */
  static final class Windows {
    private final List<UnwantedPattern> patterns;
    private final List<ShiftType> types;
    private final PlanningPeriod period;
    private final int minRestMinutes;
    private final ShiftType lastBefore;
    private final ContractRule nights;
    private final long hardPoint;

    Windows(StaffMember member, PlanningPeriod period, long hardPoint) {
      Contract contract = member.getContract();
      this.patterns = contract.unwantedPatterns();
      this.types = period.getShiftTypes();
      this.period = period;
      this.minRestMinutes = contract.minRestHours() * 60;
      this.lastBefore = member.getHistory().lastShift();
      this.nights = contract.twoFreeDaysAfterNightShifts();
      this.hardPoint = hardPoint;
    }

    boolean any() {
      return !patterns.isEmpty() || minRestMinutes > 0 || nights.active();
    }

    /** Whether a window can cost a hard point (the minimum rest is the only hard rule here). */
    boolean hasHard() {
      return minRestMinutes > 0;
    }

    /** Per day {@code d} and codes {@code a, b, c} of days {@code d-2, d-1, d}: what the windows ending at d cost. */
    long[] windows(int days, int codes) {
      long[] table = new long[days * codes * codes * codes];
      int[] shift = new int[CompiledLine.WINDOW];
      for (int d = 0; d < days; d++) {
        for (int a = 0; a < codes; a++) {
          for (int b = 0; b < codes; b++) {
            for (int c = 0; c < codes; c++) {
              shift[0] = a - 1;
              shift[1] = b - 1;
              shift[2] = c - 1;
              table[((d * codes + a) * codes + b) * codes + c] = windowCost(d, shift);
            }
          }
        }
      }
      return table;
    }

    /** Days {@code d-2..d} worked {@code shift}: the patterns ending at d, rest before d, nights judged at d-2. */
    private long windowCost(int d, int[] shift) {
      long cost = 0;
      for (UnwantedPattern pattern : patterns) {
        List<PatternEntry> entries = pattern.entries();
        int start = d - entries.size() + 1;
        if (start < 0) {
          continue;
        }
        boolean fits = true;
        for (int i = 0; i < entries.size() && fits; i++) {
          PatternEntry entry = entries.get(i);
          DayOfWeek required = entry.dayOfWeek();
          fits = (required == null || period.getDays().get(start + i).getDayOfWeek() == required)
              && entry.matches(shift[CompiledLine.WINDOW - entries.size() + i]);
        }
        cost += fits ? pattern.weight() : 0;
      }
      if (minRestMinutes > 0 && shift[2] >= 0) {
        ShiftType previous = d > 0 ? (shift[1] >= 0 ? types.get(shift[1]) : null) : lastBefore;
        if (previous != null && 24 * 60 + types.get(shift[2]).startMinuteOfDay() - previous.endMinuteOfDay() < minRestMinutes) {
          cost += hardPoint;
        }
      }
      if (nights.active() && d >= 2 && lastNightNotRested(shift[0], shift[1], shift[2])) {
        cost += nights.weight();
      }
      return cost;
    }

    /** The nights judged at the second last day, whose second day after is past the period's end. */
    long[] ends(int days, int codes) {
      long[] table = new long[codes * codes];
      for (int a = 0; a < codes; a++) {
        for (int b = 0; b < codes; b++) {
          table[a * codes + b] = nights.active() && days >= 2 && lastNightNotRested(a - 1, b - 1, -1) ? nights.weight() : 0;
        }
      }
      return table;
    }

    /** Whether a night on the first day ends a series and one of the next two days is worked. */
    private boolean lastNightNotRested(int first, int second, int third) {
      boolean night = first >= 0 && types.get(first).isNight();
      boolean seriesGoesOn = second >= 0 && types.get(second).isNight();
      return night && !seriesGoesOn && (second >= 0 || third >= 0);
    }
  }
}

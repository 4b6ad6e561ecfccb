package chainsim.branch;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * A branch's people: lines of role and skill, each with tenure cohorts (new hires ramp up
 * linearly over the ramp-up months) and a hiring pipeline (requisitions start after the hiring
 * lag). Team management shows here as attrition and ramp-up.
 */
public final class Workforce {
  private final List<StaffLineState> lines = new ArrayList<>();
  private final int rampUpMonths;
  private final int hiringLagMonths;
  private final int months;

  public Workforce(int rampUpMonths, int hiringLagMonths, int months) {
    this.rampUpMonths = rampUpMonths;
    this.hiringLagMonths = hiringLagMonths;
    this.months = months;
  }

  /** Adds a line and returns its index. */
  public int addLine(int role, boolean sells, boolean delivers, int skill, double basePay) {
    lines.add(new StaffLineState(role, sells, delivers, skill, basePay, rampUpMonths, months));
    return lines.size() - 1;
  }

  public int lineCount() {
    return lines.size();
  }

  public int lineOf(int role, int skill) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).role == role && lines.get(i).skill == skill) {
        return i;
      }
    }
    return -1;
  }

  public int role(int line) {
    return lines.get(line).role;
  }

  public int skill(int line) {
    return lines.get(line).skill;
  }

  public boolean delivers(int line) {
    return lines.get(line).delivers;
  }

  public boolean sells(int line) {
    return lines.get(line).sells;
  }

  public double basePay(int line) {
    return lines.get(line).basePay;
  }

  /** People already on board, fully productive (an existing team, e.g. an equity channel's). */
  public void seedRamped(int line, int count) {
    lines.get(line).ramped += count;
  }

  /** People who start now and ramp up. */
  public void seedNewHires(int line, int count) {
    StaffLineState l = lines.get(line);
    if (rampUpMonths == 0) {
      l.ramped += count;
    } else {
      l.ramping[0] += count;
    }
  }

  /** Requisitions opened in a month start after the hiring lag. */
  public void requisition(int line, int count, int month) {
    StaffLineState l = lines.get(line);
    l.arriving[month + hiringLagMonths] += count;
    l.pending += count;
  }

  /** New hires due this month start. Returns how many. */
  public int arrive(int month) {
    int total = 0;
    for (StaffLineState l : lines) {
      int n = l.arriving[month];
      l.arriving[month] = 0;
      l.pending -= n;
      if (n > 0) {
        if (rampUpMonths == 0) {
          l.ramped += n;
        } else {
          l.ramping[0] += n;
        }
        total += n;
      }
    }
    return total;
  }

  public int headcount(int line) {
    return lines.get(line).headcount();
  }

  public int totalHeadcount() {
    int n = 0;
    for (StaffLineState l : lines) {
      n += l.headcount();
    }
    return n;
  }

  /** Headcount plus people hired but not started. */
  public int committed(int line, int month) {
    return lines.get(line).headcount() + lines.get(line).pipeline();
  }

  public int totalCommitted(int month) {
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      n += committed(i, month);
    }
    return n;
  }

  /** Productive sales consultants (ramp-weighted). */
  public double salesCapacity() {
    double fte = 0;
    for (StaffLineState l : lines) {
      if (l.sells) {
        fte += l.effective();
      }
    }
    return fte;
  }

  public int salesHeadcount() {
    int n = 0;
    for (StaffLineState l : lines) {
      if (l.sells) {
        n += l.headcount();
      }
    }
    return n;
  }

  /** Productive service consultants of a skill (ramp-weighted). */
  public double serviceCapacity(int skill) {
    double fte = 0;
    for (StaffLineState l : lines) {
      if (l.delivers && l.skill == skill) {
        fte += l.effective();
      }
    }
    return fte;
  }

  /** Service consultants of a skill on board or hired. */
  public int serviceCommitted(int skill, int month) {
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      StaffLineState l = lines.get(i);
      if (l.delivers && l.skill == skill) {
        n += committed(i, month);
      }
    }
    return n;
  }

  /** Base pay of everybody on board this month. */
  public double basePayroll() {
    double pay = 0;
    for (StaffLineState l : lines) {
      pay += l.basePay * l.headcount();
    }
    return pay;
  }

  /**
   * Each person leaves with the given monthly chance; returns leavers per line. Draws in line
   * and cohort order.
   */
  public int[] attrition(double chance, UniformRandomProvider rng) {
    int[] leavers = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      StaffLineState l = lines.get(i);
      for (int t = 0; t < l.ramping.length; t++) {
        int left = binomial(l.ramping[t], chance, rng);
        l.ramping[t] -= left;
        leavers[i] += left;
      }
      int left = binomial(l.ramped, chance, rng);
      l.ramped -= left;
      leavers[i] += left;
    }
    return leavers;
  }

  /** How many of {@code n} people leave, each with chance {@code p} (Commons Statistics' binomial sampler). */
  private static int binomial(int n, double p, UniformRandomProvider rng) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    return BinomialDistribution.of(n, p).createSampler(rng).sample();
  }

  /** Releases people from a line, most recent hires first; returns how many went. */
  public int release(int line, int count) {
    StaffLineState l = lines.get(line);
    int left = count;
    for (int t = 0; t < l.ramping.length && left > 0; t++) {
      int n = Math.min(left, l.ramping[t]);
      l.ramping[t] -= n;
      left -= n;
    }
    int n = Math.min(left, l.ramped);
    l.ramped -= n;
    left -= n;
    return count - left;
  }

  /**
   * Moves people out to another branch, the longest-serving first (a transfer needs tenure, so
   * the ramped go before anyone still ramping); returns how many went.
   */
  public int transferOut(int line, int count) {
    StaffLineState l = lines.get(line);
    int n = Math.min(count, l.ramped);
    l.ramped -= n;
    int left = count - n;
    for (int t = l.ramping.length - 1; t >= 0 && left > 0; t--) {
      int k = Math.min(left, l.ramping[t]);
      l.ramping[t] -= k;
      left -= k;
    }
    return count - left;
  }

  public int rampUpMonths() {
    return rampUpMonths;
  }

  /** People of a line in their (t+1)-th month, t below the ramp-up months (a copy). */
  public int[] ramping(int line) {
    return lines.get(line).ramping.clone();
  }

  /** People of a line past their ramp-up. */
  public int ramped(int line) {
    return lines.get(line).ramped;
  }

  /**
   * Replaces the people on board in a line (a restart's staff): {@code ramping[t]} in their
   * (t+1)-th month, {@code ramped} past the ramp-up. People hired but not started stay.
   */
  public void restoreOnBoard(int line, int[] ramping, int ramped) {
    StaffLineState l = lines.get(line);
    System.arraycopy(ramping, 0, l.ramping, 0, l.ramping.length);
    l.ramped = ramped;
  }

  /** Moves everyone one month further along the ramp. */
  public void advanceTenure() {
    for (StaffLineState l : lines) {
      int months = l.ramping.length;
      if (months == 0) {
        continue;
      }
      l.ramped += l.ramping[months - 1];
      System.arraycopy(l.ramping, 0, l.ramping, 1, months - 1);
      l.ramping[0] = 0;
    }
  }
}

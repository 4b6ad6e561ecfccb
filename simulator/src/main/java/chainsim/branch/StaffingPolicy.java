package chainsim.branch;

import chainsim.accounting.Account;
import chainsim.random.Param;
import chainsim.scenario.Hiring;
import chainsim.selling.MonthWork;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How a branch keeps its team at target: leavers (attrition) are replaced after the hiring lag,
 * a service skill whose utilisation stays high gets one more consultant (given back when it stays
 * low again), the staffing plan's
 * targets are hired towards or released down to, and transfers move experienced people between
 * branches. Headcount never exceeds the seats.
 */
final class StaffingPolicy {
  private final Workforce staff;
  private final StaffingTargets targets;
  private final String[][] lineKeys;
  private final Hiring hiring;
  private final int seats;
  private final Param attrition;
  private final Param hiringCost;
  private final double releaseCostMonths;
  /** Consultants added per line because utilisation ran high. */
  private final int[] grown;
  /** Consecutive months each skill's utilisation ran high, and ran low. */
  private final int[] busyStreak;
  private final int[] idleStreak;
  /** Lines giving an idle extra consultant back by a release this month. */
  private final boolean[] releaseIdle;
  private final boolean[] gaveBack;

  StaffingPolicy(
      Workforce staff,
      StaffingTargets targets,
      String[][] lineKeys,
      Hiring hiring,
      int seats,
      Param attrition,
      Param hiringCost,
      double releaseCostMonths) {
    this.staff = staff;
    this.targets = targets;
    this.lineKeys = lineKeys;
    this.hiring = hiring;
    this.seats = seats;
    this.attrition = attrition;
    this.hiringCost = hiringCost;
    this.releaseCostMonths = releaseCostMonths;
    this.grown = new int[lineKeys.length];
    int skills = 0;
    for (int line = 0; line < lineKeys.length; line++) {
      skills = Math.max(skills, staff.skill(line) + 1);
    }
    this.busyStreak = new int[skills];
    this.idleStreak = new int[skills];
    this.releaseIdle = new boolean[lineKeys.length];
    this.gaveBack = new boolean[skills];
  }

  /** The team on the opening day: new hires for a new branch, an experienced team for a stake. */
  void open(MonthWork work, boolean experienced, UniformRandomProvider rng) {
    int hired = 0;
    for (int line = 0; line < lineKeys.length; line++) {
      // people transferred in on the opening day are part of the target, not hires
      int n = Math.max(0, target(line, work.month) - targets.transfersIn(lineKeys[line][0], lineKeys[line][1], work.month));
      if (experienced) {
        staff.seedRamped(line, n);
      } else {
        staff.seedNewHires(line, n);
        hired += n;
      }
    }
    work.ledger.spend(Account.HIRING, hired * hiringCost.draw(rng));
  }

  /** Experienced people transferred in this month start at once. */
  void receiveTransfers(int month) {
    for (int line = 0; line < lineKeys.length; line++) {
      int n = targets.transfersIn(lineKeys[line][0], lineKeys[line][1], month);
      if (n > 0) {
        staff.seedRamped(line, n);
      }
    }
  }

  private int target(int line, int month) {
    int t = targets.target(lineKeys[line][0], lineKeys[line][1], month);
    return t < 0 ? 0 : t + (targets.planned(lineKeys[line][0], lineKeys[line][1], month) ? 0 : grown[line]);
  }

  /**
   * End of month: people leave, transfers go, busy skills grow, and requisitions or releases
   * bring each line towards next month's target.
   */
  void endMonth(MonthWork work, double[] utilisationBySkill, UniformRandomProvider rng) {
    int month = work.month;
    staff.attrition(attrition.draw(rng), rng);
    for (int line = 0; line < lineKeys.length; line++) {
      int out = targets.transfersOut(lineKeys[line][0], lineKeys[line][1], month + 1);
      if (out > 0) {
        staff.transferOut(line, out);
      }
    }
    growBusySkills(utilisationBySkill, month);
    int hires = 0;
    double perHire = hiringCost.draw(rng);
    for (int line = 0; line < lineKeys.length; line++) {
      int target = target(line, month + 1);
      boolean planned = targets.planned(lineKeys[line][0], lineKeys[line][1], month + 1);
      // people arriving by transfer next month count towards the target they are part of
      int committed = staff.committed(line, month) + targets.transfersIn(lineKeys[line][0], lineKeys[line][1], month + 1);
      if (committed > target && (planned || releaseIdle[line])) {
        // an idle extra consultant goes alone; the plan's release takes everyone above its target
        int released = staff.release(line, planned ? committed - target : 1);
        work.ledger.spend(Account.RELEASES, released * releaseCostMonths * staff.basePay(line));
      } else if (committed < target && (hiring.replaceAttrition() || planned)) {
        int room = Math.max(0, seats - staff.totalCommitted(month));
        int n = Math.min(Math.min(target - committed, room), hiring.maxHiresPerMonth() - hires);
        if (n > 0) {
          staff.requisition(line, n, month + 1);
          hires += n;
        }
      }
    }
    work.ledger.spend(Account.HIRING, hires * perHire);
    staff.advanceTenure();
  }

  /**
   * One more consultant for a skill whose utilisation has exceeded the threshold for
   * {@code busy_months}, when nobody is already on the way for that line (so a hiring lag does not
   * turn one busy month into several hires) and a seat is free; and one of those extra consultants
   * given back when the skill's utilisation has stayed below the low threshold for
   * {@code idle_months} (by not replacing a leaver, or by a release). The template's and the plan's
   * headcounts are never given back here.
   */
  private void growBusySkills(double[] utilisationBySkill, int month) {
    java.util.Arrays.fill(releaseIdle, false);
    Double threshold = hiring.addServiceWhenUtilisationAbove();
    if (threshold == null) {
      return;
    }
    for (int s = 0; s < busyStreak.length; s++) {
      double u = utilisationBySkill[s];
      busyStreak[s] = u > threshold ? busyStreak[s] + 1 : 0;
      idleStreak[s] = u < idleBelow(s, threshold) ? idleStreak[s] + 1 : 0;
    }
    java.util.Arrays.fill(gaveBack, false);
    for (int line = 0; line < lineKeys.length; line++) {
      int skill = staff.skill(line);
      if (!staff.delivers(line) || skill < 0) {
        continue;
      }
      boolean busy = busyStreak[skill] >= hiring.busyMonths();
      boolean nobodyComing = staff.committed(line, month) == staff.headcount(line);
      if (busy && nobodyComing && staff.totalCommitted(month) < seats) {
        grown[line]++;
      } else if (idleStreak[skill] >= hiring.idleMonths() && grown[line] > 0 && !gaveBack[skill]) {
        grown[line]--;
        gaveBack[skill] = true;
        releaseIdle[line] = hiring.releaseIdleService();
      }
    }
    for (int s = 0; s < gaveBack.length; s++) {
      if (gaveBack[s]) {
        idleStreak[s] = 0; // the next one goes only after another idle spell
      }
    }
  }

  /** The low threshold: the key, or the level at which the skill's team less one stays below the busy threshold. */
  private double idleBelow(int skill, double busyThreshold) {
    if (hiring.removeServiceWhenUtilisationBelow() != null) {
      return hiring.removeServiceWhenUtilisationBelow();
    }
    int n = 0;
    for (int line = 0; line < lineKeys.length; line++) {
      if (staff.delivers(line) && staff.skill(line) == skill) {
        n += staff.headcount(line);
      }
    }
    return n <= 1 ? 0.0 : busyThreshold * (n - 1) / n;
  }
}

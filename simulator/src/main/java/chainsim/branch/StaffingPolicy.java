package chainsim.branch;

import chainsim.accounting.Account;
import chainsim.random.Param;
import chainsim.scenario.Hiring;
import chainsim.selling.MonthWork;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How a branch keeps its team at target: leavers (attrition) are replaced after the hiring lag,
 * a service skill whose utilisation stays high gets one more consultant, the staffing plan's
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
      if (committed > target && planned) {
        int released = staff.release(line, committed - target);
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
   * One more consultant for a skill whose utilisation exceeds the threshold, when nobody is
   * already on the way for that line (so a hiring lag does not turn one busy month into several
   * hires) and a seat is free.
   */
  private void growBusySkills(double[] utilisationBySkill, int month) {
    Double threshold = hiring.addServiceWhenUtilisationAbove();
    if (threshold == null) {
      return;
    }
    for (int line = 0; line < lineKeys.length; line++) {
      int skill = staff.skill(line);
      boolean busy = staff.delivers(line) && skill >= 0 && utilisationBySkill[skill] > threshold;
      boolean nobodyComing = staff.committed(line, month) == staff.headcount(line);
      if (busy && nobodyComing && staff.totalCommitted(month) < seats) {
        grown[line]++;
      }
    }
  }
}

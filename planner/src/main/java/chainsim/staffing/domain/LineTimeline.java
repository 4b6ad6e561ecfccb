package chainsim.staffing.domain;

import java.util.Collection;

/**
 * A line month by month once its moves are applied: headcount, people committed (on board or
 * hired and not yet started, which the simulator counts against the seats), productive capacity
 * with new hires ramping up, what it costs, and what breaks a rule. Built from the line's
 * {@link LineEffect}s; immutable.
 */
public final class LineTimeline {
  private final BranchLine line;
  private final int[] hires;
  private final int[] releases;
  private final int[] transfersIn;
  private final int[] transfersOut;
  private final int[] headcount;
  private final int[] committed;
  private final int[] tenureShortfall;
  private final double[] capacityHours;
  private final double[] shortfallHours;

  private LineTimeline(BranchLine line, int months) {
    this.line = line;
    this.hires = new int[months];
    this.releases = new int[months];
    this.transfersIn = new int[months];
    this.transfersOut = new int[months];
    this.headcount = new int[months];
    this.committed = new int[months];
    this.tenureShortfall = new int[months];
    this.capacityHours = new double[months];
    this.shortfallHours = new double[months];
  }

  public static LineTimeline of(BranchLine line, Collection<LineEffect> effects) {
    StaffingRules rules = line.rules();
    int months = rules.months();
    // the moves month by month: hires, releases, transfers in, transfers out
    int[] moves = new int[4 * months];
    for (LineEffect e : effects) {
      int i = rules.index(e.month());
      if (i < 0 || i >= months) {
        continue;
      }
      moves[4 * i] += e.hires();
      moves[4 * i + 1] += e.releases();
      moves[4 * i + 2] += e.transfersIn();
      moves[4 * i + 3] += e.transfersOut();
    }
    LineTimeline known = line.timelines().get(moves);
    if (known != null) {
      return known;
    }
    LineTimeline t = new LineTimeline(line, months);
    for (int i = 0; i < months; i++) {
      t.hires[i] = moves[4 * i];
      t.releases[i] = moves[4 * i + 1];
      t.transfersIn[i] = moves[4 * i + 2];
      t.transfersOut[i] = moves[4 * i + 3];
    }
    t.follow();
    line.timelines().put(moves, t);
    return t;
  }

  /**
   * Leavers (released or transferred) are counted as fully productive: the conservative reading,
   * since the simulator lets the newest go first on a release.
   */
  private void follow() {
    int months = hires.length;
    int lag = line.hiringLagMonths();
    int minTenure = line.rules().minTenureMonthsForTransfer();
    int net = 0;
    int transferredOut = 0;
    double fteMoves = 0;
    for (int i = 0; i < months; i++) {
      net += hires[i] + transfersIn[i] - releases[i] - transfersOut[i];
      fteMoves += transfersIn[i] - releases[i] - transfersOut[i];
      headcount[i] = line.baselineHeadcount(i) + net;
      double fte = line.baselineFte(i) + fteMoves;
      int tenuredHires = 0;
      for (int k = 0; k <= i; k++) {
        fte += hires[k] * line.rampFactor(i - k + 1);
        if (i - k >= minTenure) {
          tenuredHires += hires[k];
        }
      }
      int pipeline = 0;
      for (int k = i + 1; k < months && k - lag <= i; k++) {
        pipeline += hires[k];
      }
      committed[i] = headcount[i] + pipeline;
      int onBoardBefore = headcount[i] + transfersOut[i];
      int tenured = Math.min(line.baselineTenured(i) + tenuredHires - transferredOut, onBoardBefore);
      tenureShortfall[i] = Math.max(0, transfersOut[i] - Math.max(0, tenured));
      transferredOut += transfersOut[i];
      capacityHours[i] = Math.max(0.0, fte) * line.productiveHoursPerPerson();
      shortfallHours[i] = Math.max(0.0, line.demandHours(i) - capacityHours[i]);
    }
  }

  public BranchLine line() {
    return line;
  }

  public int months() {
    return hires.length;
  }

  public int hires(int i) {
    return hires[i];
  }

  public int releases(int i) {
    return releases[i];
  }

  public int transfersIn(int i) {
    return transfersIn[i];
  }

  public int transfersOut(int i) {
    return transfersOut[i];
  }

  public int headcount(int i) {
    return headcount[i];
  }

  public int committed(int i) {
    return committed[i];
  }

  public double capacityHours(int i) {
    return capacityHours[i];
  }

  public double shortfallHours(int i) {
    return shortfallHours[i];
  }

  /** Pay of the people on board (those serving their notice included). */
  public double payroll(int i) {
    return Math.max(0, headcount[i]) * line.monthlyPay();
  }

  /** Pay above or below the baseline team's. */
  public double extraPayroll(int i) {
    return payroll(i) - line.baselineHeadcount(i) * line.monthlyPay();
  }

  /** Hiring, severance and transfer costs booked in a month (hires at their start, transfers at arrival). */
  public double movingCost(int i) {
    return hires[i] * line.hiringCost() + releases[i] * line.releaseCost() + transfersIn[i] * line.rules().transferCost();
  }

  /** People transferred out beyond those with the minimum tenure. */
  public int tenureShortfall(int i) {
    return tenureShortfall[i];
  }

  public double totalPayroll() {
    double sum = 0;
    for (int i = 0; i < months(); i++) {
      sum += payroll(i);
    }
    return sum;
  }

  public int totalTenureShortfall() {
    int sum = 0;
    for (int s : tenureShortfall) {
      sum += s;
    }
    return sum;
  }

  /** People missing below zero, summed over the months (a line cannot lose people it does not have). */
  public int totalNegativeHeadcount() {
    int sum = 0;
    for (int h : headcount) {
      sum += Math.max(0, -h);
    }
    return sum;
  }
}

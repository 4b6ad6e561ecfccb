package chainsim.branch;

/**
 * The people of one role (and skill) in a branch, by months of tenure while they ramp up, and
 * those hired but not yet started, by start month.
 */
final class StaffLineState {
  final int role;
  final boolean sells;
  final boolean delivers;
  /** Skill index, or -1 for roles without one. */
  final int skill;
  /** Base pay per person per month, wage index applied. */
  final double basePay;
  /** ramping[t]: people in their (t+1)-th month, t < ramp-up months. */
  final int[] ramping;
  int ramped;
  /** arriving[m]: people starting in month m. */
  final int[] arriving;
  /** Everyone in {@link #arriving}: hired, not yet started. */
  int pending;

  StaffLineState(int role, boolean sells, boolean delivers, int skill, double basePay, int rampUpMonths, int months) {
    this.role = role;
    this.sells = sells;
    this.delivers = delivers;
    this.skill = skill;
    this.basePay = basePay;
    this.ramping = new int[rampUpMonths];
    this.arriving = new int[months + 40];
  }

  int headcount() {
    int n = ramped;
    for (int r : ramping) {
      n += r;
    }
    return n;
  }

  int pipeline() {
    return pending;
  }

  /** Headcount weighted by productivity: a new hire ramps linearly to full output. */
  double effective() {
    double fte = ramped;
    int months = ramping.length;
    for (int t = 0; t < months; t++) {
      fte += ramping[t] * (t + 1.0) / (months + 1.0);
    }
    return fte;
  }
}

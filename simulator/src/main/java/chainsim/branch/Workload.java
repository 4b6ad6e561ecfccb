package chainsim.branch;

/**
 * The delivery hours a branch's clients ask of each skill, month by month: the staffing
 * planner's demand. An order counts from the month it is signed, spread evenly over its delivery
 * months (the pace {@link DeliveryQueue} works it at), whether the branch keeps it or turns it
 * away for lack of capacity: work it could have served with more people. Orders it cannot do for
 * lack of a skill, or will not do for their margin, are not demand on its staff.
 */
final class Workload {
  private final int skills;
  /** hours[month - 1][skill]; work falling after the horizon is dropped. */
  private final double[][] hours;

  Workload(int skills, int months) {
    this.skills = skills;
    this.hours = new double[months][skills];
  }

  /** An order of {@code hoursBySkill} signed (or taken on) in {@code month}. */
  void add(int month, double[] hoursBySkill, int deliveryMonths) {
    int spread = Math.max(1, deliveryMonths);
    for (int m = month; m < month + spread && m <= hours.length; m++) {
      for (int s = 0; s < skills; s++) {
        hours[m - 1][s] += hoursBySkill[s] / spread;
      }
    }
  }

  /** Hours demanded of each skill in a month. */
  double[] of(int month) {
    return month >= 1 && month <= hours.length ? hours[month - 1].clone() : new double[skills];
  }
}

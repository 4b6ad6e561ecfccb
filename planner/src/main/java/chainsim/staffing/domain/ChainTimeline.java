package chainsim.staffing.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The company's direct branches together, month by month: the payroll the budget caps, and the
 * cash the plan spends beyond the forecast, cumulated, against the headroom above the reserve.
 * Equity channels' local firms pay their own staff and are left out.
 */
public final class ChainTimeline {
  private final StaffingRules rules;
  private final double[] payroll;
  private final double[] cumulativeExtraCost;

  private ChainTimeline(StaffingRules rules, List<BranchTimeline> branches) {
    this.rules = rules;
    int months = rules.months();
    payroll = new double[months];
    cumulativeExtraCost = new double[months];
    double cumulative = 0;
    for (int i = 0; i < months; i++) {
      for (BranchTimeline b : branches) {
        payroll[i] += b.payroll(i);
        cumulative += b.extraCost(i);
      }
      cumulativeExtraCost[i] = cumulative;
    }
  }

  /** The direct branches' timeline (in branch order, so sums do not depend on arrival order). */
  public static ChainTimeline of(StaffingRules rules, Collection<BranchTimeline> branches) {
    List<BranchTimeline> direct = new ArrayList<>();
    for (BranchTimeline b : branches) {
      if (b.branch().direct()) {
        direct.add(b);
      }
    }
    direct.sort(Comparator.comparing(b -> b.branch().id()));
    Object[] key = direct.toArray();
    ChainTimeline known = rules.chains().get(key);
    if (known != null) {
      return known;
    }
    ChainTimeline t = new ChainTimeline(rules, direct);
    rules.chains().put(key, t);
    return t;
  }

  public StaffingRules rules() {
    return rules;
  }

  public double payroll(int i) {
    return payroll[i];
  }

  public double cumulativeExtraCost(int i) {
    return cumulativeExtraCost[i];
  }

  /** Yuan of payroll over the budget in a month (0 without a budget). */
  public double overBudget(int i) {
    Double budget = rules.payrollBudgetPerMonth();
    return budget == null ? 0.0 : Math.max(0.0, payroll[i] - budget);
  }

  /** Yuan by which the plan's extra spending takes the forecast cash below the reserve. */
  public double belowReserve(int i) {
    return Math.max(0.0, cumulativeExtraCost[i] - rules.cashHeadroom(i));
  }
}

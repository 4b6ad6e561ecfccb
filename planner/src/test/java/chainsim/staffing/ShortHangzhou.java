package chainsim.staffing;

import static chainsim.staffing.ModelFixtures.MONTHS;
import static chainsim.staffing.ModelFixtures.branch;
import static chainsim.staffing.ModelFixtures.line;
import static chainsim.staffing.ModelFixtures.rules;

import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.StaffingRules;
import chainsim.staffing.domain.Transfer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two neighbouring branches, one skill, three months: Hangzhou's two consultants give 200 of the
 * 300 hours asked each month, Suzhou has three for 200 hours. Every line-month may hire, release
 * or take a transfer from Suzhou, so the best plan (a consultant moved from Suzhou in month 1) can
 * be found by trying them all; the enumeration test and the cancellation tests share it.
 */
public final class ShortHangzhou {
  public final StaffingRules rules = rules();
  public final Branch hz = branch(rules, "hz-direct", "hz", Set.of("sz"), 10, 1, 0, 0);
  public final Branch sz = branch(rules, "sz-direct", "sz", Set.of("hz"), 10, 1, 0, 0);
  public final BranchLine hzTax = line(0, hz, "tax", 2, 2, 300, 1, 1);
  public final BranchLine szTax = line(1, sz, "tax", 3, 3, 200, 1, 1);

  /** The problem, every move still open. */
  public StaffingPlan problem() {
    List<LineMonth> months = new ArrayList<>();
    for (int m = 1; m <= MONTHS; m++) {
      months.add(new LineMonth(hzTax, m, false, null, 1, 1, List.of(new Transfer(szTax, 1))));
    }
    for (int m = 1; m <= MONTHS; m++) {
      months.add(new LineMonth(szTax, m, false, null, 1, 1, List.of()));
    }
    return new StaffingPlan(rules, List.of(hz, sz), List.of(hzTax, szTax), months);
  }
}

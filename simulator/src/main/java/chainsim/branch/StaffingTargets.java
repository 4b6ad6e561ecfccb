package chainsim.branch;

import chainsim.scenario.BranchTemplate;
import chainsim.scenario.HeadcountTarget;
import chainsim.scenario.StaffLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The headcount a branch aims for, per role and skill and month: the template's staffing, replaced
 * from a month on by the staffing plan's targets where the scenario has them.
 */
final class StaffingTargets {
  private final BranchTemplate template;
  private final List<HeadcountTarget> plan;
  private final List<HeadcountTarget> transfersOut;

  StaffingTargets(BranchTemplate template, List<HeadcountTarget> plan, List<HeadcountTarget> transfersOut) {
    this.template = template;
    this.plan = new ArrayList<>(plan);
    this.plan.sort(Comparator.comparing(HeadcountTarget::fromMonth));
    this.transfersOut = transfersOut;
  }

  /** The target for a role and skill in a month, or -1 when neither template nor plan names it. */
  int target(String role, String skill, int month) {
    int target = -1;
    for (StaffLine line : template.staffing()) {
      if (line.role().equals(role) && same(line.skill(), skill)) {
        target = line.count();
      }
    }
    for (HeadcountTarget t : plan) {
      if (t.fromMonth() <= month && t.role().equals(role) && same(t.skill(), skill)) {
        target = t.count();
      }
    }
    return target;
  }

  /** Whether the plan (not the template) sets the target in that month. */
  boolean planned(String role, String skill, int month) {
    for (HeadcountTarget t : plan) {
      if (t.fromMonth() <= month && t.role().equals(role) && same(t.skill(), skill)) {
        return true;
      }
    }
    return false;
  }

  /** People of a role and skill arriving by transfer in a month. */
  int transfersIn(String role, String skill, int month) {
    int n = 0;
    for (HeadcountTarget t : plan) {
      if (t.fromMonth() == month && t.role().equals(role) && same(t.skill(), skill)) {
        n += t.transfersIn();
      }
    }
    return n;
  }

  /** People of a role and skill leaving by transfer to another branch in a month. */
  int transfersOut(String role, String skill, int month) {
    int n = 0;
    for (HeadcountTarget t : transfersOut) {
      if (t.fromMonth() == month && t.role().equals(role) && same(t.skill(), skill)) {
        n += t.transfersIn();
      }
    }
    return n;
  }

  /** Every role and skill pair either the template or the plan staffs. */
  List<String[]> lines() {
    List<String[]> lines = new ArrayList<>();
    for (StaffLine line : template.staffing()) {
      add(lines, line.role(), line.skill());
    }
    for (HeadcountTarget t : plan) {
      add(lines, t.role(), t.skill());
    }
    return lines;
  }

  private static void add(List<String[]> lines, String role, String skill) {
    for (String[] l : lines) {
      if (l[0].equals(role) && same(l[1], skill)) {
        return;
      }
    }
    lines.add(new String[] {role, skill});
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}

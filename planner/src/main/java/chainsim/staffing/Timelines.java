package chainsim.staffing;

import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.BranchTimeline;
import chainsim.staffing.domain.ChainTimeline;
import chainsim.staffing.domain.LineEffect;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.LineTimeline;
import chainsim.staffing.domain.StaffingPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A solved plan's timelines, built the way the constraints build them, for outputs. */
final class Timelines {
  private Timelines() {}

  static Map<BranchLine, LineTimeline> lines(StaffingPlan plan) {
    Map<BranchLine, List<LineEffect>> effects = new LinkedHashMap<>();
    plan.lines().forEach(l -> effects.put(l, new ArrayList<>()));
    for (LineMonth m : plan.lineMonths()) {
      for (LineEffect e : m.effects()) {
        effects.get(e.line()).add(e);
      }
    }
    Map<BranchLine, LineTimeline> out = new LinkedHashMap<>();
    effects.forEach((line, list) -> out.put(line, LineTimeline.of(line, list)));
    return out;
  }

  static Map<Branch, BranchTimeline> branches(StaffingPlan plan) {
    Map<BranchLine, LineTimeline> lines = lines(plan);
    Map<Branch, List<LineTimeline>> grouped = new LinkedHashMap<>();
    plan.branches().forEach(b -> grouped.put(b, new ArrayList<>()));
    lines.forEach((line, t) -> grouped.get(line.branch()).add(t));
    Map<Branch, BranchTimeline> out = new LinkedHashMap<>();
    grouped.forEach((b, list) -> out.put(b, BranchTimeline.of(b, list)));
    return out;
  }

  static ChainTimeline chain(StaffingPlan plan) {
    return ChainTimeline.of(plan.rules(), branches(plan).values());
  }
}

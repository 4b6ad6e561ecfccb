package chainsim.staffing;

import chainsim.scenario.HeadcountTarget;
import chainsim.scenario.Scenario;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.LineTimeline;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.StaffingRules;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A solved plan as the headcount targets the simulator follows. A line's target from a month is
 * the people it should have on board or hired: the baseline team, plus every hire requisitioned
 * by then (a hire starting in month s is requisitioned in s - hiring lag), less releases taking
 * effect, plus transfers in and less transfers out. Every line gets a target from the first month
 * the plan can touch it, so the plan (not the template's growth rule) sets it from then on.
 */
public final class PlanOverlay {
  private PlanOverlay() {}

  /** The window's targets, line by line in month order. */
  public static List<HeadcountTarget> targets(StaffingPlan plan) {
    StaffingRules rules = plan.rules();
    Map<BranchLine, List<LineMonth>> byLine = new HashMap<>();
    for (LineMonth m : plan.lineMonths()) {
      byLine.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(m);
    }
    Map<BranchLine, LineTimeline> timelines = Timelines.lines(plan);
    List<HeadcountTarget> out = new ArrayList<>();
    for (BranchLine line : plan.lines()) {
      LineTimeline t = timelines.get(line);
      int first = Math.max(rules.firstMonth(), line.branch().openingMonth());
      int lag = line.hiringLagMonths();
      Integer previous = null;
      for (int month = first; month <= rules.lastMonth(); month++) {
        int i = rules.index(month);
        int target = line.baselineHeadcount(i);
        for (int k = 0; k < rules.months(); k++) {
          int start = rules.firstMonth() + k;
          if (start - lag <= month) {
            target += t.hires(k);
          }
          if (start <= month) {
            target += t.transfersIn(k) - t.releases(k) - t.transfersOut(k);
          }
        }
        target = Math.max(0, target);
        LineMonth lm = find(byLine.get(line), month);
        boolean transfer = lm != null && lm.transfer() != null;
        if (previous == null || target != previous || transfer) {
          out.add(new HeadcountTarget(line.branch().id(), month, line.role(), line.skill(), target,
              transfer ? lm.transfersIn() : null, transfer ? lm.transfer().from().branch().id() : null));
        }
        previous = target;
      }
    }
    return out;
  }

  private static LineMonth find(List<LineMonth> months, int month) {
    if (months != null) {
      for (LineMonth m : months) {
        if (m.month() == month) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The overlay file: {@code extends} the scenario it was planned from, and a headcount plan of
   * the input's own targets before the window followed by the plan's (a list without ids is
   * replaced whole by an overlay, so the past has to be repeated).
   */
  public static String yaml(Scenario input, String extendsPath, String name, List<String> comments,
      List<HeadcountTarget> targets) {
    ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build());
    ObjectNode root = mapper.createObjectNode();
    root.put("extends", extendsPath);
    root.put("name", name);
    ArrayNode plan = root.putArray("headcount_plan");
    int first = targets.stream().mapToInt(HeadcountTarget::fromMonth).min().orElse(Integer.MAX_VALUE);
    for (HeadcountTarget t : input.headcountPlan()) {
      if (t.fromMonth() < first) {
        plan.add(node(mapper, t));
      }
    }
    targets.forEach(t -> plan.add(node(mapper, t)));
    StringBuilder text = new StringBuilder();
    comments.forEach(c -> text.append("# ").append(c).append('\n'));
    try {
      text.append(mapper.writeValueAsString(root).replace("\r\n", "\n"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the staffing plan as YAML", e);
    }
    return text.toString();
  }

  private static ObjectNode node(ObjectMapper mapper, HeadcountTarget t) {
    ObjectNode n = mapper.createObjectNode();
    n.put("opening", t.opening());
    n.put("from_month", t.fromMonth());
    n.put("role", t.role());
    if (t.skill() != null) {
      n.put("skill", t.skill());
    }
    n.put("count", t.count());
    if (t.transfersIn() > 0) {
      n.put("transfers_in", t.transfersIn());
      n.put("transfer_from", t.transferFrom());
    }
    return n;
  }
}

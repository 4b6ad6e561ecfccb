package chainsim.staffing;

import chainsim.scenario.HeadcountTarget;
import chainsim.scenario.Scenario;
import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.BranchTimeline;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.LineTimeline;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.StaffingRules;
import chainsim.staffing.forecast.WorkloadForecast;
import chainsim.staffing.solver.Breach;
import chainsim.staffing.solver.StaffingConstraintProvider;
import chainsim.staffing.solver.StaffingSolver;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * A solved staffing plan, ready for the outputs: each line's month (planned against needed
 * headcount, moves, hours), each branch's month (pool and unmet hours), the cost by constraint,
 * the hard rules it breaks and why, and the targets of the overlay.
 */
public final class StaffingResult {
  private final Scenario scenario;
  private final StaffingPlan plan;
  private final WorkloadForecast forecast;
  private final long seed;
  private final HardSoftLongScore score;
  private final Map<String, Long> costByConstraint = new LinkedHashMap<>();
  private final List<Broken> broken = new ArrayList<>();
  private final List<LineRow> lineRows = new ArrayList<>();
  private final List<BranchRow> branchRows = new ArrayList<>();
  private final List<HeadcountTarget> targets;

  /** A hard rule the plan breaks, where, in which months (limit against actual), and why in words. */
  public record Broken(String constraint, long people, String where, List<Breach.Month> months, String why) {}

  /**
   * One line in one month. {@code needed} is the demand over one person's productive hours (at
   * the median and at the service level); {@code headcount} is on board after the month's moves.
   */
  public record LineRow(String branch, String role, String skill, int month, YearMonth calendarMonth,
      int baseline, int headcount, double neededMedian, double neededAtServiceLevel, double demandHours,
      double capacityHours, int hires, int releases, int transfersIn, String transferFrom, int transfersOut,
      double payroll, double movingCost) {}

  /** One branch in one month. */
  public record BranchRow(String branch, boolean direct, int month, YearMonth calendarMonth, int committed, int seats,
      double poolHours, double unmetHours, double openShare) {}

  StaffingResult(Scenario scenario, StaffingPlan plan, WorkloadForecast forecast, long seed) {
    this.scenario = scenario;
    this.plan = plan;
    this.forecast = forecast;
    this.seed = seed;
    ScoreExplanation<StaffingPlan, HardSoftLongScore> explanation = StaffingSolver.explain(plan);
    this.score = explanation.getScore();
    for (ConstraintMatchTotal<HardSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
      HardSoftLongScore s = total.getScore();
      if (s.softScore() != 0) {
        costByConstraint.put(total.getConstraintName(), -s.softScore());
      }
      if (s.hardScore() != 0) {
        for (ConstraintMatch<HardSoftLongScore> match : total.getConstraintMatchSet()) {
          Object why = match.getJustification();
          Breach breach = why instanceof Breach b ? b : new Breach("", List.of(), String.valueOf(why));
          broken.add(new Broken(total.getConstraintName(), -match.getScore().hardScore(), breach.where(),
              breach.months(), breach.why()));
        }
      }
    }
    broken.sort(Comparator.comparing(Broken::constraint).thenComparing(Broken::where));
    tabulate();
    this.targets = PlanOverlay.targets(plan);
  }

  private void tabulate() {
    StaffingRules rules = plan.rules();
    Map<BranchLine, LineTimeline> lines = Timelines.lines(plan);
    Map<Branch, BranchTimeline> branches = Timelines.branches(plan);
    Map<String, LineMonth> byKey = new LinkedHashMap<>();
    plan.lineMonths().forEach(m -> byKey.put(m.line().id() + "@" + m.month(), m));
    for (BranchLine line : plan.lines()) {
      LineTimeline t = lines.get(line);
      WorkloadForecast.EntityForecast f = forecast.entity(line.branch().id());
      int skill = skillIndex(line.skill());
      for (int i = 0; i < rules.months(); i++) {
        int month = rules.firstMonth() + i;
        if (month < line.branch().openingMonth()) {
          continue;
        }
        double perPerson = line.productiveHoursPerPerson();
        double median = f == null ? 0.0 : f.demandMedian()[skill][i];
        LineMonth lm = byKey.get(line.id() + "@" + month);
        lineRows.add(new LineRow(line.branch().id(), line.role(), line.skill(), month, calendar(month),
            line.baselineHeadcount(i), t.headcount(i), median / perPerson, line.demandHours(i) / perPerson,
            line.demandHours(i), t.capacityHours(i), t.hires(i), t.releases(i), t.transfersIn(i),
            lm != null && lm.transfer() != null ? lm.transfer().from().branch().id() : null, t.transfersOut(i),
            t.payroll(i), t.movingCost(i)));
      }
    }
    for (Branch b : plan.branches()) {
      BranchTimeline t = branches.get(b);
      WorkloadForecast.EntityForecast f = forecast.entity(b.id());
      for (int i = 0; i < rules.months(); i++) {
        int month = rules.firstMonth() + i;
        if (month < b.openingMonth()) {
          continue;
        }
        branchRows.add(new BranchRow(b.id(), b.direct(), month, calendar(month), t.committed(i), b.seats(),
            t.poolHours(i), t.unmetHours(i), f == null ? 0.0 : f.openShare()[i]));
      }
    }
  }

  private int skillIndex(String skill) {
    for (int s = 0; s < scenario.skills().size(); s++) {
      if (scenario.skills().get(s).id().equals(skill)) {
        return s;
      }
    }
    throw new IllegalArgumentException(skill);
  }

  public YearMonth calendar(int month) {
    return scenario.horizon().calendarMonth(month);
  }

  public Scenario scenario() {
    return scenario;
  }

  public StaffingPlan plan() {
    return plan;
  }

  public WorkloadForecast forecast() {
    return forecast;
  }

  public long seed() {
    return seed;
  }

  public int firstMonth() {
    return plan.rules().firstMonth();
  }

  public int lastMonth() {
    return plan.rules().lastMonth();
  }

  public HardSoftLongScore score() {
    return score;
  }

  public boolean feasible() {
    return score.isFeasible();
  }

  /** Yuan per soft constraint (payroll, hiring cost, ..., unmet demand priced at its penalty). */
  public Map<String, Long> costByConstraint() {
    return costByConstraint;
  }

  /** The plan's cost without the unmet-demand penalty and the change penalty: money actually spent. */
  public long spend() {
    long sum = 0;
    for (Map.Entry<String, Long> e : costByConstraint.entrySet()) {
      if (!e.getKey().equals(StaffingConstraintProvider.UNMET_DEMAND)
          && !e.getKey().equals(StaffingConstraintProvider.CHANGE_AGAINST_PREVIOUS_PLAN)) {
        sum += e.getValue();
      }
    }
    return sum;
  }

  public List<Broken> broken() {
    return broken;
  }

  public List<LineRow> lineRows() {
    return lineRows;
  }

  public List<BranchRow> branchRows() {
    return branchRows;
  }

  public List<HeadcountTarget> targets() {
    return targets;
  }

  /** A line figure summed over every line and month. */
  public int total(ToIntFunction<LineRow> f) {
    return lineRows.stream().mapToInt(f).sum();
  }

  public double totalPoolHours() {
    return branchRows.stream().mapToDouble(BranchRow::poolHours).sum();
  }

  public double totalUnmetHours() {
    return branchRows.stream().mapToDouble(BranchRow::unmetHours).sum();
  }

  /** The plan's moves, every line month of the window (zeros included), for the next re-plan. */
  public List<MovesFile.Row> moves() {
    List<MovesFile.Row> rows = new ArrayList<>();
    for (LineMonth m : plan.lineMonths()) {
      rows.add(new MovesFile.Row(m.line().branch().id(), m.line().role(), m.line().skill(), m.month(), m.moves()));
    }
    return rows;
  }
}

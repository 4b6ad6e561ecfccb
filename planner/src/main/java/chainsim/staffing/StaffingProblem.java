package chainsim.staffing;

import chainsim.scenario.BranchTemplate;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Region;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import chainsim.scenario.StaffLine;
import chainsim.scenario.StaffingPlanning;
import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.Moves;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.StaffingRules;
import chainsim.staffing.domain.Transfer;
import chainsim.staffing.forecast.WorkloadForecast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the planning problem from a scenario and its workload forecast: a {@link Branch} per
 * direct branch and equity channel open in the window, a {@link BranchLine} per service role and
 * skill it staffs, and a {@link LineMonth} per line and month it is open, starting from the
 * previous plan's moves where there is one (pinned in the decided months) and from no moves
 * elsewhere.
 *
 * <p>Prices and productivity are the scenario's means: pay is base plus performance pay at full
 * attainment, wage index applied; a person's productive hours are the template's service hours
 * less the complaint share, less the expected gaps attrition leaves (a leaver is replaced after
 * the hiring lag and the replacement ramps up: 1 - attrition x (lag + ramp-up / 2)).
 */
public final class StaffingProblem {
  /** Most people one transfer moves at once. */
  static final int MAX_TRANSFER = 3;

  private final Scenario scenario;
  private final StaffingPlanning settings;
  private final StaffingRules rules;
  private final WorkloadForecast forecast;
  private final MovesFile previous;

  private StaffingProblem(Scenario scenario, StaffingPlanning settings, WorkloadForecast forecast, MovesFile previous) {
    this.scenario = scenario;
    this.settings = settings;
    this.forecast = forecast;
    this.previous = previous;
    double[] headroom = new double[forecast.months()];
    for (int i = 0; i < headroom.length; i++) {
      headroom[i] = forecast.cashAtLowQuantile(i) - scenario.capital().reserveAmount();
    }
    this.rules = new StaffingRules(forecast.firstMonth(), forecast.months(), settings.noticeMonths(),
        settings.minTenureMonthsForTransfer(), settings.transferCost(), settings.poolCostPerHour(),
        settings.unmetPenaltyPerHour(), settings.changePenaltyPerPerson(), settings.payrollBudgetPerMonth(), headroom);
  }

  /** The problem of a scenario whose workload has been forecast over the window. */
  public static StaffingPlan build(Scenario scenario, StaffingPlanning settings, WorkloadForecast forecast,
      MovesFile previous) {
    return new StaffingProblem(scenario, settings, forecast, previous).build();
  }

  private StaffingPlan build() {
    List<Branch> branches = new ArrayList<>();
    List<BranchLine> lines = new ArrayList<>();
    for (Opening o : WorkloadForecast.staffedOpenings(scenario, rules.lastMonth())) {
      BranchTemplate template = template(scenario, o);
      Branch branch = branch(o, template);
      branches.add(branch);
      for (String[] key : serviceLines(o, template)) {
        lines.add(line(lines.size(), branch, o, template, key[0], key[1]));
      }
    }
    List<LineMonth> months = new ArrayList<>();
    for (BranchLine line : lines) {
      List<Transfer> options = transferOptions(line, lines);
      for (int m = Math.max(rules.firstMonth(), line.branch().openingMonth()); m <= rules.lastMonth(); m++) {
        months.add(lineMonth(line, m, options, lines));
      }
    }
    return new StaffingPlan(rules, branches, lines, months);
  }

  /** The template a direct branch runs on, or the one describing an equity channel's local firm. */
  static BranchTemplate template(Scenario scenario, Opening o) {
    String id = o.mode() == Mode.EQUITY
        ? scenario.equityTemplate(o.template()).orElseThrow().operations()
        : o.template();
    return scenario.branchTemplate(id).orElseThrow();
  }

  private Branch branch(Opening o, BranchTemplate template) {
    Region region = scenario.region(o.region()).orElseThrow();
    Set<String> reachable = new HashSet<>(region.neighbours());
    reachable.add(region.id());
    for (Region r : scenario.regions()) {
      if (r.neighbours().contains(region.id())) {
        reachable.add(r.id());
      }
    }
    int[] other = new int[rules.months()];
    double[] otherPay = new double[rules.months()];
    for (StaffLine s : template.staffing()) {
      if (kind(s.role()) != Role.Kind.SERVICE) {
        for (int i = 0; i < rules.months(); i++) {
          if (rules.firstMonth() + i >= o.month()) {
            other[i] += s.count();
            otherPay[i] += s.count() * monthlyPay(template, region, s.role());
          }
        }
      }
    }
    // the simulator opens at most max_hires_per_month requisitions a month, replacements included
    int training = Math.min(settings.trainingCapacityPerMonth(), template.hiring().maxHiresPerMonth());
    return new Branch(o.id(), o.mode() == Mode.DIRECT, region.id(), reachable, o.month(), template.seats(), training,
        settings.poolHoursPerMonth(), other, otherPay, rules);
  }

  /** Service role and skill pairs the template staffs, and any a past headcount plan added. */
  private List<String[]> serviceLines(Opening o, BranchTemplate template) {
    Map<String, String[]> keys = new LinkedHashMap<>();
    for (StaffLine s : template.staffing()) {
      if (kind(s.role()) == Role.Kind.SERVICE && s.skill() != null) {
        keys.putIfAbsent(s.role() + "/" + s.skill(), new String[] {s.role(), s.skill()});
      }
    }
    scenario.headcountPlan().stream()
        .filter(t -> t.opening().equals(o.id()) && t.skill() != null && kind(t.role()) == Role.Kind.SERVICE)
        .forEach(t -> keys.putIfAbsent(t.role() + "/" + t.skill(), new String[] {t.role(), t.skill()}));
    return new ArrayList<>(keys.values());
  }

  private BranchLine line(int index, Branch branch, Opening o, BranchTemplate template, String role, String skill) {
    Region region = scenario.region(o.region()).orElseThrow();
    int months = rules.months();
    int start = startHeadcount(o, template, role, skill);
    int ramp = template.rampUpMonths();
    boolean experienced = o.mode() == Mode.EQUITY;
    int[] headcount = new int[months];
    double[] fte = new double[months];
    int[] tenured = new int[months];
    double[] demand = new double[months];
    WorkloadForecast.EntityForecast f = forecast.entity(o.id());
    int skillIndex = skillIndex(skill);
    for (int i = 0; i < months; i++) {
      int month = rules.firstMonth() + i;
      if (month < o.month()) {
        continue;
      }
      headcount[i] = start;
      // the team the branch opened with ramps up from the opening; a stake's team is experienced
      double ramped = experienced ? 1.0 : Math.min(1.0, (month - o.month() + 1) / (ramp + 1.0));
      fte[i] = start * ramped;
      tenured[i] = !experienced && month - o.month() >= rules.minTenureMonthsForTransfer() ? start : 0;
      demand[i] = f == null ? 0.0 : f.demandAtServiceLevel()[skillIndex][i];
    }
    double basePay = template.basePay().get(role).mean() * region.wageIndex().mean();
    double hours = template.productivity().serviceHoursPerMonth().mean()
        * (1.0 - scenario.policies().complaints().capacityShare());
    double attrition = template.attritionMonthly().mean();
    double availability = Math.max(0.5, 1.0 - attrition * (template.hiringLagMonths() + ramp / 2.0));
    return new BranchLine(index, branch, role, skill, basePay * (1.0 + template.performancePayRatio().mean()),
        template.hiringCostPerHire().mean(), settings.releaseCostMonths() * basePay, hours * availability, ramp,
        template.hiringLagMonths(), headcount, fte, tenured, demand);
  }

  /**
   * People on the line when the window starts: for a branch already open, the median the forecast
   * saw the month before (where it was open); for one opening in the window, its template's team.
   */
  private int startHeadcount(Opening o, BranchTemplate template, String role, String skill) {
    if (o.month() < rules.firstMonth()) {
      WorkloadForecast.EntityForecast f = forecast.entity(o.id());
      Integer seen = f == null ? null : f.startHeadcount(role, skill);
      if (seen != null) {
        return seen;
      }
    }
    for (StaffLine s : template.staffing()) {
      if (s.role().equals(role) && skill.equals(s.skill())) {
        return s.count();
      }
    }
    return 0;
  }

  /** Lines of other direct branches in reach with people of the same role and skill who may move. */
  private static List<Transfer> transferOptions(BranchLine to, List<BranchLine> lines) {
    List<Transfer> options = new ArrayList<>();
    for (BranchLine from : lines) {
      if (!to.canReceiveFrom(from)) {
        continue;
      }
      int tenured = 0;
      for (int i = 0; i < to.rules().months(); i++) {
        tenured = Math.max(tenured, from.baselineTenured(i));
      }
      for (int people = 1; people <= Math.min(MAX_TRANSFER, tenured); people++) {
        options.add(new Transfer(from, people));
      }
    }
    return options;
  }

  private LineMonth lineMonth(BranchLine line, int month, List<Transfer> options, List<BranchLine> lines) {
    Branch b = line.branch();
    Moves before = previous.at(b.id(), line.role(), line.skill(), month);
    boolean pinned = month < rules.firstMonth() + settings.pinnedMonths();
    int maxReleases = Math.max(1, maxOf(line));
    List<Transfer> range = new ArrayList<>(options);
    Transfer transfer = null;
    if (before != null && before.transfersIn() > 0) {
      transfer = findTransfer(range, before);
      if (transfer == null) {
        // a previous transfer the options do not hold (another source or size): keep it reachable
        BranchLine from = sourceLine(line, before.transferFrom(), lines);
        if (from != null) {
          transfer = new Transfer(from, before.transfersIn());
          range.add(transfer);
        }
      }
    }
    LineMonth lm = new LineMonth(line, month, pinned, before, b.trainingCapacityPerMonth(), maxReleases, range);
    Moves start = before != null ? before : Moves.NONE;
    int hires = start.hires();
    int releases = start.releases();
    if (!pinned) {
      Integer lockedHires = lm.lockedHires();
      Integer lockedReleases = lm.lockedReleases();
      hires = lockedHires != null ? lockedHires : Math.min(hires, b.trainingCapacityPerMonth());
      releases = lockedReleases != null ? lockedReleases : Math.min(releases, maxReleases);
    }
    return lm.withMoves(hires, releases, transfer);
  }

  private static Transfer findTransfer(List<Transfer> options, Moves before) {
    for (Transfer t : options) {
      if (t.from().branch().id().equals(before.transferFrom()) && t.people() == before.transfersIn()) {
        return t;
      }
    }
    return null;
  }

  /** The line of a branch people came from in the previous plan: same role and skill. */
  private static BranchLine sourceLine(BranchLine to, String branchId, List<BranchLine> lines) {
    for (BranchLine l : lines) {
      if (l.branch().id().equals(branchId) && l.role().equals(to.role()) && l.skill().equals(to.skill())) {
        return l;
      }
    }
    return null;
  }

  private static int maxOf(BranchLine line) {
    int max = 0;
    for (int i = 0; i < line.rules().months(); i++) {
      max = Math.max(max, line.baselineHeadcount(i));
    }
    return max;
  }

  private double monthlyPay(BranchTemplate template, Region region, String role) {
    return template.basePay().get(role).mean() * region.wageIndex().mean()
        * (1.0 + template.performancePayRatio().mean());
  }

  private Role.Kind kind(String role) {
    return scenario.role(role).orElseThrow().kind();
  }

  private int skillIndex(String skill) {
    for (int s = 0; s < scenario.skills().size(); s++) {
      if (scenario.skills().get(s).id().equals(skill)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no skill " + skill);
  }
}

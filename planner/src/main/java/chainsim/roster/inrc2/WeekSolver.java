package chainsim.roster.inrc2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rosters one INRC-II week from its demand and the history before it: a greedy start that fills
 * each minimum cover with the nurse it costs least, then simulated annealing over three moves
 * (one nurse's day changed to another shift, skill or a day off; two nurses exchanging a day;
 * two nurses exchanging a block of days, which keeps cover and reshapes runs), cooling
 * geometrically from 20 to 2 (a soft rule's unit is 10 to 30; measured on the three INRC-II
 * instances over four seeds at 5 million moves a week: 40 to 0.5 gave 4 % more). Scores with
 * {@link WeekProblem}, incrementally: a move re-scores only the nurses and cover cells it touches.
 *
 * <p>With a step limit the result depends only on the input and the seed; a time limit (the
 * competition's way) ends it earlier on a slow or busy machine.
 */
public final class WeekSolver {

  /** How long to search: at most {@code steps} moves and at most {@code time}. */
  public record Budget(long steps, Duration time) {
    public static Budget ofTime(Duration time) {
      return new Budget(Long.MAX_VALUE, time);
    }

    public static Budget ofSteps(long steps) {
      return new Budget(steps, Duration.ofDays(1));
    }
  }

  /** The week's assignments, the solver's own score of them and the moves it tried. */
  public record Result(List<Assignment> assignments, double score, long steps) {
  }

  private static final double START_TEMPERATURE = 20;
  private static final double END_TEMPERATURE = 2;

  private final WeekProblem p;
  private final int[][] shift;
  private final int[][] skill;
  private final int[][][] count;
  private final double[] nurseCost;
  private double score;
  private final SplittableRandom random;

  private WeekSolver(WeekProblem problem, long seed) {
    this.p = problem;
    shift = new int[p.nurses][p.days];
    skill = new int[p.nurses][p.days];
    count = new int[p.shifts][p.skills][p.days];
    nurseCost = new double[p.nurses];
    scratch = new int[p.days];
    for (int[] line : shift) {
      java.util.Arrays.fill(line, -1);
    }
    for (int i = 0; i < p.nurses; i++) {
      nurseCost[i] = p.nurseCost(i, shift[i]);
      score += nurseCost[i];
    }
    for (int s = 0; s < p.shifts; s++) {
      for (int k = 0; k < p.skills; k++) {
        for (int d = 0; d < p.days; d++) {
          score += p.coverCost(s, k, d, 0);
        }
      }
    }
    random = new SplittableRandom(seed);
  }

  /** Solves the week {@code weekIndex} (0 first) of the scenario's horizon. */
  public static Result solve(Inrc2Scenario scenario, Inrc2History before, Inrc2WeekData week, int weekIndex,
      Budget budget, long seed) {
    WeekSolver solver = new WeekSolver(new WeekProblem(scenario, before, week, weekIndex), seed);
    solver.construct();
    long steps = solver.anneal(budget);
    return new Result(solver.assignments(), solver.score, steps);
  }

  /**
   * Solves weeks {@code weekIndex ..} of {@code span} at once, seeing all their data: the offline
   * reference the week-by-week process is compared with, not the competition's rules. The result's
   * days run from 0 to {@code 7 span.size() - 1}.
   */
  public static Result solveSpan(Inrc2Scenario scenario, Inrc2History before, List<Inrc2WeekData> span,
      int weekIndex, Budget budget, long seed) {
    WeekSolver solver = new WeekSolver(new WeekProblem(scenario, before, span, weekIndex), seed);
    solver.construct();
    long steps = solver.anneal(budget);
    return new Result(solver.assignments(), solver.score, steps);
  }

  /** The solver's score of given assignments for the week: what {@link Result#score} means, computed afresh. */
  static double score(Inrc2Scenario scenario, Inrc2History before, Inrc2WeekData week, int weekIndex,
      List<Assignment> assignments) {
    WeekProblem problem = new WeekProblem(scenario, before, week, weekIndex);
    WeekSolver solver = new WeekSolver(problem, 0);
    for (Assignment a : assignments) {
      solver.change(problem.indexOfNurse(a.nurse()), a.day(), scenario.shiftIndex(a.shift()),
          scenario.skills().indexOf(a.skill()));
    }
    return solver.score;
  }

  /** The solver's score of assignments over the days of {@code span} from week 0 (days 0 to {@code 7 span.size() - 1}). */
  static double scoreSpan(Inrc2Scenario scenario, Inrc2History before, List<Inrc2WeekData> span,
      List<Assignment> assignments) {
    WeekProblem problem = new WeekProblem(scenario, before, span, 0);
    WeekSolver solver = new WeekSolver(problem, 0);
    for (Assignment a : assignments) {
      solver.change(problem.indexOfNurse(a.nurse()), a.day(), scenario.shiftIndex(a.shift()),
          scenario.skills().indexOf(a.skill()));
    }
    return solver.score;
  }

  private List<Assignment> assignments() {
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < p.nurses; i++) {
      for (int d = 0; d < p.days; d++) {
        if (shift[i][d] >= 0) {
          out.add(new Assignment(p.nurseList.get(i).id(), d, p.scenario.shiftTypes().get(shift[i][d]).id(),
              p.scenario.skills().get(skill[i][d])));
        }
      }
    }
    return out;
  }

  // ---- construction ---------------------------------------------------------------------------

  private void construct() {
    for (boolean toOptimal : new boolean[] {false, true}) {
      for (int d = 0; d < p.days; d++) {
        for (int s = 0; s < p.shifts; s++) {
          for (int k = 0; k < p.skills; k++) {
            int wanted = toOptimal ? p.optimal[s][k][d] : p.minimum[s][k][d];
            while (count[s][k][d] < wanted && fillOnce(s, k, d, toOptimal)) {
              // each pass places the cheapest free nurse with the skill
            }
          }
        }
      }
    }
  }

  private boolean fillOnce(int s, int k, int d, boolean onlyIfBetter) {
    int best = -1;
    double bestDelta = onlyIfBetter ? 0 : Double.MAX_VALUE;
    for (int i = 0; i < p.nurses; i++) {
      if (shift[i][d] >= 0 || !hasSkill(i, k)) {
        continue;
      }
      double delta = changeDelta(i, d, s, k);
      if (delta < bestDelta) {
        bestDelta = delta;
        best = i;
      }
    }
    if (best < 0) {
      return false;
    }
    change(best, d, s, k);
    return true;
  }

  private boolean hasSkill(int i, int k) {
    for (int own : p.nurseSkills[i]) {
      if (own == k) {
        return true;
      }
    }
    return false;
  }

  // ---- moves ----------------------------------------------------------------------------------

  private final int[] scratch;

  private double lineCostWith(int i, int d, int s) {
    System.arraycopy(shift[i], 0, scratch, 0, p.days);
    scratch[d] = s;
    return p.nurseCost(i, scratch);
  }

  private double cellDelta(int s, int k, int d, int by) {
    return s < 0 ? 0 : p.coverCost(s, k, d, count[s][k][d] + by) - p.coverCost(s, k, d, count[s][k][d]);
  }

  private double changeDelta(int i, int d, int s, int k) {
    int oldS = shift[i][d];
    int oldK = skill[i][d];
    if (oldS == s && (s < 0 || oldK == k)) {
      return 0;
    }
    double delta = lineCostWith(i, d, s) - nurseCost[i];
    if (oldS >= 0) {
      delta += cellDelta(oldS, oldK, d, -1);
    }
    if (s >= 0) {
      delta += cellDelta(s, k, d, +1);
    }
    return delta;
  }

  private void change(int i, int d, int s, int k) {
    int oldS = shift[i][d];
    if (oldS >= 0) {
      score += cellDelta(oldS, skill[i][d], d, -1);
      count[oldS][skill[i][d]][d]--;
    }
    shift[i][d] = s;
    skill[i][d] = s >= 0 ? k : 0;
    if (s >= 0) {
      score += cellDelta(s, k, d, +1);
      count[s][k][d]++;
    }
    double line = p.nurseCost(i, shift[i]);
    score += line - nurseCost[i];
    nurseCost[i] = line;
  }

  /** Exchanges days {@code from..to} of nurses i and j when each has the other's skills there. */
  private boolean canSwap(int i, int j, int from, int to) {
    for (int d = from; d <= to; d++) {
      if (shift[j][d] >= 0 && !hasSkill(i, skill[j][d]) || shift[i][d] >= 0 && !hasSkill(j, skill[i][d])) {
        return false;
      }
    }
    return true;
  }

  private double swapDelta(int i, int j, int from, int to) {
    int[] a = shift[i].clone();
    int[] b = shift[j].clone();
    for (int d = from; d <= to; d++) {
      a[d] = shift[j][d];
      b[d] = shift[i][d];
    }
    return p.nurseCost(i, a) + p.nurseCost(j, b) - nurseCost[i] - nurseCost[j];
  }

  private void swap(int i, int j, int from, int to) {
    for (int d = from; d <= to; d++) {
      int s = shift[i][d];
      int k = skill[i][d];
      shift[i][d] = shift[j][d];
      skill[i][d] = skill[j][d];
      shift[j][d] = s;
      skill[j][d] = k;
    }
    double a = p.nurseCost(i, shift[i]);
    double b = p.nurseCost(j, shift[j]);
    score += a + b - nurseCost[i] - nurseCost[j];
    nurseCost[i] = a;
    nurseCost[j] = b;
  }

  // ---- annealing ------------------------------------------------------------------------------

  private long anneal(Budget budget) {
    long start = System.nanoTime();
    long limit = budget.time().toNanos();
    int[][] bestShift = copy(shift);
    int[][] bestSkill = copy(skill);
    double best = score;
    double temperature = START_TEMPERATURE;
    long step = 0;
    while (step < budget.steps()) {
      if ((step & 255) == 0) {
        long elapsed = System.nanoTime() - start;
        if (elapsed >= limit) {
          break;
        }
        double fraction = budget.steps() == Long.MAX_VALUE ? elapsed / (double) limit : step / (double) budget.steps();
        temperature = START_TEMPERATURE * Math.pow(END_TEMPERATURE / START_TEMPERATURE, fraction);
      }
      step++;
      int move = random.nextInt(10);
      int i = random.nextInt(p.nurses);
      if (move < 5) {
        int d = random.nextInt(p.days);
        int s = random.nextInt(p.shifts + 1) - 1;
        int k = s < 0 ? 0 : p.nurseSkills[i][random.nextInt(p.nurseSkills[i].length)];
        double delta = changeDelta(i, d, s, k);
        if (accept(delta, temperature)) {
          change(i, d, s, k);
        }
      } else {
        int j = random.nextInt(p.nurses);
        int from = random.nextInt(p.days);
        int to = move < 8 ? from : Math.min(p.days - 1, from + random.nextInt(4));
        if (i == j || !canSwap(i, j, from, to)) {
          continue;
        }
        double delta = swapDelta(i, j, from, to);
        if (accept(delta, temperature)) {
          swap(i, j, from, to);
        }
      }
      if (score < best - 1e-9) {
        best = score;
        bestShift = copy(shift);
        bestSkill = copy(skill);
      }
    }
    restore(bestShift, bestSkill);
    return step;
  }

  private boolean accept(double delta, double temperature) {
    return delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature);
  }

  private void restore(int[][] bestShift, int[][] bestSkill) {
    for (int i = 0; i < p.nurses; i++) {
      for (int d = 0; d < p.days; d++) {
        if (shift[i][d] != bestShift[i][d] || skill[i][d] != bestSkill[i][d]) {
          change(i, d, bestShift[i][d], bestSkill[i][d]);
        }
      }
    }
  }

  private static int[][] copy(int[][] a) {
    int[][] out = new int[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }
}

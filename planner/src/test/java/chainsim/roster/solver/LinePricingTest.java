package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pricing one person's line on sprint_late09 (a random feasible roster), with duals set by hand. */
class LinePricingTest {

  @BeforeAll
  static void loadGlop() {
    Loader.loadNativeLibraries();
  }

  @Test
  void findsLinesWhoseReducedCostIsNegativeAndLeavesTheRowAsItWas() {
    Person first = firstPerson();
    try (LineMaster master = first.master()) {
      double[][] duals = first.rewardOnFreeDay();
      double personDual = first.presentCost(); // the present line's reduced cost is 0
      List<int[]> lines = first.pricing(1).negativeLines(0, personDual, duals, 1, 10);

      assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(LinePricing.LINES_PER_ROUND);
      double previous = Double.NEGATIVE_INFINITY;
      for (int[] line : lines) {
        double reduced = first.calculator().lineCostOf(0, line) - personDual
            - (line[first.freeDay()] == 0 ? REWARD : 0);
        assertThat(reduced).isNegative().isGreaterThanOrEqualTo(previous - 1e-6);
        assertThat(line[first.freeDay()]).as("the rewarded shift").isEqualTo(0);
        previous = reduced;
      }
      assertThat(first.calculator().row(0)).containsExactly(first.present());
    }
  }

  @Test
  void keepsTheCellsTheMasterForces() {
    Person first = firstPerson();
    try (LineMaster master = first.master()) {
      master.force(0, first.freeDay(), -1); // the rewarded day stays free
      double[][] duals = first.rewardOnFreeDay();
      int last = duals[0].length - 1;
      for (int d = 0; d < duals.length; d++) {
        duals[d][last] += d == first.freeDay() ? 0 : 1; // a little for the last shift type elsewhere
      }
      double personDual = first.presentCost() - dualSum(first.present(), duals);
      for (int[] line : first.pricing(2).negativeLines(0, personDual, duals, 2, 20)) {
        assertThat(line[first.freeDay()]).isEqualTo(-1);
      }
      assertThat(first.calculator().row(0)).containsExactly(first.present());
    }
  }

  @Test
  void startsFromTheLineTheShortestPathFindsAndReturnsOneAtLeastAsCheap() {
    // duals drawn on every day and shift type; with no search of its own (no starts, no kicks) the
    // pricing still returns the shortest path's line, descended: at most its reduced cost
    Person first = firstPerson();
    try (LineMaster master = first.master()) {
      Random random = new Random(5);
      double[][] duals = new double[first.days()][first.types()];
      double[] byCode = new double[first.days() * (first.types() + 1)];
      for (int d = 0; d < first.days(); d++) {
        for (int t = 0; t < first.types(); t++) {
          duals[d][t] = random.nextDouble() * 6;
          byCode[d * (first.types() + 1) + t + 1] = duals[d][t];
        }
      }
      double personDual = first.presentCost() - dualSum(first.present(), duals);
      int[] none = new int[first.days()];
      java.util.Arrays.fill(none, LineMaster.NOT_FORCED);
      int[] path = first.calculator().compiledLine(0).cheapestByLocalRules(byCode, 0, none);
      double pathReduced = first.calculator().lineCostOf(0, path) - personDual - dualSum(path, duals);
      assertThat(pathReduced).as("the path beats the present line").isNegative();

      List<int[]> lines = first.pricing(1).negativeLines(0, personDual, duals, 0, 0);

      assertThat(lines).isNotEmpty();
      double best = first.calculator().lineCostOf(0, lines.get(0)) - personDual - dualSum(lines.get(0), duals);
      assertThat(best).isLessThanOrEqualTo(pathReduced + 1e-9);
      assertThat(first.calculator().row(0)).containsExactly(first.present());
    }
  }

  /** What shift type 0 on the person's first free day is worth: more than any rule can cost. */
  private static final double REWARD = 1000;

  /** The first person of sprint_late09 (a random feasible roster), and a master holding her present line. */
  private record Person(RosterIncrementalScoreCalculator calculator, int days, int types, int[] present, LineMaster master) {

    int freeDay() {
      return firstFree(present);
    }

    long presentCost() {
      return calculator.lineCostOf(0, present);
    }

    /** Duals worth {@link #REWARD} for shift type 0 on {@link #freeDay}, 0 elsewhere. */
    double[][] rewardOnFreeDay() {
      double[][] duals = new double[days][types];
      duals[freeDay()][0] = REWARD;
      return duals;
    }

    LinePricing pricing(long seed) {
      return new LinePricing(calculator, master, days, types, new Random(seed));
    }
  }

  private static Person firstPerson() {
    SwapMoves.Workbench bench = SwapMoves.onSprintLate09(4);
    RosterIncrementalScoreCalculator calculator = RosterIncrementalScoreCalculator.of(bench.director());
    int days = bench.working().getDays().size();
    int types = bench.working().getShiftTypes().size();
    int[] present = calculator.row(0).clone();
    LineMaster master = new LineMaster(bench.working().getStaff().size(), new int[days][types]);
    master.add(0, present, calculator.lineCostOf(0, present));
    return new Person(calculator, days, types, present, master);
  }

  private static double dualSum(int[] line, double[][] duals) {
    double sum = 0;
    for (int d = 0; d < line.length; d++) {
      sum += line[d] >= 0 ? duals[d][line[d]] : 0;
    }
    return sum;
  }

  private static int firstFree(int[] row) {
    for (int d = 0; d < row.length; d++) {
      if (row[d] < 0) {
        return d;
      }
    }
    throw new AssertionError("the person works every day");
  }
}

package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import chainsim.roster.domain.Roster;
import chainsim.roster.domain.ShiftType;
import com.google.ortools.Loader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-deals whole lines among everyone at once, after the local search: price and dive over the
 * {@link LineMaster} relaxation. Issue 17's eighth pass found the local search's rosters optimal in
 * every neighbourhood it could search exhaustively (up to three people over five days, the whole
 * ward over four), the gap to the best known a rearrangement of many lines over weeks; this is that
 * rearrangement, as column generation finds it (the approach of branch-and-price rostering).
 *
 * <ol>
 *   <li>The master starts from the present roster's lines. {@link LinePricing} adds lines whose
 *       reduced cost is negative, at duals smoothed towards the best found so far (Wentges), in
 *       {@link #LEVELS} of growing search effort, each until a round adds none, all within
 *       {@link #RELAXATION_SHARE} of the time left (the dive needs the rest).</li>
 *   <li>The dive then forces, step by step, the cells most of the relaxation already agrees on
 *       (up to {@link #CELLS_PER_STEP}, at least {@link #AGREED} shared), re-pricing only when a step
 *       cost the relaxation something, until its solution is one whole line per person: a roster.
 *       After every step the relaxation rounded (each person's largest line) with its cover mended
 *       ({@link CoverRepair}) is a roster too: the cheapest of these is the dive's incumbent, and a
 *       step after which the relaxation can no longer beat it is undone, the dive going on in
 *       smaller steps. A dive that ends with every cell settled but a few people short or over
 *       keeps its lines, mended.</li>
 *   <li>If the incumbent costs less than the present roster, it replaces it and the whole repeats
 *       from it, with a new master. When the relaxation cannot beat the present roster, or the dive
 *       finds nothing better, the re-deal ends and gives the time it has left back to the local
 *       search ({@link RosterSolver}).</li>
 * </ol>
 *
 * <p>Measured in docs/roster.md (issue 17, ninth to eleventh passes).
 *
 * Runs only where the cover is exact on every day and shift type and met (INRC-2010's rule): then
 * lines are the whole story, everything else in the score being one person's line. Stops at its
 * deadline, keeping the best roster found; never makes the roster worse (a re-dealt roster is
 * scored by the solver's own calculator before it is kept).
 */
public final class LineRedeal implements CustomPhaseCommand<Roster> {

  private static final Logger LOG = LoggerFactory.getLogger(LineRedeal.class);

  /** Pricing effort per level: searches per person, perturbations per search. */
  static final int[][] LEVELS = {{1, 10}, {1, 30}, {2, 60}};
  /** Pricing effort while diving. */
  private static final int[] DIVE_EFFORT = {1, 10};
  /** Pricing rounds after each dive step (fewer when a round adds no line). */
  private static final int DIVE_ROUNDS = 3;
  /** The most cells one dive step forces. */
  static final int CELLS_PER_STEP = 50;
  /** Cells beyond the first that one step forces need at least this share of the relaxation. */
  static final double AGREED = 0.9;
  /** Weight of the best duals so far in the duals a round prices at (Wentges smoothing). */
  private static final double SMOOTHING = 0.7;
  /** The most of the time left that finding a relaxation may take before the dive starts. */
  static final double RELAXATION_SHARE = 0.45;
  /** The most pricing rounds per level. */
  private static final int MAX_ROUNDS = 40;

  private long seed = 0L;
  private long millis = 0L;

  public void setSeed(long seed) {
    this.seed = seed;
  }

  /** How long it may run (the solver's share of the time limit for it). */
  public void setMillis(long millis) {
    this.millis = millis;
  }

  @Override
  public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector) {
    RosterIncrementalScoreCalculator calculator = RosterIncrementalScoreCalculator.of(scoreDirector);
    if (calculator == null || millis <= 0) {
      return;
    }
    int[][] need = calculator.exactCoverMet();
    if (need == null) {
      return;
    }
    long deadline = System.nanoTime() + millis * 1_000_000L;
    loadGlop();
    Roster roster = scoreDirector.getWorkingSolution();
    int people = roster.getStaff().size();
    int days = roster.getDays().size();
    int types = roster.getShiftTypes().size();
    int[][] pinned = new int[people][days];
    for (DayAssignment cell : roster.getAssignments()) {
      pinned[cell.getStaffMember().getIndex()][cell.getDay().getIndex()] =
          cell.isPinned() ? cell.shiftIndex() : LineMaster.NOT_FORCED;
    }
    Random random = new Random(seed);
    CompiledLine[] compiled = LinePricing.compile(calculator, people);
    // each re-deal starts a master of its own from the present roster: the last one's lines, some
    // ten thousand after a dive, would make every simplex solve of the next slower
    while (System.nanoTime() < deadline) {
      try (LineMaster master = new LineMaster(people, need)) {
        master.release(pinned);
        long present = 0;
        for (int s = 0; s < people; s++) {
          int[] row = calculator.row(s).clone();
          long cost = calculator.lineCostOf(s, row);
          master.add(s, row, cost);
          present += cost;
        }
        LinePricing pricing = new LinePricing(calculator, master, days, types, random, compiled);
        int[][] better = new Run(master, pricing, calculator, deadline).redeal(present, pinned);
        if (better == null) {
          return;
        }
        long cost = 0;
        for (int s = 0; s < people; s++) {
          cost += calculator.lineCostOf(s, better[s]);
        }
        if (cost >= present || !apply(scoreDirector, roster, calculator, better)) {
          return;
        }
        LOG.info("line re-deal: roster {} -> {}", present, cost);
      }
    }
  }

  /** Loads OR-Tools' native library, or says which platform lacks it. */
  private static void loadGlop() {
    try {
      Loader.loadNativeLibraries();
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("the line re-deal needs OR-Tools' native library, which did not load on "
          + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ": " + e.getMessage(), e);
    }
  }

  /**
   * Puts {@code lines} into the working roster; if the solver's calculator scores the result worse
   * than before (it should not: the lines' costs are its own), puts the old lines back.
   */
  private static boolean apply(ScoreDirector<Roster> director, Roster roster,
      RosterIncrementalScoreCalculator calculator, int[][] lines) {
    @SuppressWarnings("unchecked")
    InnerScoreDirector<Roster, HardSoftScore> inner = (InnerScoreDirector<Roster, HardSoftScore>) director;
    HardSoftScore before = inner.calculateScore();
    int[][] old = new int[lines.length][];
    for (int s = 0; s < lines.length; s++) {
      old[s] = calculator.row(s).clone();
    }
    write(director, roster, lines);
    HardSoftScore after = inner.calculateScore();
    if (after.compareTo(before) > 0) {
      return true;
    }
    write(director, roster, old);
    return false;
  }

  private static void write(ScoreDirector<Roster> director, Roster roster, int[][] lines) {
    List<ShiftType> types = roster.getShiftTypes();
    for (DayAssignment cell : roster.getAssignments()) {
      int code = lines[cell.getStaffMember().getIndex()][cell.getDay().getIndex()];
      if (code != cell.shiftIndex()) {
        director.beforeVariableChanged(cell, "shiftType");
        cell.setShiftType(code < 0 ? null : types.get(code));
        director.afterVariableChanged(cell, "shiftType");
      }
    }
    director.triggerVariableListeners();
  }

  /** One search's state: the master, its pricing, and the smoothed duals' centre. */
  private static final class Run {
    private final LineMaster master;
    private final LinePricing pricing;
    private final RosterIncrementalScoreCalculator calculator;
    private final long deadline;
    /** Until when pricing may go on: the relaxation's own deadline while it is being found, else the run's. */
    private long pricingUntil;
    /** The cells pinned in the working roster (the dive's mending leaves them alone). */
    private int[][] pinned;
    /** The best roster a dive has found so far (rounded and mended, or its end), and its cost. */
    private int[][] incumbent;
    private long incumbentCost;

    Run(LineMaster master, LinePricing pricing, RosterIncrementalScoreCalculator calculator, long deadline) {
      this.master = master;
      this.pricing = pricing;
      this.calculator = calculator;
      this.deadline = deadline;
      this.pricingUntil = deadline;
    }

    private boolean timeLeft() {
      return System.nanoTime() < deadline;
    }

    private boolean pricingLeft() {
      return System.nanoTime() < Math.min(pricingUntil, deadline);
    }

    /**
     * Lines for everyone that cost less than {@code present}, or {@code null} if none was found in
     * time, the relaxation cannot beat the present roster, or the dive found nothing better (the
     * search after the re-deal then has the rest of the time).
     */
    int[][] redeal(long present, int[][] pinned) {
      this.pinned = pinned;
      // the relaxation may take at most a share of the time left: a dive needs the rest
      long now = System.nanoTime();
      pricingUntil = now + (long) (RELAXATION_SHARE * (deadline - now));
      for (int[] level : LEVELS) {
        generate(level, MAX_ROUNDS);
        LOG.debug("line re-deal: level {}x{} relaxation {}, {} lines, {} ms left", level[0], level[1],
            String.format("%.2f", master.value()), master.lineCount(), (deadline - System.nanoTime()) / 1_000_000);
      }
      pricingUntil = deadline;
      if (!timeLeft() || Double.isNaN(master.value())) {
        return null;
      }
      LOG.info("line re-deal: relaxation {} against the roster's {}, {} lines (simplex {} ms so far)",
          String.format("%.2f", master.value()), present, master.lineCount(), master.solveMillis());
      if (master.value() > present - 1 + 1e-6) {
        return null;
      }
      return dive(present);
    }

    /**
     * Forces agreed cells and re-prices until the relaxation is a roster; returns the cheapest roster
     * it met below {@code present} (its end, or the relaxation rounded and mended on the way), else
     * null. Pricing runs only when forcing cost something (the relaxation's value rose or its cover
     * needs shortfall): while it keeps both, the lines it has are enough. A step after which the
     * relaxation can no longer beat the incumbent is undone and the dive goes on with a quarter of
     * the cells a step, growing back after steps that hold; it is dropped when one cell is too many.
     */
    private int[][] dive(long present) {
      master.allowShortfall(true);
      master.solve();
      incumbent = null;
      incumbentCost = present;
      int step = CELLS_PER_STEP;
      while (timeLeft() && !Double.isNaN(master.value())) {
        int[][] lines = master.integralLines();
        if (lines != null) {
          LOG.info("line re-deal: dive ends at {}, {} ms left", String.format("%.2f", master.value()),
              (deadline - System.nanoTime()) / 1_000_000);
          offer(lines);
          return incumbent;
        }
        double before = master.value();
        int[][] undo = master.forcedCells();
        boolean[] unsettled = forceAgreedCells(step, AGREED);
        if (unsettled == null) {
          // every cell settled, the cover a few people off
          offer(master.wholeLines());
          LOG.info("line re-deal: dive ends at {} with {} people short or over, mended to {}",
              String.format("%.2f", master.value()), Math.round(master.shortfall()), incumbentCost);
          return incumbent;
        }
        if (Double.isNaN(master.solve()) || master.value() > before + 1e-6 || master.shortfall() > 1e-6) {
          generate(DIVE_EFFORT, DIVE_ROUNDS, unsettled);
          if (!timeLeft()) {
            // cut by the deadline mid-pricing: the relaxation has lines it has not solved with
            return incumbent;
          }
        }
        if (!Double.isNaN(master.value())) {
          offer(master.roundedLines());
        }
        if (LOG.isDebugEnabled()) {
          int count = 0;
          for (boolean u : unsettled) {
            count += u ? 1 : 0;
          }
          LOG.debug("line re-deal: dive step of {} cells, {} people unsettled, relaxation {}, rounded {}, {} ms left (simplex {} ms so far)",
              step, count, String.format("%.2f", master.value()), incumbentCost, (deadline - System.nanoTime()) / 1_000_000,
              master.solveMillis());
        }
        if (Double.isNaN(master.value()) || master.value() > incumbentCost - 1 + 1e-6) {
          if (step == 1) {
            LOG.info("line re-deal: dive dropped at {}, rounded {}", String.format("%.2f", master.value()), incumbentCost);
            return incumbent;
          }
          master.release(undo);
          master.allowShortfall(true);
          master.solve();
          step = Math.max(1, step / 4);
        } else {
          step = Math.min(CELLS_PER_STEP, step * 2);
        }
      }
      return incumbent;
    }

    /**
     * Keeps {@code lines}, its cover mended ({@link CoverRepair}), as the dive's incumbent when it
     * costs less than the incumbent so far (at first, the present roster).
     */
    private void offer(int[][] lines) {
      if (lines == null) {
        return;
      }
      int[][] need = new int[master.days()][master.types()];
      for (int d = 0; d < need.length; d++) {
        for (int t = 0; t < need[d].length; t++) {
          need[d][t] = master.need(d, t);
        }
      }
      int[][] mended = CoverRepair.repair(lines, need, pinned, calculator::lineCostOf);
      if (mended == null) {
        return;
      }
      long cost = 0;
      for (int s = 0; s < mended.length; s++) {
        cost += calculator.lineCostOf(s, mended[s]);
      }
      if (cost < incumbentCost) {
        incumbent = mended;
        incumbentCost = cost;
      }
    }

    /**
     * Forces the cells the relaxation agrees on most: up to {@code cells}, those after the first with
     * at least {@code agreed} of it. Returns who had a fractional cell (the people worth re-pricing),
     * or {@code null} when nobody had.
     */
    private boolean[] forceAgreedCells(int cells, double agreed) {
      double[][][] y = master.cellShares();
      List<double[]> fractional = new ArrayList<>();
      for (int s = 0; s < y.length; s++) {
        for (int d = 0; d < y[s].length; d++) {
          if (master.forcedCode(s, d) != LineMaster.NOT_FORCED) {
            continue;
          }
          for (int code = 0; code < y[s][d].length; code++) {
            double share = y[s][d][code];
            if (share > 1e-6 && share < 1 - 1e-3) {
              fractional.add(new double[] {share, s, d, code - 1});
            }
          }
        }
      }
      if (fractional.isEmpty()) {
        return null;
      }
      boolean[] unsettled = new boolean[y.length];
      for (double[] cell : fractional) {
        unsettled[(int) cell[1]] = true;
      }
      // most agreed first; ties by person, day and code, so the order never depends on the list's
      fractional.sort(Comparator.<double[]>comparingDouble(c -> -c[0])
          .thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[2]).thenComparingDouble(c -> c[3]));
      int forcedNow = 0;
      for (double[] cell : fractional) {
        int s = (int) cell[1];
        int d = (int) cell[2];
        if (forcedNow == cells || (forcedNow > 0 && cell[0] < agreed)) {
          break;
        }
        if (master.forcedCode(s, d) == LineMaster.NOT_FORCED && master.canForce(s, d, (int) cell[3])) {
          master.force(s, d, (int) cell[3]);
          forcedNow++;
        }
      }
      return unsettled;
    }

    /**
     * Pricing rounds at one effort until a round adds no line (at the relaxation's own duals, after
     * smoothing found none) or {@code rounds} have run.
     */
    private void generate(int[] effort, int rounds) {
      generate(effort, rounds, null);
    }

    /** As {@link #generate(int[], int)}, pricing only the people marked in {@code whom} (all when null). */
    private void generate(int[] effort, int rounds, boolean[] whom) {
      int people = master.people();
      double[][] centre = null;
      double bestBound = Double.NEGATIVE_INFINITY;
      boolean exact = false;
      for (int round = 0; round < rounds && pricingLeft(); round++) {
        if (Double.isNaN(master.solve())) {
          return;
        }
        double[][] duals = separationDuals(centre, exact);
        double bound = 0;
        for (int d = 0; d < duals.length; d++) {
          for (int t = 0; t < duals[d].length; t++) {
            bound += duals[d][t] * coverOf(d, t);
          }
        }
        int added = 0;
        for (int s = 0; s < people && pricingLeft(); s++) {
          double cheapest = cheapestKnown(s, duals);
          if (whom != null && !whom[s]) {
            bound += cheapest;
            continue;
          }
          for (int[] line : pricing.negativeLines(s, cheapest, duals, effort[0], effort[1])) {
            long cost = calculator.lineCostOf(s, line);
            cheapest = Math.min(cheapest, cost - dualSum(line, duals));
            if (master.add(s, line, cost)) {
              added++;
            }
          }
          bound += cheapest;
        }
        if (bound > bestBound) {
          bestBound = bound;
          centre = duals;
        }
        if (added == 0) {
          if (exact) {
            return;
          }
          exact = true;
        } else {
          exact = false;
        }
      }
      if (timeLeft()) {
        master.solve();
      }
    }

    private int coverOf(int d, int t) {
      return master.need(d, t);
    }

    private double[][] separationDuals(double[][] centre, boolean exact) {
      int days = master.days();
      double[][] duals = new double[days][];
      for (int d = 0; d < days; d++) {
        duals[d] = new double[master.types()];
        for (int t = 0; t < duals[d].length; t++) {
          double own = master.coverDual(d, t);
          duals[d][t] = centre == null || exact ? own : SMOOTHING * centre[d][t] + (1 - SMOOTHING) * own;
        }
      }
      return duals;
    }

    /** The least cost less duals among person {@code s}'s fitting lines: the person's dual for pricing. */
    private double cheapestKnown(int s, double[][] duals) {
      double cheapest = Double.POSITIVE_INFINITY;
      List<int[]> lines = master.lines(s);
      for (int j = 0; j < lines.size(); j++) {
        if (master.fits(s, lines.get(j))) {
          cheapest = Math.min(cheapest, master.cost(s, j) - dualSum(lines.get(j), duals));
        }
      }
      return Double.isInfinite(cheapest) ? 0 : cheapest;
    }

    private static double dualSum(int[] line, double[][] duals) {
      double sum = 0;
      for (int d = 0; d < line.length; d++) {
        if (line[d] >= 0) {
          sum += duals[d][line[d]];
        }
      }
      return sum;
    }
  }
}

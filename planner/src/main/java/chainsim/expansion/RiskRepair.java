package chainsim.expansion;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.PlannedOpening;
import chainsim.expansion.solver.ChainProjection;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.planning.Cancellation;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * The repair phase: the full simulator in the loop, after the finalists are simulated. Plans that
 * run dry more often than greedy (see {@link CashRisk}) are repaired by their neighbours that
 * plausibly lower the risk of running dry, each simulated in full on the same validation
 * replications (common random numbers). A neighbour changes one opening of the plan (the cells of
 * a region entered by one mode in one quarter, as {@link BindingProbe}'s whole-region moves, or one
 * of its cells, as its single-cell moves):
 *
 * <ul>
 *   <li><b>delay</b> it a quarter (its losses come later, when the others earn);
 *   <li>a <b>cheaper mode</b> (a direct branch becomes an equity stake or a partner-only desk, a
 *       stake a desk);
 *   <li><b>drop</b> it;
 *   <li><b>narrow</b> it: one of its industries not entered (a smaller branch's smaller losses).
 * </ul>
 *
 * Neighbours breaking a rule the plan keeps on the surrogate are left out, and so are those that
 * cannot plausibly lift enough: the plan's simulation says how far its lowest cash must rise to run
 * dry in no more replications than greedy ({@link #requiredRelief}: the shallowest excess
 * shortfalls below zero and below the reserve), and a move is kept when it raises the lowest cash
 * on the corrected surrogate by at least that on average over its replications ({@link #relief});
 * when fewer than {@link #FALLBACK_MOVES} do, the most relieving others are kept too, for a repair
 * in several moves. (Ranking by value alone, measured on tight-capital, spent the whole budget
 * delaying partner desks whose 30k a month changed no replication's fate.) The kept wait in one
 * queue, best first by their <i>predicted</i> objective: the simulated objective of the plan they
 * repair plus what the move changes on the corrected surrogate (the soft score, yuan). The best is
 * simulated; if it is no riskier than greedy it is a candidate, else, while its simulated
 * objective beats the best candidate's, its own neighbours join the queue (a repair can take
 * several moves). The phase stops at the budget of simulations ({@code
 * planning.expansion.repair_simulations}), when the queue's best cannot beat the best candidate,
 * or when cancelled (keeping what it found). It is sequential and every tie is broken by the
 * order the neighbours were made in, so the same scenario and seed give the same plan whatever the
 * threads (the simulations themselves are the same on any number of threads).
 */
final class RiskRepair {

  /** A plan to repair or a repaired plan, with its simulation. */
  record Simulated(ExpansionPlan plan, MonteCarloResult result, double objective, CashRisk risk, String moves) {}

  /**
   * What the phase did: the plans it simulated (in order), how many, whether it was cancelled, and
   * what ended it ({@link #BUDGET}, {@link #NOTHING_LEFT}, {@link #NOTHING_BETTER} or {@link #CANCELLED}).
   */
  record Outcome(List<Simulated> simulated, int simulations, double seconds, boolean stopped, String endedBy) {}

  static final String BUDGET = "the budget";
  static final String NOTHING_LEFT = "no plan left to try";
  static final String NOTHING_BETTER = "no plan left predicted to beat the best plan no riskier than greedy";
  static final String CANCELLED = "cancelled";

  /** Simulates a plan's openings on the validation replications (each plan once). */
  interface Simulator {
    MonteCarloResult simulate(List<Opening> openings) throws InterruptedException;
  }

  /** A neighbour waiting to be simulated. */
  private record Pending(ExpansionPlan plan, double predicted, long order, String moves) {}

  private final SimulatedSelection selection;
  private final SolutionManager<ExpansionPlan, HardSoftLongScore> scorer;
  private final Simulator simulator;
  private final Cancellation cancellation;
  private final int budget;
  private long made;
  private CashRisk greedy;

  RiskRepair(SimulatedSelection selection, SolutionManager<ExpansionPlan, HardSoftLongScore> scorer,
      Simulator simulator, Cancellation cancellation, int budget) {
    this.selection = selection;
    this.scorer = scorer;
    this.simulator = simulator;
    this.cancellation = cancellation;
    this.budget = budget;
  }

  /**
   * Repairs the riskier plans.
   *
   * @param riskier simulated plans riskier than greedy
   * @param bestObjective the best simulated objective of a plan no riskier than greedy (greedy's at least)
   * @param greedy greedy's replications that run dry
   * @param seen the openings of every plan simulated so far (not simulated again); added to
   */
  Outcome repair(List<Simulated> riskier, double bestObjective, CashRisk greedy, Set<List<Opening>> seen) {
    long t0 = System.nanoTime();
    this.greedy = greedy;
    PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.predicted() != b.predicted()
        ? Double.compare(b.predicted(), a.predicted()) : Long.compare(a.order(), b.order()));
    Set<List<Opening>> queued = new HashSet<>(seen);
    for (Simulated s : riskier) {
      enqueue(s, queue, queued);
    }
    List<Simulated> out = new ArrayList<>();
    int simulations = 0;
    boolean stopped = false;
    String endedBy;
    while (true) {
      if (simulations >= budget) {
        endedBy = BUDGET;
        break;
      }
      if (queue.isEmpty()) {
        endedBy = NOTHING_LEFT;
        break;
      }
      if (queue.peek().predicted() <= bestObjective) {
        endedBy = NOTHING_BETTER;
        break;
      }
      if (cancellation.isCancelled()) {
        stopped = true;
        endedBy = CANCELLED;
        break;
      }
      Pending next = queue.poll();
      List<Opening> openings = selection.openings(next.plan());
      MonteCarloResult r;
      try {
        r = simulator.simulate(openings);
      } catch (InterruptedException e) {
        stopped = true;
        endedBy = CANCELLED;
        break;
      }
      simulations++;
      seen.add(openings);
      Simulated s = new Simulated(next.plan(), r, selection.objective(r), selection.risk(r), next.moves());
      out.add(s);
      if (s.risk().noRiskierThan(greedy)) {
        bestObjective = Math.max(bestObjective, s.objective());
      } else if (s.objective() > bestObjective) {
        enqueue(s, queue, queued);
      }
    }
    return new Outcome(out, simulations, (System.nanoTime() - t0) / 1e9, stopped, endedBy);
  }

  /** Moves a plan keeps among those that relieve its cash less than it needs (see {@link #requiredRelief}). */
  static final int FALLBACK_MOVES = 3;

  private void enqueue(Simulated parent, PriorityQueue<Pending> queue, Set<List<Opening>> queued) {
    HardSoftLongScore base = scorer.update(parent.plan());
    double[] baseMin = ChainProjection.of(parent.plan().getCells()).minCash();
    double required = requiredRelief(parent.result().minCashByReplication(), parent.risk(), greedy,
        selection.reserve());
    List<Pending> enough = new ArrayList<>();
    List<Pending> short_ = new ArrayList<>();
    List<Double> reliefs = new ArrayList<>();
    for (Move m : moves(parent.plan())) {
      ExpansionPlan n = parent.plan().copy();
      for (int i = 0; i < m.cells().size(); i++) {
        n.getCells().get(m.cells().get(i)).setEntry(m.to());
      }
      HardSoftLongScore s = scorer.update(n);
      if (s.hardScore() < base.hardScore()) {
        continue; // breaks a rule the plan keeps on the surrogate
      }
      List<Opening> openings = selection.openings(n);
      if (queued.contains(openings)) {
        continue;
      }
      double relief = relief(baseMin, ChainProjection.of(n.getCells()).minCash());
      double predicted = parent.objective() + (s.softScore() - base.softScore());
      String moves = parent.moves().isEmpty() ? m.what() : parent.moves() + ", " + m.what();
      Pending p = new Pending(n, predicted, made++, moves);
      if (relief >= required) {
        enough.add(p);
      } else {
        short_.add(p);
        reliefs.add(relief);
      }
    }
    // too few moves relieve enough alone: the most relieving others too, to be repaired further
    List<Integer> byRelief = new ArrayList<>();
    for (int i = 0; i < short_.size(); i++) {
      byRelief.add(i);
    }
    byRelief.sort((a, b) -> Double.compare(reliefs.get(b), reliefs.get(a)));
    for (int i = 0; i < byRelief.size() && enough.size() < FALLBACK_MOVES; i++) {
      enough.add(short_.get(byRelief.get(i)));
    }
    for (Pending p : enough) {
      queued.add(selection.openings(p.plan()));
      queue.add(p);
    }
  }

  /**
   * How much a plan's lowest cash must rise, in yuan, to run dry no more often than greedy: to have
   * {@code k} fewer replications below zero, the {@code k} shallowest of its replications below
   * zero must be lifted above it, so the k-th smallest shortfall; the same for the reserve; the
   * larger of the two. 0 when it is no riskier.
   */
  static double requiredRelief(double[] minCash, CashRisk plan, CashRisk greedy, double reserveYuan) {
    double zero = shortfall(minCash, plan.belowZero(), 0.0, plan.belowZeroCount() - greedy.belowZeroCount());
    double reserve = shortfall(minCash, plan.belowReserve(), reserveYuan,
        plan.belowReserveCount() - greedy.belowReserveCount());
    return Math.max(zero, reserve);
  }

  private static double shortfall(double[] minCash, boolean[] below, double level, int excess) {
    if (excess <= 0) {
      return 0.0;
    }
    List<Double> gaps = new ArrayList<>();
    for (int r = 0; r < minCash.length; r++) {
      if (below[r]) {
        gaps.add(Math.max(0.0, level - minCash[r]));
      }
    }
    gaps.sort(null);
    return gaps.get(Math.min(excess, gaps.size()) - 1);
  }

  /** How much a move raises the lowest cash on the surrogate, on average over its replications. */
  static double relief(double[] before, double[] after) {
    double sum = 0;
    for (int r = 0; r < before.length; r++) {
      sum += after[r] - before[r];
    }
    return sum / before.length;
  }

  /** One move: these cells (indices into the plan's cells) get this decision. */
  record Move(List<Integer> cells, Entry to, String what) {}

  /** The moves that plausibly lower the risk of running dry, in a stable order (see the class comment). */
  static List<Move> moves(ExpansionPlan plan) {
    List<CellDecision> cells = plan.getCells();
    Map<CellDecision, Integer> index = new java.util.IdentityHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      index.put(cells.get(i), i);
    }
    List<CellDecision> decided = cells.stream().filter(c -> !c.isPinned() && c.getKeptBy() == null).toList();
    List<Move> out = new ArrayList<>();
    for (PlannedOpening o : PlanOpenings.openings(decided)) {
      List<Integer> all = o.cells().stream().map(index::get).toList();
      String name = o.region() + " " + o.mode().key() + " Q" + o.quarter();
      Entry later = Entry.of(o.mode(), o.quarter() + 1);
      if (plan.getEntries().contains(later)) {
        out.add(new Move(all, later, "delay " + name + " to Q" + later.quarter()));
      }
      for (Mode cheaper : cheaperThan(o.mode())) {
        Entry to = Entry.of(cheaper, o.quarter());
        if (plan.getEntries().contains(to)) {
          out.add(new Move(all, to, name + " as " + cheaper.key()));
        }
      }
      out.add(new Move(all, Entry.NOT_ENTERED, "drop " + name));
      if (all.size() > 1) {
        for (CellDecision c : o.cells()) {
          out.add(new Move(List.of(index.get(c)), Entry.NOT_ENTERED,
              String.format(Locale.ROOT, "%s without %s", name, c.getCell().industry())));
        }
      }
    }
    return out;
  }

  /**
   * The modes that need less capital up front: an equity stake pays its price once, a partner-only
   * desk a monthly fee; a direct branch funds a whole team's ramp-up.
   */
  static List<Mode> cheaperThan(Mode mode) {
    return switch (mode) {
      case DIRECT -> List.of(Mode.EQUITY, Mode.PARTNER);
      case EQUITY -> List.of(Mode.PARTNER);
      default -> List.of();
    };
  }
}

package chainsim.expansion.solver;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.ExpansionContext;
import chainsim.expansion.domain.OpeningKey;
import chainsim.expansion.surrogate.OpeningProfile;
import chainsim.expansion.surrogate.RestartedOpening;
import chainsim.expansion.surrogate.Surrogate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * The plan's chain, kept up to date as the solver moves cells: the openings the entered cells
 * make, and the sums of their flows by replication and month. Cells coming and going only mark
 * their opening; when the score is asked for, each marked opening's old paths are taken out and
 * its new ones put in (a move that shifts a whole opening thus costs one profile, not one per
 * cell). Sums are kept in whole yuan, so they are exact whatever the order of moves.
 */
final class PlanLedger {
  /** The constraint collector: every cell in, the chain's {@link ChainOutlook} out. */
  static final UniConstraintCollector<CellDecision, PlanLedger, ChainOutlook> COLLECTOR =
      new UniConstraintCollector<>() {
        @Override
        public Supplier<PlanLedger> supplier() {
          return PlanLedger::new;
        }

        @Override
        public BiFunction<PlanLedger, CellDecision, Runnable> accumulator() {
          return PlanLedger::add;
        }

        @Override
        public Function<PlanLedger, ChainOutlook> finisher() {
          return PlanLedger::outlook;
        }
      };

  private static final Runnable NOTHING = () -> {};

  private ExpansionContext context;
  private long[][] flow;
  private long[] oneOffRunRate;
  private long[] exitValue;
  private final Map<OpeningKey, Opening> openings = new HashMap<>();
  private final Set<Opening> marked = new LinkedHashSet<>();

  /** An opening: the industries its cells ask for, and the profile whose paths are in the sums. */
  private static final class Opening {
    final OpeningKey key;
    long mask;
    OpeningProfile applied;
    /** The first month of {@code applied}: the opening's month, or a restarted run's first month. */
    int start;
    long[] appliedOneOff;
    long[] appliedExit;

    Opening(OpeningKey key) {
      this.key = key;
    }
  }

  Runnable add(CellDecision cell) {
    if (context == null) {
      context = cell.getContext();
      int reps = context.surrogate().replications();
      flow = new long[reps][context.surrogate().months()];
      oneOffRunRate = new long[reps];
      exitValue = new long[reps];
    }
    // Cells outside the surrogate (excluded ones, modes it was not built for) add nothing; the
    // hard constraints say what is wrong with them.
    if (!cell.isEntered() || !cell.getCell().candidate()
        || context.surrogate().runs(cell.region(), cell.getEntry().mode()) == null
        || takenBeforeReplan(cell)) {
      return NOTHING;
    }
    Opening o = openings.computeIfAbsent(OpeningKey.of(cell), Opening::new);
    long bit = 1L << cell.getCell().bit();
    o.mask |= bit;
    marked.add(o);
    return () -> {
      o.mask &= ~bit;
      marked.add(o);
    };
  }

  /** A cell of an opening the re-plan's baseline already holds (executed or committed before it). */
  private boolean takenBeforeReplan(CellDecision cell) {
    var baseline = context.surrogate().baseline();
    return baseline != null && cell.getKeptBy() != null && baseline.decided(cell.getKeptBy());
  }

  private ChainProjection scratch;

  ChainOutlook outlook() {
    settle();
    Surrogate s = context.surrogate();
    if (scratch == null) {
      scratch = new ChainProjection(new double[flow.length][s.months()], new double[flow.length],
          new double[flow.length], ChainProjection.judgedFrom(s));
    }
    return ChainOutlook.of(context.rules(),
        ChainProjection.fill(scratch, context.rules(), s, flow, oneOffRunRate, exitValue), s.cashRiskLimit());
  }

  ChainProjection projection() {
    settle();
    return ChainProjection.of(context.rules(), context.surrogate(), flow, oneOffRunRate, exitValue);
  }

  private void settle() {
    Surrogate s = context.surrogate();
    for (Opening o : marked) {
      if (o.applied != null) {
        apply(o, -1);
        o.applied = null;
      }
      if (o.mask == 0) {
        openings.remove(o.key);
        continue;
      }
      // a re-plan's free opening learnt with the decided ones from the as-of state, else alone from month 1
      RestartedOpening asOf = s.restarted(o.key.region(), o.key.mode(), o.mask, o.key.quarter());
      o.applied = asOf != null ? asOf.profile() : s.profile(o.key.region(), o.key.mode(), o.mask);
      o.start = asOf != null ? asOf.fromMonth() : o.key.month();
      int months = s.months();
      double exitFactor = s.runs(o.key.region(), o.key.mode()).exitFactor();
      if (o.appliedOneOff == null) {
        // once per opening: a move re-applies the profile into the same arrays
        o.appliedOneOff = new long[flow.length];
        o.appliedExit = new long[flow.length];
      }
      double factor = s.correction(o.key.mode());
      for (int r = 0; r < flow.length; r++) {
        o.appliedOneOff[r] = o.applied.oneOffRunRate(r, o.start, months);
        o.appliedExit[r] = asOf != null ? asOf.exitYuan()[r] : o.applied.exitValue(r, o.start, months, exitFactor);
        if (factor != 0) {
          // the corrected surrogate: the opening's value scaled by (1 + factor), carried at the horizon
          // with the exit values (undiscounted there), so the cash paths stay as simulated
          double value = s.valuation().openingValue(o.applied, r, o.start, o.appliedExit[r]);
          o.appliedExit[r] += Math.round(factor * value / s.valuation().discount(months));
        }
      }
      apply(o, 1);
    }
    marked.clear();
  }

  private void apply(Opening o, int sign) {
    int start = o.start;
    long[][] part = o.applied.flowYuan();
    for (int r = 0; r < flow.length; r++) {
      long[] total = flow[r];
      long[] p = part[r];
      for (int m = start; m <= total.length; m++) {
        total[m - 1] += sign * p[m - start];
      }
      oneOffRunRate[r] += sign * o.appliedOneOff[r];
      exitValue[r] += sign * o.appliedExit[r];
    }
  }
}

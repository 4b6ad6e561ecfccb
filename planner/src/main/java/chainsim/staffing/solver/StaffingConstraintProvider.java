package chainsim.staffing.solver;

import chainsim.staffing.domain.BranchTimeline;
import chainsim.staffing.domain.ChainTimeline;
import chainsim.staffing.domain.LineEffect;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.LineTimeline;
import chainsim.staffing.domain.StaffingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of the monthly headcount plan, one method each. Hard: the office, training, hiring
 * lag, notice, transfer tenure and distance, no negative headcount, the payroll budget and the
 * cash reserve. Soft, in yuan: payroll, hiring, severance, transfers, the emergency pool, demand
 * left unmet at the service level, and change against the previous plan.
 *
 * <p>Each line's months are rebuilt into a {@link LineTimeline} from its own moves and the
 * transfers out of it; a branch's timelines into a {@link BranchTimeline}; the direct branches'
 * into a {@link ChainTimeline}. Line months are read with {@code forEachIncludingNullVars}: a
 * month without a transfer has a null transfer, and plain {@code forEach} would drop it.
 *
 * <p>Every constraint filters to what breaks or costs before it penalises, and justifies each match:
 * a hard rule with a {@link Breach} (where, the months, the limit against the actual), a cost with a
 * {@link Cost} (where, the month or the whole window, the yuan).
 */
public final class StaffingConstraintProvider implements ConstraintProvider {
  public static final String SEATS = "seats never exceeded";
  public static final String TRAINING = "training capacity respected";
  public static final String HIRING_LAG = "hiring lag respected";
  public static final String NOTICE = "notice period respected";
  public static final String TENURE = "transfers need minimum tenure";
  public static final String NEIGHBOURS = "transfers stay within neighbouring regions";
  public static final String NEGATIVE = "headcount never negative";
  public static final String BUDGET = "payroll within budget";
  public static final String RESERVE = "cash reserve kept";
  public static final String PAYROLL = "payroll";
  public static final String HIRING_COST = "hiring cost";
  public static final String RELEASE_COST = "release cost";
  public static final String TRANSFER_COST = "transfer cost";
  public static final String EMERGENCY_POOL_COST = "emergency pool cost";
  public static final String UNMET_DEMAND = "unmet demand";
  public static final String CHANGE_AGAINST_PREVIOUS_PLAN = "change against previous plan";

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
      seatsNeverExceeded(f), trainingCapacityRespected(f), hiringLagRespected(f), noticePeriodRespected(f),
      transfersNeedMinimumTenure(f), transfersStayWithinNeighbouringRegions(f), headcountNeverNegative(f),
      payrollWithinBudget(f), cashReserveKept(f),
      payroll(f), hiringCost(f), releaseCost(f), transferCost(f), emergencyPoolCost(f), unmetDemand(f),
      changeAgainstPreviousPlan(f)
    };
  }

  // ---- the timelines every constraint on headcount reads ----

  // Constants, and lambdas that capture nothing, so that every constraint's identical streams are
  // one stream: Bavet shares nodes whose definitions are equal, and the timelines are built once.
  private static final UniConstraintCollector<LineEffect, ?, LineTimeline> LINE =
      Collect.into(effects -> LineTimeline.of(effects.get(0).line(), effects));
  private static final UniConstraintCollector<LineTimeline, ?, BranchTimeline> BRANCH =
      Collect.into(lines -> BranchTimeline.of(lines.get(0).line().branch(), lines));
  private static final UniConstraintCollector<BranchTimeline, ?, ChainTimeline> CHAIN =
      Collect.into(branches -> ChainTimeline.of(branches.get(0).branch().rules(), branches));

  static UniConstraintStream<LineTimeline> lines(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .flattenLast(LineMonth::effects)
        .groupBy(LineEffect::line, LINE)
        .map((line, timeline) -> timeline);
  }

  static UniConstraintStream<BranchTimeline> branches(ConstraintFactory f) {
    return lines(f)
        .groupBy(t -> t.line().branch(), BRANCH)
        .map((branch, timeline) -> timeline);
  }

  static UniConstraintStream<ChainTimeline> chain(ConstraintFactory f) {
    return branches(f)
        .filter(b -> b.branch().direct())
        .groupBy(CHAIN);
  }

  // ---- hard ----

  /** Headcount, hires waiting to start included (the simulator counts them), within the office's seats. */
  Constraint seatsNeverExceeded(ConstraintFactory f) {
    return branches(f)
        .filter(b -> b.totalSeatsExceeded() > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, BranchTimeline::totalSeatsExceeded)
        .justifyWith((b, score) -> breach(b.branch().id(), b.branch().rules(), i -> b.seatsExceeded(i) > 0,
            i -> b.branch().seats(), i -> b.committed(i),
            i -> b.committed(i) + " people for " + b.branch().seats() + " seats"))
        .asConstraint(SEATS);
  }

  /** No more new hires starting in a month than the branch can train. */
  Constraint trainingCapacityRespected(ConstraintFactory f) {
    return branches(f)
        .filter(b -> b.totalTrainingExceeded() > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, BranchTimeline::totalTrainingExceeded)
        .justifyWith((b, score) -> breach(b.branch().id(), b.branch().rules(), i -> b.trainingExceeded(i) > 0,
            i -> b.branch().trainingCapacityPerMonth(), i -> b.starts(i),
            i -> b.starts(i) + " new hires for " + b.branch().trainingCapacityPerMonth() + " training places"))
        .asConstraint(TRAINING);
  }

  /**
   * People start a hiring lag after their requisition: starts whose requisition month has passed
   * are what was requisitioned then, and a branch hires only once it is open.
   */
  Constraint hiringLagRespected(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .filter(m -> m.lockedHires() != null && m.hires() != m.lockedHires())
        .penalizeLong(HardSoftLongScore.ONE_HARD, m -> Math.abs(m.hires() - m.lockedHires()))
        .justifyWith((m, score) -> new Breach(m.line().id(), List.of(new Breach.Month(m.month(), m.lockedHires(),
            m.hires())), "month " + m.month() + ": " + m.hires()
            + " hires starting, but " + m.lockedHires() + " could have been requisitioned "
            + m.line().hiringLagMonths() + " months earlier"))
        .asConstraint(HIRING_LAG);
  }

  /** People leave a notice period after being told: releases whose notice month has passed are fixed. */
  Constraint noticePeriodRespected(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .filter(m -> m.lockedReleases() != null && m.releases() != m.lockedReleases())
        .penalizeLong(HardSoftLongScore.ONE_HARD, m -> Math.abs(m.releases() - m.lockedReleases()))
        .justifyWith((m, score) -> new Breach(m.line().id(), List.of(new Breach.Month(m.month(), m.lockedReleases(),
            m.releases())), "month " + m.month() + ": " + m.releases()
            + " releases, but " + m.lockedReleases() + " could have been given "
            + m.line().rules().noticeMonths() + " months' notice"))
        .asConstraint(NOTICE);
  }

  /** Only people with the minimum tenure in their branch transfer. */
  Constraint transfersNeedMinimumTenure(ConstraintFactory f) {
    return lines(f)
        .filter(t -> t.totalTenureShortfall() > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, LineTimeline::totalTenureShortfall)
        .justifyWith((t, score) -> breach(t.line().id(), t.line().rules(), i -> t.tenureShortfall(i) > 0,
            i -> t.transfersOut(i) - t.tenureShortfall(i), i -> t.transfersOut(i),
            i -> t.transfersOut(i) + " transferring out, " + t.tenureShortfall(i) + " without "
                + t.line().rules().minTenureMonthsForTransfer() + " months' tenure"))
        .asConstraint(TENURE);
  }

  /**
   * Transfers only between direct branches of the same or neighbouring regions, within one role
   * and skill (an equity channel's staff belong to its local firm).
   */
  Constraint transfersStayWithinNeighbouringRegions(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .filter(m -> m.transfer() != null && !m.line().canReceiveFrom(m.transfer().from()))
        .penalizeLong(HardSoftLongScore.ONE_HARD, LineMonth::transfersIn)
        .justifyWith((m, score) -> new Breach(m.line().id(), List.of(new Breach.Month(m.month(), 0, m.transfersIn())),
            "month " + m.month() + ": transfer from "
            + m.transfer().from().id() + ", which is not a direct branch's same line in the same or a neighbouring region"))
        .asConstraint(NEIGHBOURS);
  }

  /** A line cannot release or transfer out people it does not have. */
  Constraint headcountNeverNegative(ConstraintFactory f) {
    return lines(f)
        .filter(t -> t.totalNegativeHeadcount() > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, LineTimeline::totalNegativeHeadcount)
        .justifyWith((t, score) -> breach(t.line().id(), t.line().rules(), i -> t.headcount(i) < 0, i -> 0,
            i -> t.headcount(i), i -> "headcount " + t.headcount(i)))
        .asConstraint(NEGATIVE);
  }

  /** The direct branches' payroll within the monthly budget; penalised per thousand yuan over. */
  Constraint payrollWithinBudget(ConstraintFactory f) {
    return chain(f)
        .filter(c -> totalThousands(c.rules().months(), c::overBudget) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, c -> totalThousands(c.rules().months(), c::overBudget))
        .justifyWith((c, score) -> breach("direct branches", c.rules(), i -> c.overBudget(i) > 0,
            i -> c.rules().payrollBudgetPerMonth(), c::payroll,
            i -> "payroll " + yuan(c.payroll(i)) + " for a budget of " + yuan(c.rules().payrollBudgetPerMonth())))
        .asConstraint(BUDGET);
  }

  /**
   * What the plan spends beyond the forecast's own staffing never takes the cash (at the low
   * quantile of the forecast) below the reserve; penalised per thousand yuan below.
   */
  Constraint cashReserveKept(ConstraintFactory f) {
    return chain(f)
        .filter(c -> totalThousands(c.rules().months(), c::belowReserve) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, c -> totalThousands(c.rules().months(), c::belowReserve))
        .justifyWith((c, score) -> breach("direct branches", c.rules(), i -> c.belowReserve(i) > 0,
            i -> c.rules().cashHeadroom(i), c::cumulativeExtraCost,
            i -> "cash " + yuan(c.belowReserve(i)) + " below the reserve (the plan spends " + yuan(c.cumulativeExtraCost(i))
                + " more than the forecast, headroom " + yuan(c.rules().cashHeadroom(i)) + ")"))
        .asConstraint(RESERVE);
  }

  // ---- soft: yuan ----

  /** Base and performance pay of the people on each line, notice months included. */
  Constraint payroll(ConstraintFactory f) {
    return lines(f)
        .filter(t -> Math.round(t.totalPayroll()) > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, t -> Math.round(t.totalPayroll()))
        .justifyWith((t, score) -> new Cost(t.line().id(), null, -score.softScore()))
        .asConstraint(PAYROLL);
  }

  Constraint hiringCost(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .filter(m -> m.hires() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, m -> Math.round(m.hires() * m.line().hiringCost()))
        .justifyWith((m, score) -> new Cost(m.line().id(), m.month(), -score.softScore()))
        .asConstraint(HIRING_COST);
  }

  /** Severance: months of base pay per person released. */
  Constraint releaseCost(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .filter(m -> m.releases() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, m -> Math.round(m.releases() * m.line().releaseCost()))
        .justifyWith((m, score) -> new Cost(m.line().id(), m.month(), -score.softScore()))
        .asConstraint(RELEASE_COST);
  }

  Constraint transferCost(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .filter(m -> m.transfersIn() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, m -> Math.round(m.transfersIn() * m.line().rules().transferCost()))
        .justifyWith((m, score) -> new Cost(m.line().id(), m.month(), -score.softScore()))
        .asConstraint(TRANSFER_COST);
  }

  /** Hours a branch cannot cover go to the emergency pool (partners or temporary staff), up to its size. */
  Constraint emergencyPoolCost(ConstraintFactory f) {
    return branches(f)
        .filter(b -> b.totalPoolHours() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT,
            b -> Math.round(b.totalPoolHours() * b.branch().rules().poolCostPerHour()))
        .justifyWith((b, score) -> new Cost(b.branch().id(), null, -score.softScore()))
        .asConstraint(EMERGENCY_POOL_COST);
  }

  /** Demand at the service level that neither staff nor pool covers: the SLA breaches, priced. */
  Constraint unmetDemand(ConstraintFactory f) {
    return branches(f)
        .filter(b -> b.totalUnmetHours() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT,
            b -> Math.round(b.totalUnmetHours() * b.branch().rules().unmetPenaltyPerHour()))
        .justifyWith((b, score) -> new Cost(b.branch().id(), null, -score.softScore()))
        .asConstraint(UNMET_DEMAND);
  }

  /** Re-planning keeps the previous plan's moves unless changing them pays (decided months are pinned). */
  Constraint changeAgainstPreviousPlan(ConstraintFactory f) {
    return f.forEachIncludingNullVars(LineMonth.class)
        .filter(m -> !m.pinned() && m.changedPeople() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT,
            m -> Math.round(m.changedPeople() * m.line().rules().changePenaltyPerPerson()))
        .justifyWith((m, score) -> new Cost(m.line().id(), m.month(), -score.softScore()))
        .asConstraint(CHANGE_AGAINST_PREVIOUS_PLAN);
  }

  // ---- helpers ----

  private static long totalThousands(int months, IntToDouble yuan) {
    long sum = 0;
    for (int i = 0; i < months; i++) {
      sum += (long) Math.ceil(yuan.apply(i) / 1000.0);
    }
    return sum;
  }

  interface IntToDouble {
    double apply(int i);
  }

  /**
   * The breach of a rule read over the window: each month that breaks it with its limit and actual
   * value, and in words "window month i: what" (window positions shown as month indices).
   */
  private static Breach breach(String where, StaffingRules rules, IntPredicate broken, IntToDouble limit,
      IntToDouble actual, IntFunction<String> what) {
    List<Breach.Month> months = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < rules.months(); i++) {
      if (broken.test(i)) {
        months.add(new Breach.Month(rules.firstMonth() + i, limit.apply(i), actual.apply(i)));
        parts.add("window month " + (i + 1) + ": " + what.apply(i));
      }
    }
    return new Breach(where, List.copyOf(months), String.join("; ", parts));
  }

  private static String yuan(double amount) {
    return String.format(Locale.ROOT, "%,.0f yuan", amount);
  }
}

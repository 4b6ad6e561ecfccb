package chainsim.expansion.solver;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.domain.OpeningKey;
import chainsim.expansion.domain.PlannedOpening;
import chainsim.scenario.Mode;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of an expansion plan, one method each, scored on the surrogate.
 *
 * <p>Hard score units: one per {@value #RESERVE_UNIT_YUAN} yuan the reserve is breached by, and
 * {@value #BREACH} per broken rule (an opening too many, a channel before its direct branch, an
 * opening the gate holds back, a replication too many below zero). A broken rule thus weighs as
 * much as a 10M yuan breach of the reserve, so that the search trades neither for the other
 * lightly. Soft score: yuan of NPV.
 *
 * <p>Each match is justified ({@link ChainJustification}, {@link OpeningsJustification},
 * {@link DecisionJustification}): which opening, cell or quarter, against what limit.
 */
public final class ExpansionConstraintProvider implements ConstraintProvider {
  public static final String RESERVE_HELD_AT_CONFIDENCE = "reserve held at confidence";
  public static final String CASH_BELOW_ZERO_WITHIN_APPETITE = "cash below zero within appetite";
  public static final String CASH_BELOW_ZERO_NO_LIKELIER_THAN_BASELINE = "cash below zero no likelier than baseline";
  public static final String OPENINGS_PER_QUARTER_WITHIN_BANDWIDTH = "openings per quarter within bandwidth";
  public static final String OPENINGS_PER_REGION_PER_QUARTER_WITHIN_BANDWIDTH =
      "openings per region per quarter within bandwidth";
  public static final String DIRECT_BRANCH_PROVES_REGION_FIRST = "direct branch proves region first";
  public static final String ONE_YEAR_CASH_FLOW_GATE = "one-year cash-flow gate";
  public static final String EXCLUDED_CELLS_STAY_OUT = "excluded cells stay out";
  public static final String EXPECTED_NPV = "expected NPV";
  public static final String NPV_TAIL_RISK = "NPV tail risk";
  public static final String CHANGES_FROM_PREVIOUS_PLAN = "changes from previous plan";

  /** Every constraint's name, in the order of {@link #defineConstraints}. */
  public static final List<String> NAMES = List.of(RESERVE_HELD_AT_CONFIDENCE, CASH_BELOW_ZERO_WITHIN_APPETITE,
      CASH_BELOW_ZERO_NO_LIKELIER_THAN_BASELINE,
      OPENINGS_PER_QUARTER_WITHIN_BANDWIDTH, OPENINGS_PER_REGION_PER_QUARTER_WITHIN_BANDWIDTH,
      DIRECT_BRANCH_PROVES_REGION_FIRST, ONE_YEAR_CASH_FLOW_GATE, EXCLUDED_CELLS_STAY_OUT, EXPECTED_NPV, NPV_TAIL_RISK,
      CHANGES_FROM_PREVIOUS_PLAN);

  /**
   * What marks a rule broken by decisions taken before a re-plan: openings executed or committed at
   * the as-of month ({@link PlannedOpening#decided()}) are facts, not choices. Their breaks are
   * matched by constraints of their own, named as the rule with this suffix, that weigh nothing:
   * shown in the score's explanation, kept out of the hard score and of the rules a plan breaks.
   */
  public static final String PINNED = " (pinned: executed before the re-plan)";

  /**
   * The constraints of breaks by decided openings, in the order of {@link #defineConstraints};
   * listed in an explanation only when they match (never in a plan from month 1).
   */
  public static final List<String> PINNED_NAMES = List.of(OPENINGS_PER_QUARTER_WITHIN_BANDWIDTH + PINNED,
      OPENINGS_PER_REGION_PER_QUARTER_WITHIN_BANDWIDTH + PINNED, DIRECT_BRANCH_PROVES_REGION_FIRST + PINNED,
      ONE_YEAR_CASH_FLOW_GATE + PINNED);

  /** Hard units per broken rule. */
  static final long BREACH = 1000;
  /** Yuan of reserve breach per hard unit. */
  static final long RESERVE_UNIT_YUAN = 10_000;

  // One instance of each function, so that the streams they build are shared between constraints:
  // the chain is then computed once per move, not once per constraint that reads it.
  private static final Predicate<CellDecision> ENTERED = CellDecision::isEntered;
  private static final Function<CellDecision, OpeningKey> OPENING = OpeningKey::of;
  private static final UniConstraintCollector<CellDecision, ?, List<CellDecision>> CELLS = ConstraintCollectors.toList();
  private static final BiFunction<OpeningKey, List<CellDecision>, PlannedOpening> PLANNED = PlannedOpening::new;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory f) {
    return new Constraint[] {
      reserveHeldAtConfidence(f),
      cashBelowZeroWithinAppetite(f),
      cashBelowZeroNoLikelierThanBaseline(f),
      openingsPerQuarterWithinBandwidth(f),
      openingsPerRegionPerQuarterWithinBandwidth(f),
      directBranchProvesRegionFirst(f),
      oneYearCashFlowGate(f),
      excludedCellsStayOut(f),
      expectedNpv(f),
      npvTailRisk(f),
      changesFromPreviousPlan(f),
      openingsPerQuarterBrokenBeforeReplan(f),
      openingsPerRegionPerQuarterBrokenBeforeReplan(f),
      directBranchFirstBrokenBeforeReplan(f),
      cashFlowGateBrokenBeforeReplan(f)
    };
  }

  private static UniConstraintStream<ChainOutlook> chain(ConstraintFactory f) {
    return f.forEach(CellDecision.class).groupBy(PlanLedger.COLLECTOR);
  }

  private static UniConstraintStream<PlannedOpening> openings(ConstraintFactory f) {
    return f.forEach(CellDecision.class).filter(ENTERED).groupBy(OPENING, CELLS).map(PLANNED);
  }

  private static List<String> ids(List<PlannedOpening> openings) {
    return openings.stream().map(o -> o.key().openingId()).sorted().toList();
  }

  private static ExpansionRules rules(PlannedOpening o) {
    return o.context().rules();
  }

  /** Cash stays above the reserve on the scenario's quantile path (the P5 path for confidence 0.95). */
  Constraint reserveHeldAtConfidence(ConstraintFactory f) {
    return chain(f)
        .filter(c -> c.reserveShortfall() > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, c -> (long) Math.ceil(c.reserveShortfall() / RESERVE_UNIT_YUAN))
        .justifyWith((c, score) -> new ChainJustification(0, c.reserveShortfall()))
        .asConstraint(RESERVE_HELD_AT_CONFIDENCE);
  }

  /** The chance that cash falls below zero stays within the risk appetite's cap. */
  Constraint cashBelowZeroWithinAppetite(ConstraintFactory f) {
    return chain(f)
        .filter(c -> c.replicationsBelowZero() > c.allowedBelowZero())
        .penalizeLong(HardSoftLongScore.ONE_HARD, c -> BREACH * (c.replicationsBelowZero() - c.allowedBelowZero()))
        .justifyWith((c, score) -> new ChainJustification(c.allowedBelowZero(), c.replicationsBelowZero()))
        .asConstraint(CASH_BELOW_ZERO_WITHIN_APPETITE);
  }

  /**
   * No likelier to run dry than the baseline (the bar: more expected NPV "at no higher
   * P(cash &lt; 0)" than greedy): when the planner has set a baseline, the plan's smoothed count of
   * replications below zero stays at or under greedy's; penalty {@value #BREACH} per replication
   * of excess (in part for a part).
   */
  Constraint cashBelowZeroNoLikelierThanBaseline(ConstraintFactory f) {
    return chain(f)
        .filter(c -> c.excessBelowZero() > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, c -> (long) Math.ceil(BREACH * c.excessBelowZero()))
        .asConstraint(CASH_BELOW_ZERO_NO_LIKELIER_THAN_BASELINE);
  }

  /**
   * Of the openings beyond a limit, how many the plan chose: at most its free (not decided)
   * openings. In a plan from month 1 every opening is free: all of the excess.
   */
  static long freeExcess(List<PlannedOpening> list, int limit) {
    long free = list.stream().filter(o -> !o.decided()).count();
    return Math.max(0, Math.min(list.size() - limit, free));
  }

  /** Of the openings beyond a limit, how many were decided before the re-plan: the rest of the excess. */
  static long decidedExcess(List<PlannedOpening> list, int limit) {
    return Math.max(0, list.size() - limit) - freeExcess(list, limit);
  }

  /**
   * Management bandwidth: at most so many openings start in a quarter. Decided openings take their
   * places first: only the free openings beyond the limit count.
   */
  Constraint openingsPerQuarterWithinBandwidth(ConstraintFactory f) {
    return openings(f)
        .groupBy(PlannedOpening::quarter, ConstraintCollectors.toList())
        .filter((q, list) -> freeExcess(list, rules(list.get(0)).maxOpeningsPerQuarter()) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD,
            (q, list) -> BREACH * freeExcess(list, rules(list.get(0)).maxOpeningsPerQuarter()))
        .justifyWith((q, list, score) -> new OpeningsJustification(null, q, ids(list),
            rules(list.get(0)).maxOpeningsPerQuarter()))
        .asConstraint(OPENINGS_PER_QUARTER_WITHIN_BANDWIDTH);
  }

  /** Management bandwidth in a region: at most so many openings start there in a quarter. */
  Constraint openingsPerRegionPerQuarterWithinBandwidth(ConstraintFactory f) {
    return openings(f)
        .groupBy(PlannedOpening::region, PlannedOpening::quarter, ConstraintCollectors.toList())
        .filter((region, q, list) -> freeExcess(list, rules(list.get(0)).maxOpeningsPerRegionPerQuarter()) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD,
            (region, q, list) -> BREACH * freeExcess(list, rules(list.get(0)).maxOpeningsPerRegionPerQuarter()))
        .justifyWith((region, q, list, score) -> new OpeningsJustification(region, q, ids(list),
            rules(list.get(0)).maxOpeningsPerRegionPerQuarter()))
        .asConstraint(OPENINGS_PER_REGION_PER_QUARTER_WITHIN_BANDWIDTH);
  }

  /**
   * Direct comes first (brief: it proves product, model and SOP before channels replicate them):
   * when the scenario says so, an equity, partner or agent opening needs a direct branch opened
   * in its region in an earlier quarter.
   */
  Constraint directBranchProvesRegionFirst(ConstraintFactory f) {
    return openings(f)
        .filter(o -> rules(o).directBeforeChannels() && ExpansionRules.isChannel(o.mode()) && !o.decided())
        .ifNotExists(CellDecision.class,
            Joiners.equal(PlannedOpening::region, CellDecision::region),
            Joiners.filtering(PROVEN_BEFORE))
        .penalizeLong(HardSoftLongScore.ONE_HARD, o -> BREACH)
        .justifyWith((o, score) -> new DecisionJustification(o.key().openingId(), null))
        .asConstraint(DIRECT_BRANCH_PROVES_REGION_FIRST);
  }

  /**
   * The one-year cash-flow gate (brief: a branch must turn cash-flow positive within one year,
   * otherwise no further expansion): no opening of a gated mode is planned while a direct branch
   * past the gate's age is, in the surrogate's projection, not cash-flow positive. The simulator
   * would hold such an opening back, so the plan would not be the plan that runs.
   */
  Constraint oneYearCashFlowGate(ConstraintFactory f) {
    return openings(f)
        .filter(o -> o.mode() == Mode.DIRECT && rules(o).gateMonths() > 0)
        .join(openings(f).filter(o -> rules(o).gatedModes().contains(o.mode())),
            Joiners.lessThan(PlannedOpening::month, PlannedOpening::month))
        .filter((branch, held) -> !held.decided() && branch.holdsBackOpeningIn(held.month()))
        .penalizeLong(HardSoftLongScore.ONE_HARD, (branch, held) -> BREACH)
        .justifyWith((branch, held, score) -> new DecisionJustification(held.key().openingId(),
            branch.key().openingId()))
        .asConstraint(ONE_YEAR_CASH_FLOW_GATE);
  }

  private static final java.util.function.BiPredicate<PlannedOpening, CellDecision> PROVEN_BEFORE =
      (o, c) -> c.isEntered() && c.getEntry().mode() == Mode.DIRECT && c.getEntry().quarter() < o.quarter();

  /** Bandwidth of a quarter exceeded by openings decided before the re-plan: shown, weighs nothing. */
  Constraint openingsPerQuarterBrokenBeforeReplan(ConstraintFactory f) {
    return openings(f)
        .groupBy(PlannedOpening::quarter, ConstraintCollectors.toList())
        .filter((q, list) -> decidedExcess(list, rules(list.get(0)).maxOpeningsPerQuarter()) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, (q, list) -> 0L)
        .justifyWith((q, list, score) -> new OpeningsJustification(null, q, ids(list),
            rules(list.get(0)).maxOpeningsPerQuarter()))
        .asConstraint(OPENINGS_PER_QUARTER_WITHIN_BANDWIDTH + PINNED);
  }

  /** Bandwidth of a region's quarter exceeded by openings decided before the re-plan: shown, weighs nothing. */
  Constraint openingsPerRegionPerQuarterBrokenBeforeReplan(ConstraintFactory f) {
    return openings(f)
        .groupBy(PlannedOpening::region, PlannedOpening::quarter, ConstraintCollectors.toList())
        .filter((region, q, list) -> decidedExcess(list, rules(list.get(0)).maxOpeningsPerRegionPerQuarter()) > 0)
        .penalizeLong(HardSoftLongScore.ONE_HARD, (region, q, list) -> 0L)
        .justifyWith((region, q, list, score) -> new OpeningsJustification(region, q, ids(list),
            rules(list.get(0)).maxOpeningsPerRegionPerQuarter()))
        .asConstraint(OPENINGS_PER_REGION_PER_QUARTER_WITHIN_BANDWIDTH + PINNED);
  }

  /** A channel decided before the re-plan with no direct branch before it in its region: shown, weighs nothing. */
  Constraint directBranchFirstBrokenBeforeReplan(ConstraintFactory f) {
    return openings(f)
        .filter(o -> rules(o).directBeforeChannels() && ExpansionRules.isChannel(o.mode()) && o.decided())
        .ifNotExists(CellDecision.class,
            Joiners.equal(PlannedOpening::region, CellDecision::region),
            Joiners.filtering(PROVEN_BEFORE))
        .penalizeLong(HardSoftLongScore.ONE_HARD, o -> 0L)
        .justifyWith((o, score) -> new DecisionJustification(o.key().openingId(), null))
        .asConstraint(DIRECT_BRANCH_PROVES_REGION_FIRST + PINNED);
  }

  /** An opening decided before the re-plan that the gate would have held back: shown, weighs nothing. */
  Constraint cashFlowGateBrokenBeforeReplan(ConstraintFactory f) {
    return openings(f)
        .filter(o -> o.mode() == Mode.DIRECT && rules(o).gateMonths() > 0)
        .join(openings(f).filter(o -> rules(o).gatedModes().contains(o.mode()) && o.decided()),
            Joiners.lessThan(PlannedOpening::month, PlannedOpening::month))
        .filter((branch, held) -> branch.holdsBackOpeningIn(held.month()))
        .penalizeLong(HardSoftLongScore.ONE_HARD, (branch, held) -> 0L)
        .justifyWith((branch, held, score) -> new DecisionJustification(held.key().openingId(),
            branch.key().openingId()))
        .asConstraint(ONE_YEAR_CASH_FLOW_GATE + PINNED);
  }

  /** Cells the scenario excludes are not entered. */
  Constraint excludedCellsStayOut(ConstraintFactory f) {
    return f.forEach(CellDecision.class)
        .filter(c -> c.isExcluded() && c.isEntered())
        .penalizeLong(HardSoftLongScore.ONE_HARD, c -> BREACH)
        .justifyWith((c, score) -> new DecisionJustification(c.getId(), null))
        .asConstraint(EXCLUDED_CELLS_STAY_OUT);
  }

  /** Value: the expected NPV of the chain, head office included, in yuan (negative counts against). */
  Constraint expectedNpv(ConstraintFactory f) {
    return chain(f)
        .impactLong(HardSoftLongScore.ONE_SOFT, c -> Math.round(c.meanNpv()))
        .justifyWith((c, score) -> new ChainJustification(0, c.meanNpv()))
        .asConstraint(EXPECTED_NPV);
  }

  /** Risk appetite: the risk weight times how far the worst cvar_alpha share's mean NPV falls below the mean. */
  Constraint npvTailRisk(ConstraintFactory f) {
    return chain(f)
        .filter(c -> c.tailRisk() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, c -> Math.round(c.tailRisk()))
        .justifyWith((c, score) -> new ChainJustification(0, c.tailRisk()))
        .asConstraint(NPV_TAIL_RISK);
  }

  /** Rebalancing keeps decided things: a penalty per cell whose decision differs from the previous plan's. */
  Constraint changesFromPreviousPlan(ConstraintFactory f) {
    return f.forEach(CellDecision.class)
        .filter(c -> c.getPrevious() != null && !c.getPrevious().equals(c.getEntry())
            && c.getContext().rules().changePenalty() > 0)
        .penalizeLong(HardSoftLongScore.ONE_SOFT, c -> Math.round(c.getContext().rules().changePenalty()))
        .justifyWith((c, score) -> new DecisionJustification(c.getId(), String.valueOf(c.getPrevious())))
        .asConstraint(CHANGES_FROM_PREVIOUS_PLAN);
  }
}

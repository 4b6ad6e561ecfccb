package chainsim.staffing.solver;

import static chainsim.staffing.ModelFixtures.branch;
import static chainsim.staffing.ModelFixtures.line;
import static chainsim.staffing.ModelFixtures.month;
import static chainsim.staffing.ModelFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.staffing.domain.Branch;
import chainsim.staffing.domain.BranchLine;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.StaffingRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** What the staffing constraints say about each match: where, which months, the limit and the actual value. */
class StaffingJustificationTest {
  private final StaffingRules rules = rules();

  private static List<ConstraintJustification> justifications(StaffingPlan plan, String constraint) {
    ScoreExplanation<StaffingPlan, HardSoftLongScore> e = StaffingSolver.explain(plan);
    return e.getConstraintMatchTotalMap().values().stream().filter(t -> t.getConstraintName().equals(constraint))
        .flatMap(t -> t.getConstraintMatchSet().stream())
        .<ConstraintJustification>map(ConstraintMatch::getJustification).toList();
  }

  @Test
  void seatsNeverExceededSaysTheMonthsTheSeatsAndThePeople() {
    // 3 seats filled by a manager and 2 consultants; a hire starting in month 3 holds a seat from month 2
    Branch b = branch(rules, "a", "hz", Set.of(), 3, 10, 320, 1);
    BranchLine tax = line(0, b, "tax", 2, 2, 200, 0, 1);
    LineMonth hire = month(tax, 3, 1, 0, null);
    StaffingPlan plan = new StaffingPlan(rules, List.of(b), List.of(tax), List.of(hire));
    assertThat(justifications(plan, StaffingConstraintProvider.SEATS)).singleElement().isInstanceOfSatisfying(Breach.class,
        breach -> {
          assertThat(breach.where()).isEqualTo("a");
          assertThat(breach.months()).containsExactly(new Breach.Month(2, 3, 4), new Breach.Month(3, 3, 4));
          assertThat(breach.why()).isEqualTo("window month 2: 4 people for 3 seats; window month 3: 4 people for 3 seats");
        });
  }

  @Test
  void hiringCostSaysTheLineTheMonthAndTheYuan() {
    // one hire in month 2 at the fixture's hiring cost; a month without hires is no match
    BranchLine tax = line(0, branch(rules, "a"), "tax", 2, 200);
    StaffingPlan plan = new StaffingPlan(rules, List.of(tax.branch()), List.of(tax),
        List.of(month(tax, 2, 1, 0, null), month(tax, 3, 0, 0, null)));
    assertThat(justifications(plan, StaffingConstraintProvider.HIRING_COST))
        .containsExactly(new Cost(tax.id(), 2, Math.round(tax.hiringCost())));
  }
}

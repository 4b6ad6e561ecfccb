package chainsim.staffing.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.staffing.ShortHangzhou;
import chainsim.staffing.domain.LineMonth;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.domain.Transfer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/**
 * Two neighbouring branches, one skill, three months. Hangzhou's two consultants give 200 of the
 * 300 hours asked each month and it has no emergency pool; Suzhou has three for 200 hours. A hire
 * in Hangzhou starts a month after requisition and ramps up over a month; a release needs a
 * month's notice. The best plan (found by trying all 2,048 plans) moves one consultant from
 * Suzhou in month 1: 10,000 yuan for the transfer plus 150,000 of pay. The solver must find a
 * plan as good. (Plans are scored through the solver's own incremental score director, an
 * internal API, to try them all in well under a second.)
 */
class EnumeratedOptimumTest {
  private final ShortHangzhou model = new ShortHangzhou();

  private StaffingPlan problem() {
    return model.problem();
  }

  @Test
  void theSolverMatchesTheOptimumFoundByTryingEveryPlan() {
    StaffingPlan plan = problem();
    DefaultSolverFactory<StaffingPlan> factory = (DefaultSolverFactory<StaffingPlan>)
        SolverFactory.<StaffingPlan>create(StaffingSolver.config(1, StaffingSolver.Limits.steps(1, 1)));
    HardSoftLongScore best;
    try (InnerScoreDirector<StaffingPlan, HardSoftLongScore> scores =
        factory.<HardSoftLongScore>getScoreDirectorFactory().buildScoreDirector()) {
      scores.setWorkingSolution(plan);
      best = enumerate(plan, 0, scores, null);
    }
    assertThat(best).isEqualTo(HardSoftLongScore.of(0, -160_000));

    StaffingPlan solved = StaffingSolver.solve(problem(), 42, StaffingSolver.Limits.steps(200, 2_000));
    assertThat(solved.score()).isEqualTo(best);
    assertThat(solved.lineMonths().get(0).transfer()).isEqualTo(new Transfer(model.szTax, 1));
  }

  /**
   * Tries every value of every line month's variables from {@code index} on, scoring each full
   * plan incrementally; returns the best score.
   */
  private HardSoftLongScore enumerate(StaffingPlan plan, int index, InnerScoreDirector<StaffingPlan,
      HardSoftLongScore> scores, HardSoftLongScore best) {
    if (index == plan.lineMonths().size()) {
      HardSoftLongScore score = scores.calculateScore();
      return best == null || score.compareTo(best) > 0 ? score : best;
    }
    LineMonth m = plan.lineMonths().get(index);
    List<Transfer> transfers = new ArrayList<>(m.getTransferOptions());
    transfers.add(null);
    for (long h = 0; h < m.getHireRange().getSize(); h++) {
      for (long r = 0; r < m.getReleaseRange().getSize(); r++) {
        for (Transfer t : transfers) {
          for (String variable : VARIABLES) {
            scores.beforeVariableChanged(m, variable);
          }
          m.withMoves(m.getHireRange().get(h), m.getReleaseRange().get(r), t);
          for (String variable : VARIABLES) {
            scores.afterVariableChanged(m, variable);
          }
          best = enumerate(plan, index + 1, scores, best);
        }
      }
    }
    return best;
  }

  private static final String[] VARIABLES = {"hires", "releases", "transfer"};
}

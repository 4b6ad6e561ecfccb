package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.roster.domain.Roster;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcCostEvaluator;
import chainsim.roster.inrc.InrcInstance;
import chainsim.roster.inrc.InrcRosterMapper;
import chainsim.roster.inrc.InrcXmlReader;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * The constraint provider is the definition; on every competition instance its score must be
 * minus the competition's cost (and the incremental calculator's score must be the same), both on
 * a random roster with exact cover and on a roster the solver improved.
 */
class ScoreAgreementTest {

  static Stream<Path> instances() {
    return Inrc2010Files.all().stream();
  }

  private static void assertAgree(InrcInstance inrc, Roster roster) {
    InrcCostEvaluator.Cost cost = InrcCostEvaluator.evaluate(inrc, InrcRosterMapper.toInrcSolution(roster));
    HardSoftScore constraints = Scoring.byConstraints(roster);
    assertThat(cost.feasible()).isTrue();
    assertThat(constraints).isEqualTo(HardSoftScore.of(0, -cost.total()));
    assertThat(Scoring.incremental(roster)).isEqualTo(constraints);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void constraintsEqualTheCompetitionCostOnARandomRoster(Path file) {
    InrcInstance inrc = InrcXmlReader.read(file);
    assertAgree(inrc, Scoring.randomFeasible(InrcRosterMapper.toRoster(inrc), 42));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void constraintsEqualTheCompetitionCostOnASolvedRoster(Path file) {
    InrcInstance inrc = InrcXmlReader.read(file);
    RosterSolver.Result result = RosterSolver.solve(InrcRosterMapper.toRoster(inrc),
        RosterSolverSettings.forStepLimit(400, 7));
    assertAgree(inrc, result.roster());
    assertThat(result.roster().getScore()).isEqualTo(Scoring.byConstraints(result.roster()));
  }
}

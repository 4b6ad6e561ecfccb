package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first person of a swap is drawn where the cost is, in proportion to it, and uniformly otherwise. */
class PenaltyGuideTest {

  @Test
  void aFullyGuidedDrawAlwaysPicksTheOnlyPersonWhoseLineCosts() {
    PenaltyGuide guide = PenaltyGuide.of(new int[] {0, 7, 0, 0}, 1.0);
    Random random = new Random(3);
    for (int i = 0; i < 1_000; i++) {
      assertThat(guide.pick(random, 4)).isEqualTo(1);
    }
  }

  @Test
  void guidedDrawsFollowThePenaltiesWithinThreeStandardErrors() {
    // penalties 1 and 3: person 1 is drawn with probability 3/4 when guided, 1/2 otherwise;
    // half the draws guided gives 0.5 * 0.75 + 0.5 * 0.5 = 0.625
    PenaltyGuide guide = PenaltyGuide.of(new int[] {1, 3}, 0.5);
    Random random = new Random(11);
    int n = 40_000;
    int ones = 0;
    for (int i = 0; i < n; i++) {
      ones += guide.pick(random, 2);
    }
    double standardError = Math.sqrt(0.625 * 0.375 / n);
    assertThat((double) ones / n).isBetween(0.625 - 3 * standardError, 0.625 + 3 * standardError);
  }

  @Test
  void withoutGuidanceOrWithoutCostTheDrawsAreTheUnguidedOnes() {
    // no share, or every line at zero: the same random numbers as a plain uniform draw, so a search
    // without guidance is unchanged draw for draw
    for (PenaltyGuide guide : new PenaltyGuide[] {
        PenaltyGuide.of(new int[] {5, 0, 9}, 0.0), PenaltyGuide.of(new int[] {0, 0, 0}, 1.0)}) {
      Random guided = new Random(17);
      Random plain = new Random(17);
      for (int i = 0; i < 100; i++) {
        assertThat(guide.pick(guided, 3)).isEqualTo(plain.nextInt(3));
      }
    }
  }
}

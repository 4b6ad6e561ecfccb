package chainsim.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chainsim.roster.domain.Roster;
import chainsim.roster.inrc.Inrc2010Files;
import chainsim.roster.inrc.InrcRosterMapper;
import org.junit.jupiter.api.Test;

/**
 * The three swap kinds share one shape: sizes in the proportions the union draws by (block swaps 7
 * per pair and day, work transfers half that, run swaps a third), and no enumeration.
 */
class RandomSwapMoveFactoryTest {

  @Test
  void sizesFollowThePairsAndDaysInTheProportionsTheUnionDrawsBy() {
    // sprint_late09: 10 nurses (45 pairs) over 28 days
    Roster roster = InrcRosterMapper.load(Inrc2010Files.file("sprint_late09"));
    var director = SwapMoves.scoreDirector(roster);
    assertThat(roster.getStaff()).hasSize(10);
    assertThat(roster.getDays()).hasSize(28);
    assertThat(new SwapBlockMoveFactory().getSize(director)).isEqualTo(45L * 28 * 7);
    assertThat(new WorkTransferMoveFactory().getSize(director)).isEqualTo(45L * 28 * 7 / 2);
    assertThat(new RunSwapMoveFactory().getSize(director)).isEqualTo(45L * 28 * 7 / 3);
    SwapBlockMoveFactory shortBlocks = new SwapBlockMoveFactory();
    shortBlocks.setMaxBlockDays(3);
    assertThat(shortBlocks.getSize(director)).isEqualTo(45L * 28 * 3);
  }

  @Test
  void noKindEnumeratesItsMoves() {
    var director = SwapMoves.scoreDirector(InrcRosterMapper.load(Inrc2010Files.file("sprint_late09")));
    assertThatThrownBy(() -> new SwapBlockMoveFactory().createOriginalMoveIterator(director))
        .isInstanceOf(UnsupportedOperationException.class).hasMessage("block swaps are only drawn at random");
    assertThatThrownBy(() -> new WorkTransferMoveFactory().createOriginalMoveIterator(director))
        .isInstanceOf(UnsupportedOperationException.class).hasMessage("work transfers are only drawn at random");
    assertThatThrownBy(() -> new RunSwapMoveFactory().createOriginalMoveIterator(director))
        .isInstanceOf(UnsupportedOperationException.class).hasMessage("run swaps are only drawn at random");
  }
}

package chainsim.world;

import chainsim.random.RandomStreams;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import java.util.List;

/**
 * A branch or channel the expansion plan opens. {@code index} is its position in the plan, the
 * identity outputs and random streams use; {@code segments} are the cells it sells in (none for
 * a partner without a sales desk).
 */
public record EntitySpec(
    int index,
    Opening opening,
    Mode mode,
    int region,
    int[] segments,
    boolean sells,
    boolean executesSubcontracts,
    long streamKey) {

  static EntitySpec of(int index, Opening opening, int region, List<Integer> segments, boolean sells) {
    return new EntitySpec(
        index,
        opening,
        opening.mode(),
        region,
        segments.stream().mapToInt(Integer::intValue).toArray(),
        sells,
        opening.mode() == Mode.PARTNER,
        RandomStreams.key("entity:" + opening.id()));
  }

  public String id() {
    return opening.id();
  }

  public int openingMonth() {
    return opening.month();
  }

  /** The owner code firms store for clients of this entity (0 means no owner). */
  public short ownerCode() {
    return (short) (index + 1);
  }
}

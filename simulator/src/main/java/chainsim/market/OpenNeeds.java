package chainsim.market;

import chainsim.client.FirmPopulation;
import java.util.Arrays;

/**
 * The firms of a segment with a need recorded, in the order the needs arose. Kept up to date as
 * needs open, so a month's selling looks at the few firms with a need instead of every firm;
 * lapsed needs and firms no longer winnable drop out when the list is compacted.
 */
final class OpenNeeds {
  private int[] firms = new int[64];
  private int size;

  /** A firm whose need was just recorded (it had none). */
  void add(int firm) {
    if (size == firms.length) {
      firms = Arrays.copyOf(firms, size * 2);
    }
    firms[size++] = firm;
  }

  int size() {
    return size;
  }

  int capacity() {
    return firms.length;
  }

  /**
   * Drops the firms with no need recorded (as {@link #compact} would), keeping the others' order:
   * after a restart's overlay, so a firm whose need the overlay cleared is not listed twice when a
   * new need opens before the list is next compacted.
   */
  void prune(FirmPopulation population) {
    int kept = 0;
    for (int k = 0; k < size; k++) {
      if (population.needProduct(firms[k]) != FirmPopulation.NO_NEED) {
        firms[kept++] = firms[k];
      }
    }
    size = kept;
  }

  /**
   * Drops lapsed needs (forgetting them on the firm) and firms that can no longer be won, and
   * copies the firms still with an open need into {@code out}; returns how many.
   */
  int compact(FirmPopulation population, int month, int[] out) {
    int kept = 0;
    for (int k = 0; k < size; k++) {
      int firm = firms[k];
      if (population.needProduct(firm) == FirmPopulation.NO_NEED) {
        continue;
      }
      if (!population.winnable(firm) || !population.hasOpenNeed(firm, month)) {
        population.dropNeed(firm);
        continue;
      }
      firms[kept] = firm;
      out[kept] = firm;
      kept++;
    }
    size = kept;
    return kept;
  }
}

package chainsim.staffing.domain;

import java.util.function.BiPredicate;

/**
 * The last few results of a pure function, by key. Every constraint builds its own timelines (the
 * constraint streams do not share grouping nodes), so the same line's timeline is asked for once
 * per constraint after each move: the first builds it, the others get it from here. Not
 * thread-safe: one solver thread at a time.
 */
final class Memo<K, V> {
  private static final int SLOTS = 4;
  private final Object[] keys = new Object[SLOTS];
  private final Object[] values = new Object[SLOTS];
  private final BiPredicate<K, K> same;
  private int next;

  Memo(BiPredicate<K, K> same) {
    this.same = same;
  }

  @SuppressWarnings("unchecked")
  V get(K key) {
    for (int i = 0; i < SLOTS; i++) {
      if (keys[i] != null && same.test((K) keys[i], key)) {
        return (V) values[i];
      }
    }
    return null;
  }

  void put(K key, V value) {
    keys[next] = key;
    values[next] = value;
    next = (next + 1) % SLOTS;
  }

  /** Keys of objects compared by identity, element by element. */
  static boolean sameElements(Object[] a, Object[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }
}

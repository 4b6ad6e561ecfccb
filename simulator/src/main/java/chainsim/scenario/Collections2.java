package chainsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep the file's order, which is the order outputs list things in. */
final class Collections2 {
  private Collections2() {}

  static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}

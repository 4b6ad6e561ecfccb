package chainsim.staffing.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/** Constraint collectors the staffing constraints share. */
final class Collect {
  private Collect() {}

  /**
   * Gathers a group's items and turns them into one value with {@code finish}; every change to the
   * group gives a new value (the timelines are rebuilt, never patched).
   */
  static <T, R> UniConstraintCollector<T, List<T>, R> into(Function<List<T>, R> finish) {
    return new UniConstraintCollector<>() {
      @Override
      public Supplier<List<T>> supplier() {
        return ArrayList::new;
      }

      @Override
      public BiFunction<List<T>, T, Runnable> accumulator() {
        return (list, item) -> {
          list.add(item);
          return () -> removeSame(list, item);
        };
      }

      @Override
      public Function<List<T>, R> finisher() {
        return finish;
      }
    };
  }

  private static <T> void removeSame(List<T> list, T item) {
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i) == item) {
        list.remove(i);
        return;
      }
    }
    throw new IllegalStateException("retracting an item the group never had: " + item);
  }
}

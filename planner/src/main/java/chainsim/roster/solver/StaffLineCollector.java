package chainsim.roster.solver;

import chainsim.roster.domain.DayAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/** Collects one staff member's cells (free days included) into a {@link StaffLine}. */
final class StaffLineCollector implements UniConstraintCollector<DayAssignment, List<DayAssignment>, StaffLine> {

  @Override
  public Supplier<List<DayAssignment>> supplier() {
    return ArrayList::new;
  }

  @Override
  public BiFunction<List<DayAssignment>, DayAssignment, Runnable> accumulator() {
    return (cells, cell) -> {
      cells.add(cell);
      return () -> cells.remove(cell);
    };
  }

  @Override
  public Function<List<DayAssignment>, StaffLine> finisher() {
    return cells -> StaffLine.of(cells.get(0).getStaffMember(), cells);
  }
}

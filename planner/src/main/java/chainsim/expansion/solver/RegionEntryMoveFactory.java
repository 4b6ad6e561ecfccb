package chainsim.expansion.solver;

import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random {@link RegionEntryMove}s of three kinds: give a region's cells that share a decision
 * (an opening, or "not entered") a new one; give all of a region's movable cells one decision;
 * or swap the decisions of two such groups in two regions, which trades an opening in one region
 * for one in another without ever exceeding the quarter's bandwidth on the way.
 */
public final class RegionEntryMoveFactory implements MoveIteratorFactory<ExpansionPlan, RegionEntryMove> {

  @Override
  public long getSize(ScoreDirector<ExpansionPlan> scoreDirector) {
    ExpansionPlan plan = scoreDirector.getWorkingSolution();
    return (long) plan.getCells().size() * plan.getEntries().size();
  }

  @Override
  public Iterator<RegionEntryMove> createOriginalMoveIterator(ScoreDirector<ExpansionPlan> scoreDirector) {
    throw new UnsupportedOperationException("region moves are only selected at random");
  }

  @Override
  public Iterator<RegionEntryMove> createRandomMoveIterator(ScoreDirector<ExpansionPlan> scoreDirector,
      Random random) {
    ExpansionPlan plan = scoreDirector.getWorkingSolution();
    Map<String, List<CellDecision>> byRegion = new LinkedHashMap<>();
    for (CellDecision c : plan.getCells()) {
      if (!c.isPinned()) {
        byRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c);
      }
    }
    List<List<CellDecision>> regions = new ArrayList<>(byRegion.values());
    List<Entry> entries = plan.getEntries();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !regions.isEmpty();
      }

      @Override
      public RegionEntryMove next() {
        List<CellDecision> region = regions.get(random.nextInt(regions.size()));
        int kind = random.nextInt(5);
        if (kind == 0) {
          return RegionEntryMove.allTo(region, entries.get(random.nextInt(entries.size())));
        }
        List<CellDecision> group = sharingDecision(region, random);
        if (kind <= 2 || regions.size() < 2) {
          return RegionEntryMove.allTo(group, entries.get(random.nextInt(entries.size())));
        }
        List<CellDecision> other = regions.get(random.nextInt(regions.size()));
        if (other == region) {
          other = regions.get((regions.indexOf(region) + 1) % regions.size());
        }
        List<CellDecision> otherGroup = sharingDecision(other, random);
        List<CellDecision> cells = new ArrayList<>(group);
        cells.addAll(otherGroup);
        List<Entry> targets = new ArrayList<>();
        group.forEach(c -> targets.add(otherGroup.get(0).getEntry()));
        otherGroup.forEach(c -> targets.add(group.get(0).getEntry()));
        return new RegionEntryMove(cells, targets);
      }
    };
  }

  /** The cells of a region that share the decision of one of them, picked at random. */
  private static List<CellDecision> sharingDecision(List<CellDecision> region, Random random) {
    Entry from = region.get(random.nextInt(region.size())).getEntry();
    return region.stream().filter(c -> Objects.equals(c.getEntry(), from)).toList();
  }
}

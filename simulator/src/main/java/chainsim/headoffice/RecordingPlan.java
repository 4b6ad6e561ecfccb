package chainsim.headoffice;

import chainsim.metrics.MetricLayout;
import chainsim.world.World;

/** The series layout and its precomputed indices: built once per scenario, shared by replications. */
public final class RecordingPlan {
  private final MetricLayout layout;
  private final SeriesIndex index;

  public RecordingPlan(World world, MetricLayout layout) {
    this.layout = layout;
    this.index = new SeriesIndex(world, layout);
  }

  public MetricLayout layout() {
    return layout;
  }

  SeriesIndex index() {
    return index;
  }
}

package chainsim.cli;

import java.util.function.IntConsumer;

/**
 * The bar the staffing and roster planners show while their workload forecast runs: started when
 * the forecast starts, fed the replications done, closed when solving begins (or the command ends).
 * The planner calls back on its own threads, so the bar it holds is read once per tick.
 */
final class ForecastBar implements AutoCloseable {
  private volatile Progress progress;

  void start(int replications) {
    close();
    progress = Progress.start("forecasting", replications);
  }

  /** What the planner's forecast reports each finished replication to. */
  IntConsumer ticks() {
    return done -> {
      Progress p = progress;
      if (p != null) {
        p.done(done);
      }
    };
  }

  @Override
  public void close() {
    Progress p = progress;
    progress = null;
    if (p != null) {
      p.close();
    }
  }
}

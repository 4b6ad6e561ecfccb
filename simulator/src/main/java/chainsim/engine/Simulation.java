package chainsim.engine;

import chainsim.headoffice.RecordingPlan;
import chainsim.metrics.MetricLayout;
import chainsim.random.UncertaintyModel;
import chainsim.scenario.Scenario;
import chainsim.world.World;

/**
 * A scenario prepared for simulation: its structure, its uncertainty and its series layout, built
 * once and shared (read-only) by every replication and thread.
 */
public final class Simulation {
  private final Scenario scenario;
  private final World world;
  private final UncertaintyModel uncertainty;
  private final MetricLayout layout;
  private final RecordingPlan recording;

  public Simulation(Scenario scenario) {
    this.scenario = scenario;
    this.world = new World(scenario);
    this.uncertainty = new UncertaintyModel(scenario);
    this.layout = new MetricLayout(world);
    this.recording = new RecordingPlan(world, layout);
  }

  public Scenario scenario() {
    return scenario;
  }

  public World world() {
    return world;
  }

  public UncertaintyModel uncertainty() {
    return uncertainty;
  }

  public MetricLayout layout() {
    return layout;
  }

  public RecordingPlan recording() {
    return recording;
  }

  public int months() {
    return world.months();
  }

  /** The model objects of one replication. */
  public Replication replication(int index) {
    return Replication.build(this, index);
  }
}

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
  /** Null for a run from month 1; else the state the replications restart from. */
  private final StartPoint start;

  public Simulation(Scenario scenario) {
    this.scenario = scenario;
    this.world = new World(scenario);
    this.uncertainty = new UncertaintyModel(scenario);
    this.layout = new MetricLayout(world);
    this.recording = new RecordingPlan(world, layout);
    this.start = null;
  }

  private Simulation(Simulation base, StartPoint start) {
    this.scenario = base.scenario;
    this.world = base.world;
    this.uncertainty = base.uncertainty;
    this.layout = base.layout;
    this.recording = base.recording;
    this.start = start;
  }

  /**
   * The same scenario restarted from a state at the end of month k: every replication is brought
   * to that state ({@link StartPoint#bringUp}) and the engines run months k+1 onwards.
   */
  public Simulation restartingFrom(StartPoint state) {
    if (state.asOfMonth() < 0 || state.asOfMonth() > months()) {
      throw new IllegalArgumentException(
          "the start state's month " + state.asOfMonth() + " is outside the horizon of " + months() + " months");
    }
    return new Simulation(this, state);
  }

  /** The state replications restart from, or null when they start at month 1. */
  public StartPoint start() {
    return start;
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
    Replication r = Replication.build(this, index);
    if (start != null) {
      start.bringUp(this, r);
      r.startAfter(start.asOfMonth());
    }
    return r;
  }
}

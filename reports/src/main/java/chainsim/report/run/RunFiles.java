package chainsim.report.run;

/** The names of the files in a run directory. */
public final class RunFiles {
  public static final String SUMMARY = "summary.json";
  public static final String MONTHLY = "monthly.csv";
  public static final String ENTITIES = "entities.csv";
  public static final String EVENTS = "events.csv";
  public static final String CLIENTS_SAMPLE = "clients-sample.csv";
  /** Every replication's draws and headline figures, one row each. */
  public static final String REPLICATIONS = "replications.csv";
  public static final String MANIFEST = "manifest.json";
  /** The resolved scenario the run simulated (its seed and replications as run). */
  public static final String SCENARIO = "scenario.yaml";

  private RunFiles() {}
}

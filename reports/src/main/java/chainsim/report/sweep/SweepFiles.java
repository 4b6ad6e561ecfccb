package chainsim.report.sweep;

/** The names of a sweep's own files, beside its variants' run directories. */
public final class SweepFiles {
  public static final String CSV = "sweep.csv";
  public static final String MARKDOWN = "sweep.md";
  public static final String HTML = "sweep.html";

  private SweepFiles() {}
}

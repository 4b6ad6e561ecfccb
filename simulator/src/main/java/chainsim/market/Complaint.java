package chainsim.market;

/**
 * A complaint a client raises with its owner in a month, of a severity class (002: complaints are
 * classified by severity): {@link #GENERAL} or {@link #SERIOUS}.
 */
public record Complaint(int segment, int firm, int owner, int severity) {
  public static final int GENERAL = 0;
  public static final int SERIOUS = 1;
  /** How many severity classes there are. */
  public static final int CLASSES = 2;

  /** A general complaint. */
  public Complaint(int segment, int firm, int owner) {
    this(segment, firm, owner, GENERAL);
  }

  public boolean serious() {
    return severity == SERIOUS;
  }
}

package chainsim.scenario;

/**
 * How many of a kind a scenario may have, where the simulator keeps every client firm in compact
 * arrays (a few bytes a firm, so a national market of a hundred thousand firms fits in a few
 * megabytes per replication). Validation refuses a scenario beyond them with a located message.
 */
public final class Limits {
  /** Products: a firm's products bought are 32 flags (one {@code int}). */
  public static final int MAX_PRODUCTS = 32;
  /** Skills: a product's and a partner's skills are 32 flags. */
  public static final int MAX_SKILLS = 32;
  /** Client-success milestones: a firm's milestones reached are 8 flags (one {@code byte}). */
  public static final int MAX_MILESTONES = 8;
  /** Marketing lines of a branch template: how a firm was won is kept in a {@code byte}. */
  public static final int MAX_MARKETING_LINES = 127;
  /** Openings: a client's owner is kept in a {@code short}. */
  public static final int MAX_OPENINGS = Short.MAX_VALUE - 1;

  /**
   * Months counted by the health recall (consecutive low-health checks) and by the churn early
   * warning's window: both are kept in four bits of one {@code byte} per firm.
   */
  public static final int MAX_WATCH_MONTHS = 12;

  private Limits() {}
}

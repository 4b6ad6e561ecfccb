package chainsim.engine;

/**
 * A replication that could not finish: which one, where (the month, and which part of the model
 * when an engine knows it), and why. One line, so a command can print it as its error message.
 */
public final class ReplicationFailure extends RuntimeException {
  private final int replication;

  public ReplicationFailure(int replication, String where, Throwable cause) {
    super("replication " + replication + " failed" + (where == null || where.isEmpty() ? "" : " " + where) + ": "
        + describe(cause), cause);
    this.replication = replication;
  }

  public int replication() {
    return replication;
  }

  /** The cause as {@code Type: message}, on one line, unwrapping a failure already described. */
  static String describe(Throwable cause) {
    if (cause instanceof ReplicationFailure f) {
      return f.getMessage();
    }
    String message = cause.getMessage();
    String type = cause.getClass().getSimpleName();
    return message == null ? type : type + ": " + message.replaceAll("\\s*\\R\\s*", " ");
  }
}

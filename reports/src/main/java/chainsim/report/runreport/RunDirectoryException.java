package chainsim.report.runreport;

/** A directory that is not a readable run directory: the user's to fix, said in one line. */
public class RunDirectoryException extends chainsim.input.InputException {
  private static final long serialVersionUID = 1L;

  public RunDirectoryException(String message) {
    super(message);
  }

  public RunDirectoryException(String message, Throwable cause) {
    super(message, cause);
  }
}

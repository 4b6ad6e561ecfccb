package chainsim.cli;

/** Input the user must fix (a missing file, a wrong combination of options): exit 2, one line. */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}

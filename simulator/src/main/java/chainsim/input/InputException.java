package chainsim.input;

/**
 * Input the user must fix (a bad option value, a file that does not say what it should): its message is
 * one line that names the input, and the command line prints it and exits 2, writing nothing.
 *
 * <p>Every planner's and reader's own input exception extends this, so the command line maps them once
 * instead of catching each.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}

package chainsim.cli;

import chainsim.input.InputException;

/**
 * Input the command line itself finds wrong (a missing file, a wrong combination of options): exit 2, one
 * line, like every other {@link InputException}.
 */
public class BadInputException extends InputException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}

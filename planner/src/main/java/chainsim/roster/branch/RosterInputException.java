package chainsim.roster.branch;

/** A roster request the user must fix (an unknown branch, a start that is not a Monday): one line. */
public class RosterInputException extends chainsim.input.InputException {
  private static final long serialVersionUID = 1L;

  public RosterInputException(String message) {
    super(message);
  }
}

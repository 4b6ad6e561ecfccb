package chainsim.staffing;

/** The scenario or the options ask for a plan that cannot be made: the user's to fix (exit 2). */
public final class StaffingInputException extends chainsim.input.InputException {
  private static final long serialVersionUID = 1L;

  public StaffingInputException(String message) {
    super(message);
  }
}

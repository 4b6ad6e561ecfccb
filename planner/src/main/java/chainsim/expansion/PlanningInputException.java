package chainsim.expansion;

/** Settings the user must fix (a missing previous plan, a mode without a template): one line. */
public class PlanningInputException extends chainsim.input.InputException {
  private static final long serialVersionUID = 1L;

  public PlanningInputException(String message) {
    super(message);
  }
}

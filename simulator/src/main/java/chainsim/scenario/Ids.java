package chainsim.scenario;

/** The shape of an identifier: lower-case letters, digits, '_' and '-', starting with a letter. */
public final class Ids {
  public static final String PATTERN = "^[a-z][a-z0-9_-]{0,63}$";

  private Ids() {}
}

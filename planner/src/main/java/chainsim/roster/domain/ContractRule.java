package chainsim.roster.domain;

/**
 * One soft rule of a contract: switched on or off, its weight per unit of violation, and its limit
 * where the rule has one (a count of days, weekends or hours; unused by yes/no rules).
 *
 * <p>Mirrors INRC-2010's {@code on}/{@code weight} attributes so an imported contract loses nothing.
 */
public record ContractRule(boolean on, int weight, int limit) {

  public static final ContractRule OFF = new ContractRule(false, 0, 0);

  public static ContractRule limit(int weight, int limit) {
    return new ContractRule(true, weight, limit);
  }

  public static ContractRule flag(int weight) {
    return new ContractRule(true, weight, 0);
  }

  /** Only a rule that is on and weighs something can cost anything. */
  public boolean active() {
    return on && weight != 0;
  }

  /** What {@code count} costs against this rule as a maximum: its weight per unit above the limit. */
  public long costAbove(int count) {
    return active() ? (long) weight * Math.max(0, count - limit) : 0;
  }

  /** What {@code count} costs against this rule as a minimum: its weight per unit below the limit. */
  public long costBelow(int count) {
    return active() ? (long) weight * Math.max(0, limit - count) : 0;
  }
}

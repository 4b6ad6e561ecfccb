package chainsim.random;

/**
 * What a stream is used for. Each purpose of an entity gets its own stream, so adding draws for
 * one purpose never shifts the draws of another.
 */
public enum Purpose {
  PARAMETERS,
  BIRTHS,
  DEATHS,
  NEEDS,
  SALES,
  CLIENTS,
  ORDERS,
  WORKFORCE,
  MONTHLY_PARAMETERS,
  DELIVERY,
  COMPLAINTS,
  OPENING,
  PARTNER,
  ATTRITION,
  MARKETING,
  EFFORT,
  HEAD_OFFICE,
  /** A segment's market parameters drawn per month (births, deaths, growth, lift, needs). */
  MARKET_MONTH,
  /** A segment's follow-on and milestone parameters drawn per month. */
  FOLLOW_ON_MONTH,
  /** An agent's leakage drawn per month (the same for every segment it sells in). */
  LEAKAGE_MONTH,
  /** An order's payment shares drawn per order (keyed by the order). */
  PAYMENT,
  /** An order's delivery hours drawn per order (the signing side's stream). */
  ORDER_EFFORT,
  /** A seller's complaint handling and recall costs drawn per month. */
  SERVICE_MONTH,
  /** Direct costs of the orders partners finished, drawn per order (the signing side's stream, drawn by the head office). */
  PARTNER_WORK,
  /** A partner's lateness and failures, drawn per order it finishes. */
  PARTNER_RELIABILITY,
  /** The head office's order of dispatching the month's subcontracts to partners. */
  DISPATCH,
  /**
   * The health of a firm a restart's client book makes a client while the replayed model had not
   * (keyed by the firm's id and the as-of month): see chainsim.restart.
   */
  RESTART_HEALTH;

  private final long key = RandomStreams.key("purpose:" + name());

  public long key() {
    return key;
  }
}

package chainsim.rebalance.forecast;

/**
 * What a revenue or signings miss is put down to. Signings are new clients plus orders of clients
 * already won; new clients are sales staff × reach per consultant × conversion; orders of clients
 * already won are the client base × orders per client; revenue is signings × price × delivery.
 * {@link #OTHER} takes what a chain with a zero in it cannot split.
 */
public enum Driver {
  /** Sales consultant-months: hiring, attrition. */
  STAFFING("staffing"),
  /** Contacts and inbound leads per sales consultant-month. */
  CONTACTS("contacts"),
  /** New clients per contact or lead. */
  CONVERSION("conversion"),
  /** Active client-months at the start of each month: churn and past wins. */
  CLIENT_BASE("client_base"),
  /** Orders per active client-month: repeat and cross-selling. */
  REPEAT("repeat"),
  /** Contract value per order signed. */
  PRICE("price"),
  /** Revenue recognised per yuan signed: delivery pace, backlog, subcontracting. */
  DELIVERY("delivery"),
  /** A zero somewhere in a chain: what cannot be split further. */
  OTHER("other");

  private final String key;

  Driver(String key) {
    this.key = key;
  }

  /** The name in drivers.csv and the labels. */
  public String key() {
    return key;
  }
}

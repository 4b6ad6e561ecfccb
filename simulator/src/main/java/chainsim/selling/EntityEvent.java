package chainsim.selling;

/** Something the strategy team wants to see in the events table, e.g. a paused spend line. */
public record EntityEvent(int month, String entity, String type, String detail) {
  public static final String SPEND_PAUSED = "spend_paused";
  public static final String SPEND_RESUMED = "spend_resumed";
  public static final String ORDER_CANCELLED = "order_cancelled";
  public static final String GATE_BLOCKED = "gate_blocked";
  public static final String RESERVE_BLOCKED = "reserve_blocked";
  public static final String OPENED = "opened";
  public static final String SWING_ALERT = "swing_alert";
  public static final String RECALLS = "recalls";
  public static final String SLA_BREACH = "sla_breach";
  public static final String CASH_BELOW_RESERVE = "cash_below_reserve";
  public static final String CASH_BELOW_ZERO = "cash_below_zero";
}

package chainsim.market;

/**
 * An order a client signs with a seller: what it buys, at which price, in which month, and how
 * the seller got it ({@code source}: a marketing line index, or one of the negative constants).
 */
public record Order(int segment, int firm, int product, int seller, double price, int source, int month) {
  /** Won by a consultant's outbound prospecting. */
  public static final int OUTBOUND = -1;
  /** A client buying the same product again (repeat signing). */
  public static final int REPEAT = -2;
  /** A client buying another product (depth signing). */
  public static final int CROSS_SELL = -3;
  /** An existing client an equity channel's local firm brings along. */
  public static final int OWN_CLIENT = -4;

  public boolean fromMarketingLine() {
    return source >= 0;
  }
}

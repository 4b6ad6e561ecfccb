package chainsim.market;

/**
 * What a seller puts into one segment in a month: outbound contacts at a conversion rate, and
 * inbound leads from each of its marketing lines with that line's conversion.
 */
public record SalesEffort(
    int seller, int segment, int contacts, double conversion, int[] inboundLeads, double[] inboundConversion) {

  public static SalesEffort none(int seller, int segment) {
    return new SalesEffort(seller, segment, 0, 0.0, new int[0], new double[0]);
  }
}

package chainsim.selling;

import chainsim.market.Order;

/**
 * A seller's revenue and contribution of a month by cell: one of its segments and a product. The
 * head office breaks revenue down by product, channel, region and industry from these cells
 * (a segment is a region and an industry), without a line per order.
 */
public final class RevenueCells {
  private final int[] segments;
  private final int[] positionOf;
  private final int products;
  private final double[] revenue;
  private final double[] contribution;

  /**
   * @param positionOf for each segment of the world, its position in {@code segments} (or -1)
   */
  public RevenueCells(int[] segments, int[] positionOf, int products) {
    this.segments = segments;
    this.positionOf = positionOf;
    this.products = products;
    this.revenue = new double[segments.length * products];
    this.contribution = new double[segments.length * products];
  }

  void add(Order order, double revenueAmount, double contributionAmount) {
    int cell = position(order.segment()) * products + order.product();
    revenue[cell] += revenueAmount;
    contribution[cell] += contributionAmount;
  }

  private int position(int segment) {
    int p = positionOf[segment];
    if (p < 0) {
      throw new IllegalArgumentException("segment " + segment + " is not one this seller sells in");
    }
    return p;
  }

  /** For each segment of a world of {@code segmentCount}, its position among {@code segments}. */
  public static int[] positions(int[] segments, int segmentCount) {
    int[] positionOf = new int[segmentCount];
    java.util.Arrays.fill(positionOf, -1);
    for (int i = 0; i < segments.length; i++) {
      positionOf[segments[i]] = i;
    }
    return positionOf;
  }

  public int cells() {
    return revenue.length;
  }

  public int segment(int cell) {
    return segments[cell / products];
  }

  public int product(int cell) {
    return cell % products;
  }

  public double revenue(int cell) {
    return revenue[cell];
  }

  public double contribution(int cell) {
    return contribution[cell];
  }
}

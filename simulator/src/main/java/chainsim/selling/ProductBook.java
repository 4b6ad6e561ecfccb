package chainsim.selling;

import chainsim.market.Order;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.scenario.Payment;
import chainsim.scenario.Product;
import chainsim.world.World;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What delivering and billing each product takes, as one replication sees it. Hours and payment
 * shares drawn per order ({@code draw: month}) are drawn for each order: hours from the signing
 * side's stream when it takes the order, payment shares from a stream keyed by the order itself
 * (its segment, firm and month), so the share paid upfront is the same when the order is signed,
 * finished or cancelled.
 */
public final class ProductBook {
  private final double[][] hoursBySkill;
  private final double[] totalHours;
  private final Param[][] hoursParams;
  private final boolean[] hoursVary;
  private final int[] skillMask;
  private final int[] deliveryMonths;
  private final Payment[] payment;
  private final Param[] upfront;
  /** null where completion pays all the rest. */
  private final Param[] onCompletion;
  private final Param[] badDebt;
  private final boolean[] paymentVaries;
  private final Param[] directCostRatio;
  private final RandomStreams streams;
  private final int replication;

  public ProductBook(World world, ParameterDraws draws, RandomStreams streams, int replication) {
    List<Product> products = world.products();
    int n = products.size();
    int skills = world.skills().size();
    this.streams = streams;
    this.replication = replication;
    hoursBySkill = new double[n][skills];
    hoursParams = new Param[n][skills];
    hoursVary = new boolean[n];
    totalHours = new double[n];
    skillMask = new int[n];
    deliveryMonths = new int[n];
    payment = new Payment[n];
    upfront = new Param[n];
    onCompletion = new Param[n];
    badDebt = new Param[n];
    paymentVaries = new boolean[n];
    directCostRatio = new Param[n];
    for (int p = 0; p < n; p++) {
      Product product = products.get(p);
      for (var e : product.deliveryHours().entrySet()) {
        int s = world.skillIndex(e.getKey());
        Param hours = draws.param(e.getValue());
        hoursParams[p][s] = hours;
        hoursVary[p] |= hours.drawnEachUse();
        hoursBySkill[p][s] = hours.value();
        totalHours[p] += hours.value();
        skillMask[p] |= 1 << s;
      }
      deliveryMonths[p] = product.deliveryMonths();
      Payment terms = product.payment();
      payment[p] = terms;
      upfront[p] = draws.param(terms.upfront());
      onCompletion[p] = terms.completionPaysTheRest() ? null : draws.param(terms.onCompletion());
      badDebt[p] = draws.param(terms.badDebtRatio());
      paymentVaries[p] = upfront[p].drawnEachUse() || badDebt[p].drawnEachUse()
          || (onCompletion[p] != null && onCompletion[p].drawnEachUse());
      directCostRatio[p] = draws.param(product.directCostRatio());
    }
  }

  /** Expected hours of each skill of one order (the replication's hours when they are not drawn per order). */
  public double[] hoursBySkill(int product) {
    return hoursBySkill[product];
  }

  /**
   * The hours of each skill an order takes: the product's, or, for hours drawn per order, drawn
   * from {@code rng} (the signing side's stream of the month) in skill order. Not to be changed.
   */
  public double[] hoursOfOrder(int product, UniformRandomProvider rng) {
    if (!hoursVary[product]) {
      return hoursBySkill[product];
    }
    double[] hours = new double[hoursBySkill[product].length];
    for (int s = 0; s < hours.length; s++) {
      Param h = hoursParams[product][s];
      hours[s] = h == null ? 0.0 : Math.max(0.0, h.draw(rng));
    }
    return hours;
  }

  /** Expected hours of one order, all skills together. */
  public double totalHours(int product) {
    return totalHours[product];
  }

  public int skillMask(int product) {
    return skillMask[product];
  }

  public int deliveryMonths(int product) {
    return deliveryMonths[product];
  }

  /** The product's payment terms (the receivable's days). */
  public Payment payment(int product) {
    return payment[product];
  }

  /** The shares of an order's price paid at signing, on completion and later (less what is never collected). */
  public record Shares(double upfront, double onCompletion, double receivable, double badDebtRatio) {}

  /** How an order is paid: the product's shares, or the order's own draws of shares drawn per order. */
  public Shares shares(Order order) {
    int p = order.product();
    UniformRandomProvider rng = paymentVaries[p]
        ? streams.stream(replication, orderKey(order), order.month(), Purpose.PAYMENT.key()) : null;
    double up = clampShare(upfront[p].draw(rng));
    double on = onCompletion[p] == null ? Math.max(0.0, 1.0 - up) : clampShare(onCompletion[p].draw(rng));
    double bad = clampShare(badDebt[p].draw(rng));
    return new Shares(up, on, Math.max(0.0, 1.0 - up - on), bad);
  }

  private static double clampShare(double share) {
    return Math.min(1.0, Math.max(0.0, share));
  }

  /** An order's identity: a firm signs at most one order a month. */
  private static long orderKey(Order order) {
    return ((long) order.segment() << 32) ^ (order.firm() & 0xffffffffL);
  }

  public Param directCostRatio(int product) {
    return directCostRatio[product];
  }

  public int size() {
    return payment.length;
  }

  public int skills() {
    return hoursBySkill.length == 0 ? 0 : hoursBySkill[0].length;
  }
}

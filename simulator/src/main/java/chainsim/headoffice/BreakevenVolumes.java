package chainsim.headoffice;

import chainsim.accounting.Account;
import chainsim.random.ParameterDraws;
import chainsim.scenario.Product;
import chainsim.selling.EntityMonth;
import chainsim.selling.RevenueCells;
import java.util.List;
import java.util.Map;

/**
 * The break-even point of each selling branch or channel (seed 002: 盈亏平衡点 = 固定成本 /
 * (单价 - 单位变动成本)), from its own books over the months it was open:
 *
 * <ul>
 *   <li>fixed cost: its recurring fixed costs a month on average (pay, rent, marketing, other fixed,
 *       recalls, desk and agent support; not the one-offs: set-up, hiring, severance);
 *   <li>unit price: the product's price (the replication's value, its mean when drawn per order);
 *   <li>unit variable cost: the share of the price its delivered orders of the product did not
 *       contribute (direct costs, partner fees, agent commission, bad debt, the cells' contribution),
 *       plus its sales commission as a share of its revenue.
 * </ul>
 *
 * <p>Per product, the orders a month that alone would cover the fixed cost; for the mix, the
 * revenue a month at its own contribution margin. A product it delivered nothing of, or one with
 * no positive contribution, has none (NaN).
 */
final class BreakevenVolumes {
  private final double[] fixed;
  private final int[] months;
  private final double[] revenue;
  private final double[] contribution;
  private final double[] commission;
  private final double[][] productRevenue;
  private final double[][] productContribution;
  private final double[] unitPrice;
  private final List<Product> products;

  BreakevenVolumes(int entities, List<Product> products, ParameterDraws draws) {
    this.products = products;
    this.fixed = new double[entities];
    this.months = new int[entities];
    this.revenue = new double[entities];
    this.contribution = new double[entities];
    this.commission = new double[entities];
    this.productRevenue = new double[entities][products.size()];
    this.productContribution = new double[entities][products.size()];
    this.unitPrice = products.stream().mapToDouble(p -> draws.value(p.price())).toArray();
  }

  /** A seller's month. */
  void record(EntityMonth r) {
    int e = r.entity();
    months[e]++;
    for (Account a : Account.values()) {
      if (a.kind() == Account.Kind.FIXED && !oneOff(a)) {
        fixed[e] += r.ledger().amount(a);
      }
    }
    commission[e] += r.ledger().amount(Account.COMMISSION);
    RevenueCells cells = r.revenue();
    for (int c = 0; c < cells.cells(); c++) {
      int p = cells.product(c);
      productRevenue[e][p] += cells.revenue(c);
      productContribution[e][p] += cells.contribution(c);
      revenue[e] += cells.revenue(c);
      contribution[e] += cells.contribution(c);
    }
  }

  private static boolean oneOff(Account a) {
    return a == Account.SETUP || a == Account.HIRING || a == Account.RELEASES;
  }

  /** Puts an entity's figures into its summary. */
  void put(int e, Map<String, Double> out) {
    double monthlyFixed = months[e] == 0 ? Double.NaN : fixed[e] / months[e];
    double commissionShare = revenue[e] > 0 ? commission[e] / revenue[e] : 0.0;
    out.put("fixed_costs_monthly", monthlyFixed);
    double mixMargin = revenue[e] > 0 ? contribution[e] / revenue[e] - commissionShare : Double.NaN;
    out.put("breakeven_revenue_monthly", mixMargin > 0 ? monthlyFixed / mixMargin : Double.NaN);
    for (int p = 0; p < products.size(); p++) {
      double margin = productRevenue[e][p] > 0
          ? productContribution[e][p] / productRevenue[e][p] - commissionShare : Double.NaN;
      double unitContribution = unitPrice[p] * margin;
      out.put("breakeven_volume." + products.get(p).id(),
          unitContribution > 0 ? monthlyFixed / unitContribution : Double.NaN);
    }
  }
}

package chainsim.selling;

import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.scenario.Payment;
import chainsim.scenario.Product;
import chainsim.world.World;
import java.util.List;

/** What delivering and billing each product takes, as one replication sees it. */
public final class ProductBook {
  private final double[][] hoursBySkill;
  private final double[] totalHours;
  private final int[] skillMask;
  private final int[] deliveryMonths;
  private final Payment[] payment;
  private final Param[] directCostRatio;

  public ProductBook(World world, ParameterDraws draws) {
    List<Product> products = world.products();
    int n = products.size();
    hoursBySkill = new double[n][world.skills().size()];
    totalHours = new double[n];
    skillMask = new int[n];
    deliveryMonths = new int[n];
    payment = new Payment[n];
    directCostRatio = new Param[n];
    for (int p = 0; p < n; p++) {
      Product product = products.get(p);
      for (var e : product.deliveryHours().entrySet()) {
        int s = world.skillIndex(e.getKey());
        hoursBySkill[p][s] = e.getValue();
        totalHours[p] += e.getValue();
        skillMask[p] |= 1 << s;
      }
      deliveryMonths[p] = product.deliveryMonths();
      payment[p] = product.payment();
      directCostRatio[p] = draws.param(product.directCostRatio());
    }
  }

  public double[] hoursBySkill(int product) {
    return hoursBySkill[product];
  }

  public double totalHours(int product) {
    return totalHours[product];
  }

  public int skillMask(int product) {
    return skillMask[product];
  }

  public int deliveryMonths(int product) {
    return deliveryMonths[product];
  }

  public Payment payment(int product) {
    return payment[product];
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

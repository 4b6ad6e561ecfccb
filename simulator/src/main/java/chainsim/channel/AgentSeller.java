package chainsim.channel;

import chainsim.accounting.Account;
import chainsim.client.ClientRules;
import chainsim.market.Leak;
import chainsim.market.Order;
import chainsim.market.SalesEffort;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.scenario.AgentTemplate;
import chainsim.scenario.Opening;
import chainsim.selling.MonthWork;
import chainsim.selling.ProductBook;
import chainsim.selling.Seller;
import chainsim.selling.SellerInputs;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A commissioned agent (代理制): it sells and serves the company's products locally and earns a
 * commission on each order. Its clients leak away when it takes them solo (the segments apply
 * the leakage rate to clients this agent owns).
 */
public final class AgentSeller extends Seller {
  /** Hours a month an agent puts into complaints: an assumption, agents report no capacity. */
  static final double COMPLAINT_HOURS = 40.0;

  private final Param commission;
  private final Param contacts;
  private final Param conversion;
  private final Param quality;
  private final Param supportCost;
  private final List<Order> inDelivery = new ArrayList<>();

  public AgentSeller(
      EntitySpec spec,
      World world,
      AgentTemplate template,
      ParameterDraws draws,
      ProductBook products,
      ClientRules clientRules,
      RandomStreams streams,
      int replication) {
    super(spec, products, clientRules, world.scenario().policies().complaints(), draws, streams, replication,
        world.months());
    Opening opening = spec.opening();
    this.commission =
        draws.param(opening.commissionRate() != null ? opening.commissionRate() : template.commissionRate());
    this.contacts = draws.param(template.contactsPerMonth());
    this.conversion = draws.param(template.conversionRate());
    this.quality = draws.param(template.quality());
    this.supportCost = draws.param(template.supportCostPerMonth());
  }

  /** The leakage parameter of an agent opening (the opening's override, else the template's). */
  public static chainsim.scenario.Uncertain leakage(Opening opening, AgentTemplate template) {
    return opening.leakageRateMonthly() != null ? opening.leakageRateMonthly() : template.leakageRateMonthly();
  }

  @Override
  protected void beginMonth(MonthWork work) {
    double support = supportCost.draw(stream(work.month, Purpose.WORKFORCE));
    work.ledger.spend(Account.AGENT_SUPPORT, support);
    work.acquisitionCost += support;
  }

  @Override
  protected void place(Order order, MonthWork work) {
    inDelivery.add(order);
  }

  /**
   * The agent took the client solo: its orders in delivery leave with it, the company keeps what
   * it earned on them (the months already delivered) and bills nothing more.
   */
  @Override
  protected void onLeaked(Leak leak, MonthWork work) {
    for (Iterator<Order> it = inDelivery.iterator(); it.hasNext(); ) {
      Order order = it.next();
      if (order.segment() == leak.segment() && order.firm() == leak.firm()) {
        it.remove();
        int months = products.deliveryMonths(order.product());
        double earned = 0;
        for (int m = order.month(); m < work.month; m++) {
          earned += order.price() * (1.0 / months);
        }
        abandon(order, earned, work);
      }
    }
  }

  @Override
  protected void deliver(MonthWork work) {
    UniformRandomProvider rng = stream(work.month, Purpose.DELIVERY);
    // the agent's own people deliver: evenly over the product's delivery months
    for (Iterator<Order> it = inDelivery.iterator(); it.hasNext(); ) {
      Order order = it.next();
      int months = products.deliveryMonths(order.product());
      recogniseProgress(order, 1.0 / months, work);
      if (order.month() + months - 1 <= work.month) {
        it.remove();
        finish(order, healthDeltaOf(quality.draw(rng)), work);
      }
    }
  }

  @Override
  protected double costOfDelivery(Order order, double revenue, MonthWork work) {
    double paid = revenue * commission.draw(stream(work.month, Purpose.DELIVERY));
    work.ledger.spend(Account.AGENT_COMMISSION, paid);
    if (order.source() == Order.OUTBOUND || order.fromMarketingLine()) {
      // the commission on a new client's first order is what acquiring it cost, as it is paid
      work.acquisitionCost += paid;
      work.acquisitionCommission += paid;
    }
    return paid;
  }

  @Override
  protected double complaintHours() {
    return COMPLAINT_HOURS;
  }

  @Override
  protected void endMonth(MonthWork work, SellerInputs in) {
    // commission on first orders goes to acquisition as it is paid (costOfDelivery)
  }

  @Override
  protected List<SalesEffort> nextEfforts(MonthWork work, int[] winnableBySegment) {
    return outboundEffort(contacts, conversion, work, winnableBySegment);
  }

}

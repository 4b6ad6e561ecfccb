package chainsim.channel;

import chainsim.accounting.Account;
import chainsim.client.ClientRules;
import chainsim.market.Order;
import chainsim.market.SalesEffort;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.scenario.PartnerTemplate;
import chainsim.selling.MonthWork;
import chainsim.selling.ProductBook;
import chainsim.selling.Seller;
import chainsim.selling.SellerInputs;
import chainsim.selling.Subcontract;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.util.List;

/**
 * The head office's central sales desk in partner-only cells: it signs clients remotely, keeps
 * the contract and the client, and subcontracts all delivery to partners.
 */
public final class SalesDesk extends Seller {
  private final Param contacts;
  private final Param conversion;
  private final Param cost;

  public SalesDesk(
      EntitySpec spec,
      World world,
      PartnerTemplate.RemoteSales desk,
      ParameterDraws draws,
      ProductBook products,
      ClientRules clientRules,
      RandomStreams streams,
      int replication) {
    super(spec, products, clientRules, world.scenario().policies().complaints(), draws, streams, replication,
        world.months());
    this.contacts = draws.param(desk.contactsPerMonth());
    this.conversion = draws.param(desk.conversionRate());
    this.cost = draws.param(desk.costPerMonth());
  }

  @Override
  protected void beginMonth(MonthWork work) {
    double c = cost.draw(stream(work.month, Purpose.WORKFORCE));
    work.ledger.spend(Account.SALES_DESK, c);
    work.acquisitionCost += c;
  }

  @Override
  protected void place(Order order, MonthWork work) {
    double[] hours = products.hoursOfOrder(order.product(), stream(work.month, Purpose.ORDER_EFFORT));
    work.subcontracts.add(
        new Subcontract(order, Subcontract.Reason.PARTNER_ONLY, hours, products.skillMask(order.product())));
  }

  @Override
  protected void deliver(MonthWork work) {
    // all delivery is the partners'; their completions arrive through the inputs
  }

  @Override
  protected double complaintHours() {
    return AgentSeller.COMPLAINT_HOURS;
  }

  @Override
  protected void endMonth(MonthWork work, SellerInputs in) {}

  @Override
  protected List<SalesEffort> nextEfforts(MonthWork work, int[] winnableBySegment) {
    return outboundEffort(contacts, conversion, work, winnableBySegment);
  }

}

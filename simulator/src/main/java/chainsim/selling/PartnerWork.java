package chainsim.selling;

import chainsim.accounting.Account;
import chainsim.market.Order;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Books the orders partners finished into their signing side's month, the month they were
 * finished (the head office does it once the partners have worked, so the last month's work is
 * booked too). The signing side keeps the contract (seed 000: 直营体系和自有渠道签订合同): it
 * earns the whole price, pays the partner its share of it, and bears the order's direct costs
 * (official fees are the client's order's cost whoever executes the work). The client pays what
 * is due on completion; the rest becomes a receivable, less what will never be collected. The
 * seller settles its own schedule of receivables and prepayments from the completions next month
 * ({@link Seller}), without booking them again.
 */
public final class PartnerWork {
  private final ProductBook products;

  public PartnerWork(ProductBook products) {
    this.products = products;
  }

  /**
   * The signing side's month with the partners' finished orders booked into it: its ledger and
   * revenue cells take them (the same objects), its receivables and deferred revenue move.
   *
   * @param rng the signing side's stream for direct costs drawn per order
   */
  public EntityMonth book(EntityMonth seller, List<Completion> completions, UniformRandomProvider rng) {
    double receivables = 0;
    double settledUpfront = 0;
    for (Completion c : completions) {
      Order order = c.order();
      double price = order.price();
      ProductBook.Shares shares = products.shares(order);
      seller.ledger().accrue(Account.REVENUE, price);
      double fee = price * c.partnerShare();
      seller.ledger().spend(Account.PARTNER_FEES, fee);
      double direct = price * products.directCostRatio(order.product()).draw(rng);
      seller.ledger().spend(Account.DIRECT_COSTS, direct);
      seller.revenue().add(order, price, price - fee - direct);
      settledUpfront += price * shares.upfront();
      seller.ledger().collect(price * shares.onCompletion());
      double receivable = price * shares.receivable();
      double lost = receivable * shares.badDebtRatio();
      if (lost > 0) {
        seller.ledger().accrue(Account.BAD_DEBT, lost);
        seller.revenue().add(order, 0.0, -lost);
      }
      if (products.payment(order.product()).receivableMonths() == 0) {
        seller.ledger().collect(receivable - lost);
      } else {
        receivables += receivable - lost;
      }
    }
    return seller.withBalances(seller.receivablesOutstanding() + receivables, seller.deferredRevenue() - settledUpfront);
  }
}

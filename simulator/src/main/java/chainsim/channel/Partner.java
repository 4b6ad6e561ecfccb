package chainsim.channel;

import chainsim.accounting.Account;
import chainsim.accounting.Ledger;
import chainsim.branch.DeliveryQueue;
import chainsim.client.ClientRules;
import chainsim.market.Order;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.scenario.Opening;
import chainsim.scenario.PartnerTemplate;
import chainsim.selling.Completion;
import chainsim.selling.EntityMonth;
import chainsim.selling.ProductBook;
import chainsim.selling.Subcontract;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A partner (合作渠道) executing subcontracted orders for a share of their revenue. Its hours are
 * one pool for all its skills. The books here are the partner's own (its share as revenue); the
 * company pays that share through the signing side.
 */
public final class Partner {
  private final EntitySpec spec;
  private final int skillMask;
  private final PartnerTemplate.Reach reach;
  private final Param capacity;
  private final Param share;
  private final Param quality;
  private final Param lateRate;
  private final Param failureRate;
  /** Partner room: new work is taken while the queue is below this many months of capacity. */
  private final double monthsOfWorkAccepted;
  /** Orders finished a month late: they complete next month. */
  private List<Completion> late = new ArrayList<>();
  private final ProductBook products;
  private final ClientRules clientRules;
  private final RandomStreams streams;
  private final int replication;
  /** Orders in delivery, each tagged with its subcontract (to hand back an order the partner fails). */
  private final DeliveryQueue<Subcontract> queue = new DeliveryQueue<>(1);
  private double lastCapacity;

  public Partner(
      EntitySpec spec,
      World world,
      PartnerTemplate template,
      ParameterDraws draws,
      ProductBook products,
      ClientRules clientRules,
      RandomStreams streams,
      int replication) {
    Opening opening = spec.opening();
    this.spec = spec;
    int mask = 0;
    for (String skill : template.skills()) {
      mask |= 1 << world.skillIndex(skill);
    }
    this.skillMask = mask;
    this.reach = template.reach();
    this.capacity =
        draws.param(
            opening.capacityHoursPerMonth() != null ? opening.capacityHoursPerMonth() : template.capacityHoursPerMonth());
    this.share = draws.param(opening.revenueShare() != null ? opening.revenueShare() : template.revenueShare());
    this.quality = draws.param(template.quality());
    this.lateRate = draws.param(template.lateRate());
    this.failureRate = draws.param(template.failureRate());
    this.monthsOfWorkAccepted = template.monthsOfWorkAccepted();
    this.products = products;
    this.clientRules = clientRules;
    this.streams = streams;
    this.replication = replication;
    this.lastCapacity = capacity.value();
  }

  public EntitySpec spec() {
    return spec;
  }

  /** The revenue share the head office expects to pay (the replication's, or its mean when drawn per order). */
  public double revenueShare() {
    return share.value();
  }

  public int skillMask() {
    return skillMask;
  }

  public PartnerTemplate.Reach reach() {
    return reach;
  }

  /** Hours of new work the partner would still accept, judged before this month's assignments. */
  public double freeHours() {
    return Math.max(0.0, lastCapacity * monthsOfWorkAccepted - queue.queuedHours(0));
  }

  /**
   * Takes this month's assignments and works the month. Orders it finishes may come a month late
   * (they complete next month) or fail (they go back to the signing side, listed as the month's
   * subcontracts); the partner earns its share of an order when it completes it.
   */
  public EntityMonth work(int month, List<Subcontract> assigned) {
    UniformRandomProvider rng = streams.stream(replication, spec.streamKey(), month, Purpose.PARTNER.key());
    lastCapacity = Math.max(0.0, capacity.draw(rng));
    for (Subcontract s : assigned) {
      Order order = s.order();
      queue.add(order, s, new double[] {s.hours()}, products.deliveryMonths(order.product()));
    }
    double[] used = new double[1];
    Ledger ledger = new Ledger();
    List<Completion> completions = new ArrayList<>();
    for (Completion c : late) {
      ledger.earn(Account.REVENUE, c.order().price() * c.partnerShare());
      completions.add(new Completion(c.order(), c.partner(), c.partnerShare(), c.healthDelta(), month, c.quality(), true));
    }
    late = new ArrayList<>();
    List<Subcontract> failed = new ArrayList<>();
    UniformRandomProvider reliability = lateRate.value() > 0 || failureRate.value() > 0 || lateRate.drawnEachUse()
        || failureRate.drawnEachUse()
        ? streams.stream(replication, spec.streamKey(), month, Purpose.PARTNER_RELIABILITY.key()) : null;
    queue.work(month, new double[] {lastCapacity}, used, (done, s, progress, finished) -> {
      if (finished) {
        if (reliability != null && reliability.nextDouble() < failureRate.draw(reliability)) {
          failed.add(s);
          return;
        }
        boolean isLate = reliability != null && reliability.nextDouble() < lateRate.draw(reliability);
        double sh = share.draw(rng);
        double q = quality.draw(rng);
        float health = (float) clientRules.healthEffectOfQuality(q);
        Completion c = new Completion(done, spec.index(), sh, health, month, q, false);
        if (isLate) {
          late.add(c);
        } else {
          ledger.earn(Account.REVENUE, done.price() * sh);
          completions.add(c);
        }
      }
    });
    return new EntityMonth(
        spec.index(), month, ledger, new chainsim.selling.RevenueCells(new int[0], new int[0], 0), completions, failed, List.of(), List.of(), List.of(), new int[0],
        new double[] {lastCapacity}, used, new double[0], queue.overdueHours(), EntityMonth.ServiceLevels.NONE,
        EntityMonth.Sales.NONE, 0.0, 0.0, freeHours());
  }
}

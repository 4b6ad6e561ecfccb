package chainsim.selling;

import chainsim.accounting.Account;
import chainsim.accounting.CashSchedule;
import chainsim.client.ClientRules;
import chainsim.market.Complaint;
import chainsim.market.HealthEffect;
import chainsim.market.Leak;
import chainsim.market.Order;
import chainsim.market.SalesEffort;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.scenario.Payment;
import chainsim.scenario.Policies;
import chainsim.world.EntitySpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A signing entity: it takes the orders its clients sign, delivers them itself or hands the
 * three-no ones to partners, bills them on the products' payment terms, answers complaints within
 * the service levels capacity allows, and plans next month's sales effort.
 *
 * <p>Subclasses supply how they deliver and what they cost; the month's order of business is
 * fixed here ({@link #operate}).
 */
public abstract class Seller {
  protected final EntitySpec spec;
  protected final ProductBook products;
  protected final ClientRules clientRules;
  protected final RandomStreams streams;
  protected final int replication;
  private final Policies.Complaints complaintPolicy;
  private final ComplaintDesk complaintDesk;
  private final Param acknowledgeHours;
  private final Param answerHours;
  private final Param breachPenalty;
  /** By severity class: answer work (serious), breach penalty (serious), follow-up health gains. */
  private final Param seriousAnswerHours;
  private final Param seriousBreachPenalty;
  private final Param resolvedGain;
  private final Param seriousResolvedGain;
  /** This month's complaint handling: hours per complaint and the health a breach costs. */
  private double monthAcknowledgeHours;
  private double monthAnswerHours;
  private float monthBreachPenalty;
  private final CashSchedule receivables;
  /**
   * On the orders taken and not yet finished or cancelled: the cash their clients paid upfront, and
   * the revenue booked on them so far. Their difference is deferred revenue: prepayments not yet
   * earned, less work done not yet billed.
   */
  private double openUpfront;
  private double openEarned;
  private final int[] segmentPositions;
  /** This month's best reachable partner quality by skill (empty when the "can't do well" rule is off). */
  private double[] partnerQuality = new double[0];
  private final UniformRandomProvider[] monthStreams = new UniformRandomProvider[Purpose.values().length];
  private int streamsMonth = -1;

  protected Seller(
      EntitySpec spec,
      ProductBook products,
      ClientRules clientRules,
      Policies.Complaints complaintPolicy,
      ParameterDraws draws,
      RandomStreams streams,
      int replication,
      int months) {
    this.spec = spec;
    Policies.SeriousComplaints serious = complaintPolicy.serious();
    this.complaintDesk = new ComplaintDesk(
        new double[] {complaintPolicy.acknowledgeWithinHours(), serious.acknowledgeWithinHours()},
        new double[] {complaintPolicy.answerWithinHours(), serious.answerWithinHours()},
        complaintPolicy.deskHoursPerDay());
    this.seriousAnswerHours = draws.param(serious.answerHours());
    this.seriousBreachPenalty = draws.param(serious.breachHealthPenalty());
    this.resolvedGain = draws.param(complaintPolicy.resolvedHealthGain());
    this.seriousResolvedGain = draws.param(serious.resolvedHealthGain());
    this.acknowledgeHours = draws.param(complaintPolicy.acknowledgeHours());
    this.answerHours = draws.param(complaintPolicy.answerHours());
    this.breachPenalty = draws.param(complaintPolicy.breachHealthPenalty());
    this.products = products;
    this.clientRules = clientRules;
    this.complaintPolicy = complaintPolicy;
    this.streams = streams;
    this.replication = replication;
    this.receivables = new CashSchedule(months + 40);
    int maxSegment = 0;
    for (int segment : spec.segments()) {
      maxSegment = Math.max(maxSegment, segment + 1);
    }
    this.segmentPositions = RevenueCells.positions(spec.segments(), maxSegment);
  }

  public EntitySpec spec() {
    return spec;
  }

  /** The month, in a fixed order of business. */
  public final EntityMonth operate(SellerInputs in) {
    MonthWork work = new MonthWork(in.month(), in.openedMonth(), spec.segments(), segmentPositions, products.size());
    UniformRandomProvider service = stream(in.month(), Purpose.SERVICE_MONTH);
    monthAcknowledgeHours = Math.max(0.0, acknowledgeHours.draw(service));
    monthAnswerHours = Math.max(0.0, answerHours.draw(service));
    monthBreachPenalty = (float) Math.max(0.0, breachPenalty.draw(service));
    double recallCost = clientRules.recallCost(service);
    partnerQuality = in.partnerQualityBySkill();
    for (Completion c : in.partnerCompletions()) {
      settlePartnerWork(c);
    }
    work.ledger.collect(receivables.take(in.month()));
    beginMonth(work);
    for (Subcontract s : in.returned()) {
      onReturned(s, work);
    }
    for (Order order : in.orders()) {
      take(order, work);
    }
    for (Leak l : in.leaked()) {
      onLeaked(l, work);
    }
    deliver(work);
    serveComplaints(in.complaints(), work);
    if (in.recalls() > 0) {
      work.ledger.spend(Account.RECALLS, in.recalls() * recallCost);
    }
    endMonth(work, in);
    List<SalesEffort> next = nextEfforts(work, in.winnableBySegment());
    return new EntityMonth(
        spec.index(), in.month(), work.ledger, work.revenue, List.of(), work.subcontracts, work.healthEffects,
        work.events, next, headcount(), capacityHoursBySkill(), usedHoursBySkill(), demandHoursBySkill(in.month()), backlogHours(),
        work.serviceLevels(), work.sales(), receivables.outstandingFrom(in.month() + 1), openUpfront - openEarned,
        0.0);
  }

  private void take(Order order, MonthWork work) {
    double upfront = order.price() * products.shares(order).upfront();
    work.ledger.collect(upfront);
    openUpfront += upfront;
    work.signedOrders++;
    work.signedRevenue += order.price();
    if (order.source() == Order.OUTBOUND || order.fromMarketingLine()) {
      work.newClients++;
      work.firstOrderRevenue += order.price();
    }
    place(order, work);
  }

  /**
   * Books in-house work on an order: revenue in proportion to the share of its hours done this
   * month (revenue over time, so a year-long contract earns monthly), with its direct costs.
   */
  protected final void recogniseProgress(Order order, double share, MonthWork work) {
    double revenue = order.price() * share;
    work.ledger.accrue(Account.REVENUE, revenue);
    openEarned += revenue;
    double direct = revenue * products.directCostRatio(order.product()).draw(stream(work.month, Purpose.DELIVERY));
    work.ledger.spend(Account.DIRECT_COSTS, direct);
    double other = costOfDelivery(order, revenue, work);
    work.revenue.add(order, revenue, revenue - direct - other);
  }

  /**
   * Brings this seller's own state up to an order a partner finished last month, which the head
   * office already booked into that month's books ({@link PartnerWork}): the upfront share is
   * settled and the receivable, if any, is due on the product's terms from the completion month.
   */
  private void settlePartnerWork(Completion c) {
    Order order = c.order();
    ProductBook.Shares shares = products.shares(order);
    openUpfront -= order.price() * shares.upfront();
    int months = products.payment(order.product()).receivableMonths();
    if (months > 0) {
      double receivable = order.price() * shares.receivable();
      receivables.add(c.month() + months, receivable - receivable * shares.badDebtRatio());
    }
  }

  /**
   * An order is delivered: the client pays what is due on completion, the rest becomes a
   * receivable (less what will never be collected), and the client's health moves with the
   * quality of the work.
   */
  protected final void finish(Order order, float healthDelta, MonthWork work) {
    Payment terms = products.payment(order.product());
    ProductBook.Shares shares = products.shares(order);
    double price = order.price();
    // finished: all its price earned, its upfront share settled
    openUpfront -= price * shares.upfront();
    openEarned -= price;
    work.ledger.collect(price * shares.onCompletion());
    double receivable = price * shares.receivable();
    double lost = receivable * shares.badDebtRatio();
    if (lost > 0) {
      work.ledger.accrue(Account.BAD_DEBT, lost);
      work.revenue.add(order, 0.0, -lost);
    }
    if (terms.receivableMonths() == 0) {
      work.ledger.collect(receivable - lost);
    } else {
      receivables.add(work.month + terms.receivableMonths(), receivable - lost);
    }
    if (healthDelta != 0f || price != 0.0) {
      // the order's whole price is now recognised revenue: it goes to the client's revenue to date
      work.healthEffects.add(new HealthEffect(order.segment(), order.firm(), healthDelta, (float) price));
    }
  }

  /** Cancels an order nobody can deliver: the client gets its prepayment back and is unhappy. */
  protected final void cancel(Order order, MonthWork work) {
    double upfront = order.price() * products.shares(order).upfront();
    work.ledger.disburse(upfront);
    // cancelled before any work: nothing earned, the upfront share paid back
    openUpfront -= upfront;
    work.cancelledOrders++;
    work.healthEffects.add(
        new HealthEffect(order.segment(), order.firm(), -monthBreachPenalty));
  }

  /**
   * Closes an order whose client left in delivery (its agent took it solo): the revenue earned on
   * it so far stays, nothing more is billed or collected. Prepayment beyond the work done goes
   * back with the client; work done beyond the prepayment is never paid (bad debt).
   */
  protected final void abandon(Order order, double earned, MonthWork work) {
    double upfront = order.price() * products.shares(order).upfront();
    openUpfront -= upfront;
    openEarned -= earned;
    if (upfront > earned) {
      work.ledger.disburse(upfront - earned);
    } else if (earned > upfront) {
      work.ledger.accrue(Account.BAD_DEBT, earned - upfront);
      work.revenue.add(order, 0.0, -(earned - upfront));
    }
  }

  /**
   * The complaint desk's month (002: acknowledge within 24 h, answer general complaints within
   * 48 h, serious ones within their own levels): complaints arrive at random hours of the month and
   * are worked by the handlers within the complaint hours. A client whose complaint breaches a
   * level loses health (more for a serious one); the satisfaction follow-up after an answer within
   * both levels finds the client satisfied, and its health rises.
   */
  private void serveComplaints(List<Complaint> complaints, MonthWork work) {
    if (complaints.isEmpty() && complaintDesk.stillOpen() == 0) {
      return;
    }
    UniformRandomProvider rng = stream(work.month, Purpose.COMPLAINTS);
    double[] arrival = new double[complaints.size()];
    for (int i = 0; i < arrival.length; i++) {
      arrival[i] = rng.nextDouble() * ComplaintDesk.MONTH_HOURS;
    }
    // the serious class's numbers continue the month's service stream (after the general ones)
    UniformRandomProvider service = stream(work.month, Purpose.SERVICE_MONTH);
    double seriousAnswer = Math.max(0.0, seriousAnswerHours.draw(service));
    float[] penalty = {monthBreachPenalty, (float) Math.max(0.0, seriousBreachPenalty.draw(service))};
    float[] gain = {(float) Math.max(0.0, resolvedGain.draw(service)),
        (float) Math.max(0.0, seriousResolvedGain.draw(service))};
    ComplaintDesk.MonthResult month = complaintDesk.month(work.month, complaints, arrival, complaintHandlers(),
        complaintHours(), monthAcknowledgeHours, new double[] {monthAnswerHours, seriousAnswer});
    work.complaints += month.complaints();
    work.acknowledgeBreaches += month.acknowledgeBreaches();
    work.answerBreaches += month.answerBreaches();
    work.openComplaints = month.stillOpen();
    work.seriousComplaints += month.seriousComplaints();
    work.seriousBreaches += month.seriousBreaches();
    work.resolvedInTime += month.resolvedInTime().size();
    for (Complaint c : month.firstBreaches()) {
      work.healthEffects.add(new HealthEffect(c.segment(), c.firm(), -penalty[c.severity()]));
    }
    for (Complaint c : month.resolvedInTime()) {
      if (gain[c.severity()] != 0f) {
        work.healthEffects.add(new HealthEffect(c.segment(), c.firm(), gain[c.severity()]));
      }
    }
  }

  /**
   * Spreads next month's effort over the seller's segments in proportion to the firms that may
   * still be won there, in whole contacts and leads (largest remainders, ties by segment order).
   */
  protected final List<SalesEffort> spread(
      int contacts, double conversion, int[] leadsByLine, double[] lineConversion, int[] winnableBySegment) {
    int[] segments = spec.segments();
    List<SalesEffort> efforts = new ArrayList<>(segments.length);
    double[] weights = new double[segments.length];
    for (int i = 0; i < segments.length; i++) {
      weights[i] = winnableBySegment[segments[i]];
    }
    int[] contactShare = Apportion.byLargestRemainder(contacts, weights);
    int[][] leadShare = new int[leadsByLine.length][];
    for (int line = 0; line < leadsByLine.length; line++) {
      leadShare[line] = Apportion.byLargestRemainder(leadsByLine[line], weights);
    }
    for (int i = 0; i < segments.length; i++) {
      int[] leads = new int[leadsByLine.length];
      for (int line = 0; line < leads.length; line++) {
        leads[line] = leadShare[line][i];
      }
      efforts.add(new SalesEffort(spec.index(), segments[i], contactShare[i], conversion, leads, lineConversion));
    }
    return efforts;
  }

  /**
   * Next month's effort of a seller without marketing lines: a number of outbound contacts at a
   * conversion rate, both possibly drawn afresh each month.
   */
  protected final List<SalesEffort> outboundEffort(
      chainsim.random.Param contacts, chainsim.random.Param conversion, MonthWork work, int[] winnableBySegment) {
    UniformRandomProvider rng = stream(work.month, Purpose.EFFORT);
    int outbound = stochasticRound(Math.max(0, contacts.draw(rng)), rng);
    double rate = Math.min(1.0, Math.max(0.0, conversion.draw(rng)));
    return spread(outbound, rate, new int[0], new double[0], winnableBySegment);
  }

  /** A whole number from a real one, rounding up with the chance of its fractional part. */
  protected static int stochasticRound(double x, UniformRandomProvider rng) {
    double floor = Math.floor(x);
    return (int) floor + (rng.nextDouble() < x - floor ? 1 : 0);
  }

  /**
   * This entity's stream of a purpose in a month. The same provider is returned for every call in
   * the month, so draws for one purpose continue one sequence instead of restarting it.
   */
  protected final UniformRandomProvider stream(int month, Purpose purpose) {
    if (month != streamsMonth) {
      java.util.Arrays.fill(monthStreams, null);
      streamsMonth = month;
    }
    UniformRandomProvider rng = monthStreams[purpose.ordinal()];
    if (rng == null) {
      rng = streams.stream(replication, spec.streamKey(), month, purpose.key());
      monthStreams[purpose.ordinal()] = rng;
    }
    return rng;
  }

  /**
   * The best observed delivery quality of an open partner that reaches this seller's region and
   * has the skill, this month; -1 where none does or the "can't do well" rule is off.
   */
  protected final double bestPartnerQuality(int skill) {
    return skill < partnerQuality.length ? partnerQuality[skill] : -1.0;
  }

  /** The health change a delivery of a quality makes. */
  protected final float healthDeltaOf(double quality) {
    return (float) clientRules.healthEffectOfQuality(quality);
  }

  // ---- what subclasses decide ----

  /** Start of month: new hires start, fixed costs, the opening itself. */
  protected abstract void beginMonth(MonthWork work);

  /** A new order: deliver it in-house, or subcontract it (three-no). */
  protected abstract void place(Order order, MonthWork work);

  /** A subcontract no partner could take. By default the order is cancelled. */
  protected void onReturned(Subcontract s, MonthWork work) {
    cancel(s.order(), work);
  }

  /** A client its agent took solo this month (agents only): by default nothing is in its name. */
  protected void onLeaked(Leak leak, MonthWork work) {}

  /**
   * In-house delivery of the month: progress goes through {@link #recogniseProgress}, finished
   * orders through {@link #finish}.
   */
  protected abstract void deliver(MonthWork work);

  /**
   * Variable cost besides direct costs on revenue recognised in-house (e.g. an agent's
   * commission); books it and returns it.
   */
  protected double costOfDelivery(Order order, double revenue, MonthWork work) {
    return 0.0;
  }

  /** Staff hours available for complaints this month. */
  protected abstract double complaintHours();

  /** People handling complaints in parallel this month. */
  protected int complaintHandlers() {
    return 1;
  }

  /** End of month: pay, attrition, hiring, policies. */
  protected abstract void endMonth(MonthWork work, SellerInputs in);

  /** Sales effort for next month. */
  protected abstract List<SalesEffort> nextEfforts(MonthWork work, int[] winnableBySegment);

  protected int[] headcount() {
    return new int[0];
  }

  protected double[] capacityHoursBySkill() {
    return new double[products.skills()];
  }

  protected double[] usedHoursBySkill() {
    return new double[products.skills()];
  }

  /** Delivery hours the month's clients asked of each skill (the staffing planner's demand). */
  protected double[] demandHoursBySkill(int month) {
    return new double[products.skills()];
  }

  protected double backlogHours() {
    return 0.0;
  }

  /** What the seller will collect, by due month (a restart overlays the observed receivables on it). */
  public CashSchedule receivables() {
    return receivables;
  }
}

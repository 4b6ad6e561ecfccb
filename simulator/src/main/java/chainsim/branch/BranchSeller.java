package chainsim.branch;

import chainsim.accounting.Account;
import chainsim.client.ClientRules;
import chainsim.market.Order;
import chainsim.market.SalesEffort;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.scenario.BranchTemplate;
import chainsim.scenario.HeadcountTarget;
import chainsim.scenario.Policies;
import chainsim.scenario.Region;
import chainsim.scenario.Role;
import chainsim.selling.MonthWork;
import chainsim.selling.ProductBook;
import chainsim.selling.Seller;
import chainsim.selling.SellerInputs;
import chainsim.selling.Subcontract;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A direct-sales branch, or the local firm behind an equity channel (same operations, an
 * experienced team, no opening costs). Delivers in-house what it can and should, and hands the
 * three-no orders to partners.
 */
public final class BranchSeller extends Seller {
  private final boolean experiencedTeam;
  private final Workforce staff;
  private final StaffingPolicy staffing;
  private final PayPolicy pay;
  private final MarketingPlan marketing;
  private final DeliveryQueue<Void> queue;
  private final Workload workload;
  private final Policies.Subcontract threeNo;
  private final double complaintShare;
  private final Param contacts;
  private final Param conversion;
  private final Param serviceHours;
  private final Param quality;
  private final Param rent;
  private final Param otherFixed;
  private final Param setupCost;
  private final int seats;
  private final double[] hourlyCostBySkill;
  private final double[] capacity;
  private final double[] used;
  private final int roles;
  private final int skills;
  /** Emergency pool hours a month (0 when the scenario does not use the pool) and their cost per hour. */
  private final double poolHours;
  private final double poolCostPerHour;
  private double complaintHours;

  public BranchSeller(
      EntitySpec spec,
      World world,
      BranchTemplate template,
      boolean experiencedTeam,
      List<HeadcountTarget> plan,
      List<HeadcountTarget> transfersOut,
      ParameterDraws draws,
      ProductBook products,
      ClientRules clientRules,
      RandomStreams streams,
      int replication) {
    super(spec, products, clientRules, world.scenario().policies().complaints(), draws, streams, replication,
        world.months());
    Region region = world.regions().get(spec.region());
    double wageIndex = draws.value(region.wageIndex());
    this.experiencedTeam = experiencedTeam;
    this.roles = world.roles().size();
    this.skills = world.skills().size();
    this.staff = new Workforce(template.rampUpMonths(), template.hiringLagMonths(), world.months());
    StaffingTargets targets = new StaffingTargets(template, plan, transfersOut);
    List<String[]> lineKeys = targets.lines();
    for (String[] key : lineKeys) {
      Role role = world.scenario().role(key[0]).orElseThrow();
      Param base = draws.param(template.basePay().get(key[0]));
      staff.addLine(
          world.roleIndex(key[0]), role.kind() == Role.Kind.SALES, role.kind() == Role.Kind.SERVICE,
          key[1] == null ? -1 : world.skillIndex(key[1]), base.value() * wageIndex);
    }
    this.staffing =
        new StaffingPolicy(
            staff, targets, lineKeys.toArray(new String[0][]), template.hiring(), template.seats(),
            draws.param(template.attritionMonthly()), draws.param(template.hiringCostPerHire()),
            world.scenario().planning().staffing().releaseCostMonths());
    this.pay =
        new PayPolicy(
            template.commission(),
            template.commission().tiers().stream().mapToDouble(t -> draws.value(t.rate())).toArray(),
            draws.value(template.performancePayRatio()),
            template.productivity().salesTargetPerConsultantMonth());
    this.marketing =
        new MarketingPlan(
            template.marketing(), draws, world.scenario().policies().spendPause(), spec.id());
    this.queue = new DeliveryQueue<>(skills);
    this.workload = new Workload(skills, world.months());
    this.threeNo = world.scenario().policies().subcontract();
    this.complaintShare = world.scenario().policies().complaints().capacityShare();
    this.contacts = draws.param(template.productivity().contactsPerConsultantMonth());
    this.conversion = draws.param(template.productivity().conversionRate());
    this.serviceHours = draws.param(template.productivity().serviceHoursPerMonth());
    this.quality = draws.param(template.productivity().quality());
    this.rent = draws.param(region.rentPerSeatMonth());
    this.otherFixed = draws.param(template.otherFixedPerMonth());
    this.setupCost = draws.param(template.setupCost());
    this.seats = template.seats();
    this.hourlyCostBySkill = hourlyCosts(template, targets, lineKeys, spec.openingMonth(), draws, wageIndex, world);
    this.capacity = new double[skills];
    this.used = new double[skills];
    var pool = world.scenario().planning().staffing();
    this.poolHours = threeNo.emergencyPool() ? pool.poolHoursPerMonth() : 0.0;
    this.poolCostPerHour = pool.poolCostPerHour();
  }

  /**
   * Cost of an hour of each skill: the base pay over billable hours of the service staff who deliver
   * that skill, averaged over its staff lines weighted by their headcount at opening (each line has
   * its role's pay). A skill nobody in the branch delivers is costed at the dearest service role.
   */
  private double[] hourlyCosts(BranchTemplate template, StaffingTargets targets, List<String[]> lineKeys,
      int openingMonth, ParameterDraws draws, double wageIndex, World world) {
    double[] cost = new double[skills];
    double hours = Math.max(1.0, serviceHours.value());
    double dearest = 0;
    for (Role role : world.roles()) {
      if (role.kind() == Role.Kind.SERVICE && template.basePay().containsKey(role.id())) {
        dearest = Math.max(dearest, draws.value(template.basePay().get(role.id())) * wageIndex / hours);
      }
    }
    double[] paySum = new double[skills];
    double[] people = new double[skills];
    double[] unweighted = new double[skills];
    int[] lines = new int[skills];
    for (String[] key : lineKeys) {
      Role role = world.scenario().role(key[0]).orElseThrow();
      if (role.kind() != Role.Kind.SERVICE || key[1] == null || !template.basePay().containsKey(key[0])) {
        continue;
      }
      int s = world.skillIndex(key[1]);
      double perHour = draws.value(template.basePay().get(key[0])) * wageIndex / hours;
      int n = Math.max(0, targets.target(key[0], key[1], openingMonth));
      paySum[s] += n * perHour;
      people[s] += n;
      unweighted[s] += perHour;
      lines[s]++;
    }
    for (int s = 0; s < skills; s++) {
      cost[s] = people[s] > 0 ? paySum[s] / people[s] : lines[s] > 0 ? unweighted[s] / lines[s] : dearest;
    }
    return cost;
  }

  @Override
  protected void beginMonth(MonthWork work) {
    UniformRandomProvider rng = stream(work.month, Purpose.WORKFORCE);
    // the month it really opens, which a gate may have put after the planned month
    if (work.month == work.openedMonth) {
      if (!experiencedTeam) {
        work.ledger.spend(Account.SETUP, setupCost.draw(rng));
      }
      staffing.open(work, experiencedTeam, rng);
    } else {
      staff.arrive(work.month);
    }
    staffing.receiveTransfers(work.month);
    double hoursPerConsultant = serviceHours.draw(rng);
    complaintHours = 0;
    for (int s = 0; s < skills; s++) {
      double hours = staff.serviceCapacity(s) * hoursPerConsultant;
      capacity[s] = hours * (1.0 - complaintShare);
      complaintHours += hours * complaintShare;
      used[s] = 0;
    }
    work.ledger.spend(Account.RENT, seats * rent.draw(rng));
    work.ledger.spend(Account.OTHER_FIXED, otherFixed.draw(rng));
    work.acquisitionCost += marketing.spend(work);
  }

  /**
   * The three-no rule: won't (margin too low), can't do well (a reachable partner's observed quality
   * is above the branch's by more than {@code policies.subcontract.quality_below_partner_by} in a
   * skill the order needs), can't (no skill) or can't now (over capacity).
   */
  @Override
  protected void place(Order order, MonthWork work) {
    int product = order.product();
    double[] hours = products.hoursOfOrder(product, stream(work.month, Purpose.ORDER_EFFORT));
    double ownMargin = ownMarginRatio(order);
    marketing.credit(order, order.price() * ownMargin);
    Subcontract.Reason reason = null;
    if (threeNo.noSkill() && !hasEverySkill(product, work.month)) {
      reason = Subcontract.Reason.NO_SKILL;
    } else if (threeNo.marginBelow() != null && ownMargin < threeNo.marginBelow()) {
      reason = Subcontract.Reason.LOW_MARGIN;
    } else if (threeNo.qualityBelowPartnerBy() != null && partnerDoesBetter(product)) {
      reason = Subcontract.Reason.QUALITY;
    } else if (threeNo.overCapacity() && wouldOverrun(hours, products.deliveryMonths(product))) {
      reason = Subcontract.Reason.OVER_CAPACITY;
    }
    if (reason == null || reason == Subcontract.Reason.OVER_CAPACITY) {
      workload.add(work.month, hours, products.deliveryMonths(product));
    }
    if (reason == null) {
      queue.add(order, hours, products.deliveryMonths(product));
    } else {
      work.subcontracts.add(new Subcontract(order, reason, hours, products.skillMask(product)));
    }
  }

  /** Gross margin share of delivering an order in-house: price less direct costs and labour. */
  private double ownMarginRatio(Order order) {
    double[] hours = products.hoursBySkill(order.product());
    double labour = 0;
    for (int s = 0; s < skills; s++) {
      labour += hours[s] * hourlyCostBySkill[s];
    }
    double direct = products.directCostRatio(order.product()).value();
    return order.price() <= 0 ? -1.0 : 1.0 - direct - labour / order.price();
  }

  /**
   * Can't do well: in some skill the order needs, the best reachable partner's observed quality is
   * above the branch's delivery quality (one quality for all its skills) by more than the margin.
   */
  private boolean partnerDoesBetter(int product) {
    double[] hours = products.hoursBySkill(product);
    double own = quality.value();
    for (int s = 0; s < skills; s++) {
      double partner = bestPartnerQuality(s);
      if (hours[s] > 0 && partner >= 0 && own < partner - threeNo.qualityBelowPartnerBy()) {
        return true;
      }
    }
    return false;
  }

  private boolean hasEverySkill(int product, int month) {
    double[] hours = products.hoursBySkill(product);
    for (int s = 0; s < skills; s++) {
      if (hours[s] > 0 && staff.serviceCommitted(s, month) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Would an order of these hours miss its delivery months behind the work already queued? With the
   * emergency pool, only if the work beyond the branch's own capacity, over all skills, would not
   * fit the pool's hours in those months.
   */
  private boolean wouldOverrun(double[] hours, int months) {
    boolean over = false;
    double excess = 0;
    for (int s = 0; s < skills; s++) {
      double beyond = queue.queuedHours(s) + hours[s] - capacity[s] * months;
      if (hours[s] > 0 && beyond > 0) {
        over = true;
      }
      excess += Math.max(0.0, beyond);
    }
    return over && (poolHours <= 0 || excess > poolHours * months);
  }

  @Override
  protected void onReturned(Subcontract s, MonthWork work) {
    int product = s.order().product();
    if (hasEverySkill(product, work.month)) {
      if (s.reason() != Subcontract.Reason.OVER_CAPACITY) {
        // turned away for another reason, so not yet counted as demand: it is now
        workload.add(work.month, s.hoursBySkill(), products.deliveryMonths(product));
      }
      queue.add(s.order(), s.hoursBySkill(), products.deliveryMonths(product));
    } else {
      cancel(s.order(), work);
    }
  }

  /**
   * The month's in-house delivery. With the emergency pool, the pool's hours go to the skills whose
   * queued work exceeds the branch's capacity (in skill order, up to that excess); the hours worked
   * beyond the branch's own capacity are the pool's, paid by the hour and not counted as the
   * branch's used hours.
   */
  @Override
  protected void deliver(MonthWork work) {
    UniformRandomProvider rng = stream(work.month, Purpose.DELIVERY);
    double[] hours = capacity;
    if (poolHours > 0) {
      hours = capacity.clone();
      double pool = poolHours;
      for (int s = 0; s < skills && pool > 0; s++) {
        double extra = Math.min(pool, Math.max(0.0, queue.queuedHours(s) - capacity[s]));
        hours[s] += extra;
        pool -= extra;
      }
    }
    queue.work(work.month, hours, used, (order, share, finished) -> {
      recogniseProgress(order, share, work);
      if (finished) {
        finish(order, healthDeltaOf(quality.draw(rng)), work);
      }
    });
    if (poolHours > 0) {
      double fromPool = 0;
      for (int s = 0; s < skills; s++) {
        double over = Math.max(0.0, used[s] - capacity[s]);
        fromPool += over;
        used[s] -= over;
      }
      if (fromPool > 0) {
        work.ledger.spend(Account.EMERGENCY_POOL, fromPool * poolCostPerHour);
      }
    }
  }

  @Override
  protected double complaintHours() {
    return complaintHours;
  }

  /** The service consultants on board share complaint duty. */
  @Override
  protected int complaintHandlers() {
    int people = 0;
    for (int line = 0; line < staff.lineCount(); line++) {
      if (staff.delivers(line)) {
        people += staff.headcount(line);
      }
    }
    return people;
  }

  @Override
  protected void endMonth(MonthWork work, SellerInputs in) {
    work.acquisitionCost += pay.pay(staff, work.signedRevenue(), work.firstOrderRevenue(), work.ledger);
    work.acquisitionCommission += pay.acquisitionCommission();
    work.deliveryLabour += deliveryLabour();
    double[] utilisation = new double[skills];
    for (int s = 0; s < skills; s++) {
      utilisation[s] = capacity[s] > 0 ? used[s] / capacity[s] : 0.0;
    }
    staffing.endMonth(work, utilisation, stream(work.month, Purpose.ATTRITION));
    marketing.review(work);
    marketing.plan(stream(work.month, Purpose.MARKETING));
  }

  /**
   * The pay (base and performance) of the service consultants of each skill, in the share of their
   * hours the month's delivery used: what serving clients in-house cost, as partner fees and agent
   * commission are what serving them through others costs. Idle and complaint hours stay fixed cost.
   */
  private double deliveryLabour() {
    double labour = 0;
    for (int line = 0; line < staff.lineCount(); line++) {
      int s = staff.skill(line);
      if (!staff.delivers(line) || s < 0 || s >= skills || capacity[s] <= 0) {
        continue;
      }
      double available = capacity[s] / (1.0 - complaintShare);
      double linePay = staff.basePay(line) * staff.headcount(line) * (1.0 + pay.performanceShare());
      labour += linePay * Math.min(1.0, used[s] / available);
    }
    return labour;
  }

  @Override
  protected List<SalesEffort> nextEfforts(MonthWork work, int[] winnableBySegment) {
    UniformRandomProvider rng = stream(work.month, Purpose.EFFORT);
    int outbound = stochasticRound(staff.salesCapacity() * Math.max(0, contacts.draw(rng)), rng);
    double rate = Math.min(1.0, Math.max(0.0, conversion.draw(rng)));
    return spread(outbound, rate, marketing.plannedLeads(), marketing.conversion(rate, rng), winnableBySegment);
  }

  @Override
  protected int[] headcount() {
    int[] counts = new int[roles * (skills + 1)];
    for (int line = 0; line < staff.lineCount(); line++) {
      counts[staff.role(line) * (skills + 1) + staff.skill(line) + 1] += staff.headcount(line);
    }
    return counts;
  }

  @Override
  protected double[] capacityHoursBySkill() {
    return capacity.clone();
  }

  @Override
  protected double[] usedHoursBySkill() {
    return used.clone();
  }

  @Override
  protected double[] demandHoursBySkill(int month) {
    return workload.of(month);
  }

  @Override
  protected double backlogHours() {
    return queue.overdueHours();
  }

  /** The commission rate that will apply next month (for tests of the variable commission). */
  public double commissionRate() {
    return pay.currentRate();
  }

  public Workforce staff() {
    return staff;
  }
}

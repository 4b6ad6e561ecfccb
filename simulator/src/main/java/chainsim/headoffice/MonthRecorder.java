package chainsim.headoffice;

import chainsim.accounting.Account;
import chainsim.client.ClientTier;
import chainsim.market.OwnerCount;
import chainsim.market.SegmentMonth;
import chainsim.metrics.MetricLayout;
import chainsim.scenario.Mode;
import chainsim.selling.RevenueCells;
import chainsim.selling.EntityMonth;
import chainsim.selling.Subcontract;
import chainsim.world.EntitySpec;
import chainsim.world.SegmentSpec;
import chainsim.world.World;

/**
 * Writes a month into the replication's series. Revenue and margin by product, channel, region
 * and industry count every signing entity's delivered orders (equity channels' local firms
 * included: the platform's volume); the company's books count what the company owns.
 */
final class MonthRecorder {
  private final World world;
  private final MetricLayout layout;
  private final SeriesIndex index;
  private final double[][] series;
  private final ClientOutcomeTrack outcomes;

  MonthRecorder(World world, RecordingPlan plan) {
    this.world = world;
    this.layout = plan.layout();
    this.index = plan.index();
    this.series = new double[layout.size()][world.months()];
    this.outcomes = new ClientOutcomeTrack(world.entities().size(), world.scenario().clients().milestones().size(),
        world.scenario().clients().signingWindowMonths());
  }

  /** Repeat and depth signing, milestone ratios and the churn early warning so far. */
  ClientOutcomeTrack clientOutcomes() {
    return outcomes;
  }

  private void add(int series, int month, double value) {
    this.series[series][month - 1] += value;
  }

  double[][] series() {
    return series;
  }

  /** One series by name, the live array (month m at m - 1): a restart overwrites its past months. */
  double[] row(String name) {
    return series[layout.index(name)];
  }

  private void put(String name, int month, double value) {
    series[layout.index(name)][month - 1] = value;
  }

  private void add(String name, int month, double value) {
    series[layout.index(name)][month - 1] += value;
  }

  void record(MonthFacts f) {
    int m = f.month();
    put("cash.balance", m, f.cash());
    put("cash.net_flow", m, f.company().netCashFlow());
    put("cash.in", m, f.company().cashIn());
    put("cash.out", m, f.company().cashOut());
    put("company.revenue", m, f.company().amount(Account.REVENUE));
    put("company.contribution", m, f.company().contribution());
    put("company.profit", m, f.company().profit());
    put("company.equity_income", m, f.equityIncome());
    put("company.platform_fees", m, f.company().amount(Account.PLATFORM_FEES));
    put("company.dividends", m, f.company().amount(Account.DIVIDENDS));
    for (Account a : Account.values()) {
      if (a.isCost()) {
        series[index.costByAccount[a.ordinal()]][m - 1] = f.company().amount(a);
      }
    }
    put("cash.investment.equity", m, f.equityInvestment());
    recordSellers(f);
    recordClients(f);
    recordClientOutcomes(f);
    recordPartners(f);
    recordEntities(f);
  }

  private void recordSellers(MonthFacts f) {
    int m = f.month();
    CompanySellers company = new CompanySellers(world.skills().size());
    for (EntityMonth e : f.sellers()) {
      Mode mode = world.entities().get(e.entity()).mode();
      recordRevenueCells(e, mode, m);
      recordOrdersAndService(e, m);
      if (mode == Mode.EQUITY) {
        add("headcount.equity_channels", m, sum(e.headcount()));
        continue;
      }
      company.add(e);
      if (mode == Mode.DIRECT) {
        recordHeadcount(m, e.headcount());
        add("ops.backlog_hours", m, e.backlogHours());
        company.addHours(e);
      }
    }
    recordCompanySellers(company, m);
  }

  /**
   * A seller's revenue and margin by product, channel, region and industry; an equity channel's
   * local firm's go to the equity series: the channel's gross, not the company's revenue.
   */
  private void recordRevenueCells(EntityMonth e, Mode mode, int m) {
    int channel = mode.ordinal();
    RevenueCells cells = e.revenue();
    for (int cell = 0; cell < cells.cells(); cell++) {
      double revenue = cells.revenue(cell);
      double margin = cells.contribution(cell);
      if (revenue == 0 && margin == 0) {
        continue;
      }
      SegmentSpec seg = world.segments().get(cells.segment(cell));
      int product = cells.product(cell);
      if (mode == Mode.EQUITY) {
        add(index.equityRevenue, m, revenue);
        add(index.equityMargin, m, margin);
        add(index.equityRevenueByProduct[product], m, revenue);
        add(index.equityRevenueByRegion[seg.region()], m, revenue);
        add(index.equityRevenueByIndustry[seg.industry()], m, revenue);
        continue;
      }
      add(index.revenueTotal, m, revenue);
      add(index.marginTotal, m, margin);
      add(index.revenueByProduct[product], m, revenue);
      add(index.marginByProduct[product], m, margin);
      add(index.revenueByChannel[channel], m, revenue);
      add(index.marginByChannel[channel], m, margin);
      add(index.revenueByRegion[seg.region()], m, revenue);
      add(index.marginByRegion[seg.region()], m, margin);
      add(index.revenueByIndustry[seg.industry()], m, revenue);
      add(index.marginByIndustry[seg.industry()], m, margin);
    }
  }

  /** A seller's orders signed and subcontracted, and its complaint service levels. */
  private void recordOrdersAndService(EntityMonth e, int m) {
    add("ops.orders_signed", m, e.sales().signedOrders());
    add("ops.revenue_signed", m, e.sales().signedRevenue());
    for (Subcontract s : e.subcontracts()) {
      add("ops.subcontracted_orders", m, 1);
      add("ops.subcontracted_revenue", m, s.order().price());
      add(index.subcontractedByReason[s.reason().ordinal()], m, 1);
    }
    add("ops.cancelled_orders", m, e.service().cancelledOrders());
    add("sla.complaints", m, e.service().complaints());
    add("sla.acknowledge_breaches", m, e.service().acknowledgeBreaches());
    add("sla.answer_breaches", m, e.service().answerBreaches());
    add("sla.open_complaints", m, e.service().openComplaints());
    add("sla.serious_complaints", m, e.service().seriousComplaints());
    add("sla.serious_breaches", m, e.service().seriousBreaches());
    add("sla.resolved_in_time", m, e.service().resolvedInTime());
  }

  /** Utilisation by skill of the direct branches, and the company's receivables, deferred revenue and acquisition. */
  private void recordCompanySellers(CompanySellers company, int m) {
    for (int s = 0; s < company.used.length; s++) {
      series[index.utilisationBySkill[s]][m - 1] = (company.capacity[s] > 0 ? company.used[s] / company.capacity[s] : 0);
    }
    put("company.receivables", m, company.receivables);
    put("company.deferred_revenue", m, company.deferred);
    put("acquisition.cost", m, company.acquisition);
    put("acquisition.new_clients", m, company.newClients);
    // no client won: what the month's acquisition spend bought is undefined, not free
    put("acquisition.cac", m, company.newClients > 0 ? company.acquisition / company.newClients : Double.NaN);
  }

  /** The month's sums over the company's own sellers (equity channels' local firms are not the company's). */
  private static final class CompanySellers {
    final double[] used;
    final double[] capacity;
    double acquisition;
    int newClients;
    double receivables;
    double deferred;

    CompanySellers(int skills) {
      used = new double[skills];
      capacity = new double[skills];
    }

    void add(EntityMonth e) {
      receivables += e.receivablesOutstanding();
      deferred += e.deferredRevenue();
      acquisition += e.sales().acquisitionCost();
      newClients += e.sales().newClients();
    }

    /** A direct branch's hours used and available by skill. */
    void addHours(EntityMonth e) {
      for (int s = 0; s < used.length; s++) {
        used[s] += e.usedHoursBySkill()[s];
        capacity[s] += e.capacityHoursBySkill()[s];
      }
    }
  }

  /**
   * LTV as the client histories to date estimate it, and its ratio to CAC to date (cumulative
   * acquisition cost over clients won so far); NaN while either is undefined.
   */
  void recordLifetimeValue(int m, double ltv, double cacToDate) {
    put("acquisition.ltv", m, ltv);
    put("acquisition.ltv_cac", m, Double.isNaN(ltv) || Double.isNaN(cacToDate) || cacToDate <= 0
        ? Double.NaN : ltv / cacToDate);
  }

  private void recordHeadcount(int m, int[] headcount) {
    int skills = world.skills().size();
    for (int r = 0; r < world.roles().size(); r++) {
      for (int s = -1; s < skills; s++) {
        int n = headcount[r * (skills + 1) + s + 1];
        if (n == 0) {
          continue;
        }
        add(index.headcountByRole[r], m, n);
        add("headcount.total", m, n);
        if (index.headcountByRoleSkill[r][s + 1] >= 0) {
          add(index.headcountByRoleSkill[r][s + 1], m, n);
        }
      }
    }
  }

  private void recordClients(MonthFacts f) {
    int m = f.month();
    for (SegmentMonth s : f.segments()) {
      int active = 0;
      int won = 0;
      int churned = 0;
      int leaked = 0;
      int recalls = 0;
      for (OwnerCount c : s.owners()) {
        active += c.active();
        add(index.activeByChannel[world.entities().get(c.entity()).mode().ordinal()], m, c.active());
        won += c.won();
        churned += c.churned();
        leaked += c.leaked();
        recalls += c.recalls();
      }
      add("clients.active", m, active);
      add("clients.new", m, won);
      add("clients.churned", m, churned);
      add("clients.leaked", m, leaked);
      add("clients.recalls", m, recalls);
      for (ClientTier t : ClientTier.values()) {
        add(index.tiers[t.ordinal()], m, s.clientsByTier()[t.ordinal()]);
      }
      for (int k = 0; k < s.milestonesReached().length; k++) {
        add(index.milestones[k], m, s.milestonesReached()[k]);
      }
    }
    if (m > 1) {
      // milestones are cumulative: reached so far
      for (int k : index.milestones) {
        add(k, m, series[k][m - 2]);
      }
    }
  }

  private void recordClientOutcomes(MonthFacts f) {
    int m = f.month();
    outcomes.month(m, f.segments());
    put("clients.signing_windows_closed", m, outcomes.monthClosed);
    put("clients.repeat_signed", m, outcomes.monthRepeat);
    put("clients.depth_signed", m, outcomes.monthDepth);
    put("clients.repeat_signing_rate", m, outcomes.chainRepeatRate());
    put("clients.depth_signing_rate", m, outcomes.chainDepthRate());
    for (int k = 0; k < index.milestoneRatios.length; k++) {
      series[index.milestoneRatios[k]][m - 1] = outcomes.milestoneRatio(k);
    }
    put("warnings.raised", m, outcomes.monthWarnings);
    put("warnings.false", m, outcomes.monthFalse);
    put("warnings.churners", m, outcomes.monthChurners);
    put("warnings.churners_warned", m, outcomes.monthWarned);
    put("warnings.churners_warned_in_time", m, outcomes.monthInTime);
    put("warnings.lead_months", m, outcomes.monthLead);
    for (EntitySpec e : world.entities()) {
      int[] rates = index.entitySigningRates[e.index()];
      if (rates != null) {
        series[rates[0]][m - 1] = outcomes.repeatRate(e.index());
        series[rates[1]][m - 1] = outcomes.depthRate(e.index());
      }
    }
  }

  private void recordPartners(MonthFacts f) {
    int m = f.month();
    double used = 0;
    double capacity = 0;
    for (EntityMonth p : f.partners()) {
      used += p.usedHoursBySkill()[0];
      capacity += p.capacityHoursBySkill()[0];
      add("ops.backlog_hours", m, p.backlogHours());
    }
    put("ops.partner_utilisation", m, capacity > 0 ? used / capacity : 0);
  }

  private void recordEntities(MonthFacts f) {
    int m = f.month();
    int[] active = new int[world.entities().size()];
    int[] won = new int[active.length];
    int[] lost = new int[active.length];
    for (SegmentMonth s : f.segments()) {
      for (OwnerCount c : s.owners()) {
        active[c.entity()] += c.active();
        won[c.entity()] += c.won();
        lost[c.entity()] += c.churned() + c.leaked();
      }
    }
    for (EntityMonth p : f.partners()) {
      int id = p.entity();
      double capacity = p.capacityHoursBySkill()[0];
      putEntity(id, "utilisation", m, capacity > 0 ? p.usedHoursBySkill()[0] / capacity : 0);
      putEntity(id, "revenue", m, p.ledger().amount(Account.REVENUE));
    }
    for (EntityMonth e : f.sellers()) {
      int id = e.entity();
      double fee = f.platformFeeByEntity()[e.entity()];
      putEntity(id, "revenue", m, e.ledger().amount(Account.REVENUE));
      putEntity(id, "contribution", m, e.ledger().contribution());
      putEntity(id, "profit", m, e.ledger().profit() - fee);
      putEntity(id, "operating_cash_flow", m, e.ledger().netCashFlow() - fee);
      putEntity(id, "headcount", m, sum(e.headcount()));
      putEntity(id, "signed_revenue", m, e.sales().signedRevenue());
      putEntity(id, "subcontracted_orders", m, e.subcontracts().size());
      int[] costs = index.entityCost[id];
      for (Account a : Account.values()) {
        if (costs[a.ordinal()] >= 0) {
          series[costs[a.ordinal()]][m - 1] = e.ledger().amount(a);
        }
      }
      if (index.entityPlatformFee[id] >= 0) {
        series[index.entityPlatformFee[id]][m - 1] = fee;
      }
      double used = 0;
      double capacity = 0;
      for (int s = 0; s < e.usedHoursBySkill().length; s++) {
        used += e.usedHoursBySkill()[s];
        capacity += e.capacityHoursBySkill()[s];
      }
      if (world.entities().get(e.entity()).mode() != Mode.PARTNER) {
        putEntity(id, "utilisation", m, capacity > 0 ? used / capacity : 0);
      }
      recordStaffing(e, m);
      recordObserved(e, m, f.effortByEntity()[id], lost[id]);
    }
    for (EntitySpec e : world.entities()) {
      putEntity(e.index(), "active_clients", m, active[e.index()]);
      putEntity(e.index(), "new_clients", m, won[e.index()]);
      putEntity(e.index(), "company_cash_flow", m, f.companyCashFlowByEntity()[e.index()]);
      putEntity(e.index(), "company_cumulative_cash", m, f.companyCumulativeByEntity()[e.index()]);
    }
  }

  /** A branch's or equity channel's demand and service headcount by skill, for the staffing planner. */
  private void recordStaffing(EntityMonth e, int m) {
    int[] demand = index.entityDemand[e.entity()];
    if (demand == null) {
      return;
    }
    int skills = world.skills().size();
    double[] hours = e.demandHoursBySkill();
    for (int s = 0; s < skills && s < hours.length; s++) {
      series[demand[s]][m - 1] = hours[s];
    }
    int[][] headcount = index.entityHeadcount[e.entity()];
    int[] people = e.headcount();
    for (int r = 0; r < headcount.length; r++) {
      for (int s = 0; s <= skills; s++) {
        int at = r * (skills + 1) + s;
        if (headcount[r][s] >= 0 && at < people.length) {
          series[headcount[r][s]][m - 1] = people[at];
        }
      }
    }
  }

  /**
   * What a selling entity's actuals report that no other series forecasts (MetricLayout.observedMetrics),
   * measured as {@code chainsim actuals synthesize} measures it.
   */
  private void recordObserved(EntityMonth e, int m, int[] effort, int lost) {
    int[] observed = index.entityObserved[e.entity()];
    if (observed == null) {
      return;
    }
    double[] values = {effort[0], effort[1], e.sales().signedOrders(), lost, e.ledger().cashIn(),
        e.ledger().cashOut(), e.receivablesOutstanding()};
    for (int k = 0; k < observed.length; k++) {
      series[observed[k]][m - 1] = values[k];
    }
    int[] byProduct = index.entityRevenueByProduct[e.entity()];
    RevenueCells cells = e.revenue();
    for (int cell = 0; cells != null && cell < cells.cells(); cell++) {
      series[byProduct[cells.product(cell)]][m - 1] += cells.revenue(cell);
    }
    int[] byRole = index.entityHeadcountByRole[e.entity()];
    int[] people = e.headcount();
    int skills = world.skills().size();
    for (int r = 0; r < byRole.length; r++) {
      int at = r * (skills + 1);
      if (byRole[r] >= 0 && people != null && at < people.length) {
        series[byRole[r]][m - 1] = people[at];
      }
    }
  }

  /** The head office's evaluation of a partner this month. */
  void recordPartner(int month, int entity, int late, int failed, double rating) {
    String id = world.entities().get(entity).id();
    series[layout.entityIndex(id, "late_orders")][month - 1] = late;
    series[layout.entityIndex(id, "failed_orders")][month - 1] = failed;
    series[layout.entityIndex(id, "rating")][month - 1] = rating;
  }

  private void putEntity(int entity, String metric, int month, double value) {
    series[index.entity[entity][MetricLayout.ENTITY_METRICS.indexOf(metric)]][month - 1] = value;
  }

  private static int sum(int[] values) {
    int s = 0;
    for (int v : values) {
      s += v;
    }
    return s;
  }
}

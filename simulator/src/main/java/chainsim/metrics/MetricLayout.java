package chainsim.metrics;

import chainsim.accounting.Account;
import chainsim.client.ClientTier;
import chainsim.scenario.ClientModel;
import chainsim.scenario.Mode;
import chainsim.scenario.Role;
import chainsim.selling.Subcontract;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every series of a scenario, with its index in the per-replication arrays. Names are dotted
 * paths ({@code revenue.product.tax_bookkeeping}); entity series are named per entity metric and
 * carry the entity id. The order here is the order of the output files.
 */
public final class MetricLayout {
  /** The metrics every entity reports about itself. */
  public static final List<String> ENTITY_METRICS =
      List.of(
          "revenue", "contribution", "profit", "operating_cash_flow", "company_cash_flow", "company_cumulative_cash",
          "headcount", "active_clients", "new_clients", "signed_revenue", "utilisation", "subcontracted_orders");

  /**
   * What the head office's evaluation of each partner shows: orders it finished a month late, orders
   * it failed (handed back to the signing side), and its rating at the month's end (observed quality
   * x on-time share, the dispatch's measure before price).
   */
  public static final List<String> PARTNER_METRICS = List.of("late_orders", "failed_orders", "rating");

  private final List<Series> series = new ArrayList<>();
  private final Map<String, Integer> byName = new HashMap<>();
  private final Map<String, Map<String, Integer>> byEntity = new HashMap<>();

  public MetricLayout(World world) {
    // cash: what moved through the bank account (investments in stakes included)
    add("cash.balance", Unit.CNY);
    add("cash.net_flow", Unit.CNY);
    add("cash.in", Unit.CNY);
    add("cash.out", Unit.CNY);
    add("cash.investment.equity", Unit.CNY);
    // the company's P&L: its own revenue, income from equity stakes, and costs by category
    add("company.revenue", Unit.CNY);
    add("company.contribution", Unit.CNY);
    add("company.profit", Unit.CNY);
    add("company.equity_income", Unit.CNY);
    add("company.platform_fees", Unit.CNY);
    add("company.dividends", Unit.CNY);
    add("company.receivables", Unit.CNY);
    add("company.deferred_revenue", Unit.CNY);
    for (Account a : Account.values()) {
      if (a.isCost()) {
        add("cost." + a.key(), Unit.CNY);
      }
    }
    addBreakdown(world);
    addEquityChannels(world);
    for (Role role : world.roles()) {
      add("headcount." + role.id(), Unit.COUNT);
      if (role.kind() == Role.Kind.SERVICE) {
        world.skills().forEach(s -> add("headcount." + role.id() + "." + s.id(), Unit.COUNT));
      }
    }
    add("headcount.total", Unit.COUNT);
    add("headcount.equity_channels", Unit.COUNT);
    for (String c : List.of("new", "active", "churned", "leaked", "recalls")) {
      add("clients." + c, Unit.COUNT);
    }
    for (Mode m : Mode.values()) {
      add("clients.active.channel." + m.key(), Unit.COUNT);
    }
    for (ClientTier t : ClientTier.values()) {
      add("clients.tier." + t.key(), Unit.COUNT);
    }
    for (ClientModel.Milestone k : world.scenario().clients().milestones()) {
      add("milestones." + k.id(), Unit.COUNT);
    }
    addClientSuccess(world);
    addOperations(world);
    for (EntitySpec e : world.entities()) {
      if (byEntity.containsKey(e.id())) {
        // a scenario built in code (the planner's reduced ones) is not validated; two entities of
        // one id would share series, and the second would silently hide the first
        throw new IllegalArgumentException("two entities have the id '" + e.id() + "'");
      }
      Map<String, Integer> own = new HashMap<>();
      for (String metric : ENTITY_METRICS) {
        Unit unit =
            metric.equals("utilisation") ? Unit.RATIO
                : metric.contains("clients") || metric.equals("headcount") || metric.endsWith("orders") ? Unit.COUNT
                : Unit.CNY;
        own.put(metric, series.size());
        series.add(new Series(series.size(), metric, unit, e.id()));
      }
      for (String metric : entityCosts(e)) {
        own.put(metric, series.size());
        series.add(new Series(series.size(), metric, Unit.CNY, e.id()));
      }
      if (e.mode() == Mode.PARTNER) {
        for (String metric : PARTNER_METRICS) {
          own.put(metric, series.size());
          series.add(new Series(series.size(), metric, metric.equals("rating") ? Unit.RATIO : Unit.COUNT, e.id()));
        }
      }
      if (e.sells()) {
        for (String metric : ENTITY_SIGNING_RATES) {
          own.put(metric, series.size());
          series.add(new Series(series.size(), metric, Unit.RATIO, e.id()));
        }
      }
      if (e.mode() == Mode.DIRECT || e.mode() == Mode.EQUITY) {
        for (String metric : staffingMetrics(world)) {
          own.put(metric, series.size());
          series.add(new Series(series.size(), metric, metric.startsWith("demand") ? Unit.HOURS : Unit.COUNT, e.id()));
        }
      }
      // added after every earlier series of the entity, so the rows written before stay in order
      for (String metric : observedMetrics(world, e)) {
        own.put(metric, series.size());
        series.add(new Series(series.size(), metric, OBSERVED_COUNTS.contains(metric)
            || metric.startsWith("headcount.") ? Unit.COUNT : Unit.CNY, e.id()));
      }
      byEntity.put(e.id(), own);
    }
  }

  /**
   * A selling entity's repeat- and depth-signing rates over the trailing signing window (see
   * chainsim.headoffice.ClientOutcomeTrack).
   */
  public static final List<String> ENTITY_SIGNING_RATES = List.of("repeat_signing_rate", "depth_signing_rate");

  /**
   * Client success and the churn early warning: signing windows closed and how (counts), the
   * repeat- and depth-signing rates over the trailing window, each milestone's ratio among the
   * clients whose milestone window closed, and the warnings with how they turned out.
   */
  private void addClientSuccess(World world) {
    add("clients.signing_windows_closed", Unit.COUNT);
    add("clients.repeat_signed", Unit.COUNT);
    add("clients.depth_signed", Unit.COUNT);
    add("clients.repeat_signing_rate", Unit.RATIO);
    add("clients.depth_signing_rate", Unit.RATIO);
    for (ClientModel.Milestone k : world.scenario().clients().milestones()) {
      add("milestone_ratio." + k.id(), Unit.RATIO);
    }
    add("warnings.raised", Unit.COUNT);
    add("warnings.false", Unit.COUNT);
    add("warnings.churners", Unit.COUNT);
    add("warnings.churners_warned", Unit.COUNT);
    add("warnings.churners_warned_in_time", Unit.COUNT);
    add("warnings.lead_months", Unit.COUNT);
  }

  /** The counts among {@link #OBSERVED_METRICS}; the others are yuan. */
  public static final List<String> OBSERVED_COUNTS = List.of("contacts", "leads", "signed_orders", "churned_clients");

  /**
   * What a selling entity's actuals report (docs/actuals.md) and the other entity series did not
   * forecast, so that the monthly forecast check can hold every actual against a band: the funnel
   * (outbound contacts and inbound leads put into the month, orders signed), clients lost (churned,
   * leaked or closed, as {@code clients.csv} counts them), cash in, out and receivables at the end
   * of the month.
   */
  public static final List<String> OBSERVED_METRICS =
      List.of("contacts", "leads", "signed_orders", "churned_clients", "cash_in", "cash_out", "receivables");

  /**
   * A selling entity's {@link #OBSERVED_METRICS}, its revenue by product ({@code revenue.product.<id>}),
   * and for a branch or equity channel its people of each role without a skill
   * ({@code headcount.<role>}; service roles are counted by skill among the staffing metrics).
   * Nothing for a partner without a sales desk: its books are its own.
   */
  public static List<String> observedMetrics(World world, EntitySpec e) {
    List<String> metrics = new ArrayList<>();
    if (!e.sells()) {
      return metrics;
    }
    metrics.addAll(OBSERVED_METRICS);
    world.products().forEach(p -> metrics.add("revenue.product." + p.id()));
    if (e.mode() == Mode.DIRECT || e.mode() == Mode.EQUITY) {
      for (Role role : world.roles()) {
        if (role.kind() != Role.Kind.SERVICE) {
          metrics.add("headcount." + role.id());
        }
      }
    }
    return metrics;
  }

  /** The platform fee an equity channel's local firm pays the company: one of its own costs. */
  public static final String ENTITY_PLATFORM_FEE = "cost.platform_fees";

  /**
   * The cost categories of an entity's own P&L, as {@code cost.<account>} series, in account order:
   * those its kind of entity can book, so that its profit is its revenue less these. A partner
   * without a sales desk keeps only its share of revenue (its books are its own).
   */
  public static List<Account> entityCostAccounts(EntitySpec e) {
    List<Account> accounts = new ArrayList<>();
    if (!e.sells()) {
      return accounts;
    }
    for (Account a : Account.values()) {
      boolean books = switch (a) {
        case DIRECT_COSTS, BAD_DEBT, RECALLS -> true;
        case PARTNER_FEES -> e.mode() != Mode.AGENT;
        case AGENT_COMMISSION, AGENT_SUPPORT -> e.mode() == Mode.AGENT;
        case SALES_DESK -> e.mode() == Mode.PARTNER;
        case SETUP -> e.mode() == Mode.DIRECT;
        case PAYROLL_BASE, PAYROLL_PERFORMANCE, COMMISSION, HIRING, RELEASES, RENT, MARKETING, OTHER_FIXED,
            EMERGENCY_POOL ->
            e.mode() == Mode.DIRECT || e.mode() == Mode.EQUITY;
        default -> false;
      };
      if (books) {
        accounts.add(a);
      }
    }
    return accounts;
  }

  /** The names of an entity's cost series. */
  public static List<String> entityCosts(EntitySpec e) {
    List<String> names = new ArrayList<>();
    entityCostAccounts(e).forEach(a -> names.add("cost." + a.key()));
    if (e.mode() == Mode.EQUITY) {
      names.add(ENTITY_PLATFORM_FEE);
    }
    return names;
  }

  /**
   * What a branch or equity channel reports per skill for the staffing planner: the delivery
   * hours its clients asked of the skill ({@code demand_hours.<skill>}) and its people of each
   * service role with that skill ({@code headcount.<role>.<skill>}).
   */
  public static List<String> staffingMetrics(World world) {
    List<String> metrics = new ArrayList<>();
    world.skills().forEach(s -> metrics.add("demand_hours." + s.id()));
    for (Role role : world.roles()) {
      if (role.kind() == Role.Kind.SERVICE) {
        world.skills().forEach(s -> metrics.add("headcount." + role.id() + "." + s.id()));
      }
    }
    return metrics;
  }

  /**
   * The company's revenue and gross margin (revenue less direct costs, partners' share, agents'
   * commission and bad debt) by product, channel, region and industry: its own clients' orders,
   * signed by direct branches, partner-only desks and agents. {@code revenue.total} is
   * {@code company.revenue}.
   */
  private void addBreakdown(World world) {
    add("revenue.total", Unit.CNY);
    add("margin.total", Unit.CNY);
    world.products().forEach(p -> addPair("product." + p.id()));
    for (Mode m : COMPANY_CHANNELS) {
      addPair("channel." + m.key());
    }
    world.regions().forEach(r -> addPair("region." + r.id()));
    world.industries().forEach(i -> addPair("industry." + i.id()));
  }

  /** The channels whose clients and revenue are the company's (an equity channel's are its local firm's). */
  public static final List<Mode> COMPANY_CHANNELS = List.of(Mode.DIRECT, Mode.PARTNER, Mode.AGENT);

  /**
   * The equity channels' local firms: their own clients' revenue and gross margin (the channel's
   * gross, not the company's revenue: the company earns platform fees and dividends on it), by
   * product, region and industry.
   */
  private void addEquityChannels(World world) {
    add("equity.gross_revenue", Unit.CNY);
    add("equity.gross_margin", Unit.CNY);
    world.products().forEach(p -> add("equity.gross_revenue.product." + p.id(), Unit.CNY));
    world.regions().forEach(r -> add("equity.gross_revenue.region." + r.id(), Unit.CNY));
    world.industries().forEach(i -> add("equity.gross_revenue.industry." + i.id(), Unit.CNY));
  }

  private void addPair(String key) {
    add("revenue." + key, Unit.CNY);
    add("margin." + key, Unit.CNY);
  }

  private void addOperations(World world) {
    world.skills().forEach(s -> add("ops.utilisation." + s.id(), Unit.RATIO));
    add("ops.backlog_hours", Unit.HOURS);
    add("ops.orders_signed", Unit.COUNT);
    add("ops.revenue_signed", Unit.CNY);
    add("ops.subcontracted_orders", Unit.COUNT);
    add("ops.subcontracted_revenue", Unit.CNY);
    for (Subcontract.Reason r : Subcontract.Reason.values()) {
      add("ops.subcontracted." + r.key(), Unit.COUNT);
    }
    add("ops.partner_utilisation", Unit.RATIO);
    add("ops.cancelled_orders", Unit.COUNT);
    add("sla.complaints", Unit.COUNT);
    add("sla.acknowledge_breaches", Unit.COUNT);
    add("sla.answer_breaches", Unit.COUNT);
    add("sla.open_complaints", Unit.COUNT);
    add("sla.serious_complaints", Unit.COUNT);
    add("sla.serious_breaches", Unit.COUNT);
    add("sla.resolved_in_time", Unit.COUNT);
    add("acquisition.cost", Unit.CNY);
    add("acquisition.new_clients", Unit.COUNT);
    add("acquisition.cac", Unit.CNY);
    add("acquisition.ltv", Unit.CNY);
    add("acquisition.ltv_cac", Unit.RATIO);
  }

  private void add(String name, Unit unit) {
    byName.put(name, series.size());
    series.add(new Series(series.size(), name, unit, null));
  }

  public List<Series> series() {
    return Collections.unmodifiableList(series);
  }

  public int size() {
    return series.size();
  }

  /** The index of a chain series. */
  public int index(String name) {
    Integer i = byName.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no series " + name);
    }
    return i;
  }

  /** The index of an entity's series. */
  public int entityIndex(String entity, String metric) {
    Integer i = byEntity.get(entity) == null ? null : byEntity.get(entity).get(metric);
    if (i == null) {
      throw new IllegalArgumentException("no series " + metric + " of " + entity);
    }
    return i;
  }

  /** Whether an entity has a series (branches and equity channels have the staffing ones). */
  public boolean hasEntity(String entity, String metric) {
    return byEntity.containsKey(entity) && byEntity.get(entity).containsKey(metric);
  }

  public boolean has(String name) {
    return byName.containsKey(name);
  }
}

package chainsim.actuals;

import static chainsim.actuals.Column.optional;
import static chainsim.actuals.Column.required;

import chainsim.actuals.Column.Kind;
import java.util.List;

/**
 * The actuals files and their columns: the one definition the reader, the writers, the template
 * and the generated reference in docs/actuals.md all use. {@code actuals/} holds one row per month
 * (per entity and breakdown) for months up to the as-of month; {@code state/} holds what is true
 * at the end of the as-of month.
 */
public final class ActualsFormat {
  private ActualsFormat() {}

  /** The entity id of the head office's own rows (central costs, the company's cash). */
  public static final String HEAD_OFFICE = "head_office";

  public static final Table REVENUE = new Table("actuals/revenue.csv",
      "Revenue booked (delivered) in the month, by branch or channel and product, and the orders of the"
          + " product signed in the month with their contract value (funnel.csv's signings split by product:"
          + " the average price per order).",
      List.of(
          required("month", Kind.MONTH, "Calendar month."),
          required("entity", Kind.ENTITY, "Branch or channel."),
          required("product", Kind.PRODUCT, "Product sold."),
          required("revenue_cny", Kind.AMOUNT, "Revenue of delivered orders, yuan."),
          optional("signings", Kind.COUNT, "Orders of the product signed in the month (new, repeat and cross-sold)."),
          optional("signed_revenue_cny", Kind.AMOUNT, "Contract value of those orders, yuan.")),
      List.of("month", "entity", "product"));

  public static final Table COSTS = new Table("actuals/costs.csv",
      "Costs booked in the month by category. The head office's central costs use entity `head_office`.",
      List.of(
          required("month", Kind.MONTH, "Calendar month."),
          required("entity", Kind.ENTITY, "Branch or channel, or `head_office`."),
          required("account", Kind.ACCOUNT, "Cost category (the simulator's accounts)."),
          required("amount_cny", Kind.AMOUNT, "Cost, yuan.")),
      List.of("month", "entity", "account"));

  public static final Table HEADCOUNT = new Table("actuals/headcount.csv",
      "People at the end of the month by role and skill, with the month's hires and leavers (transfers"
          + " included). headcount = previous month's headcount + hires - leavers.",
      List.of(
          required("month", Kind.MONTH, "Calendar month."),
          required("entity", Kind.ENTITY, "Branch or channel."),
          required("role", Kind.ROLE, "Role."),
          optional("skill", Kind.SKILL, "Skill: required for service roles, empty for the others."),
          required("headcount", Kind.COUNT, "People on the payroll at the end of the month."),
          optional("hires", Kind.COUNT, "People who started in the month."),
          optional("leavers", Kind.COUNT, "People who left in the month (attrition, releases, transfers out).")),
      List.of("month", "entity", "role", "skill"));

  public static final Table FUNNEL = new Table("actuals/funnel.csv",
      "The sales funnel of the month: outbound contacts (and those that found a need), inbound leads, orders signed.",
      List.of(
          required("month", Kind.MONTH, "Calendar month."),
          required("entity", Kind.ENTITY, "Branch or channel."),
          optional("contacts", Kind.COUNT, "Outbound contacts: firms the consultants visited or called."),
          optional("qualified_contacts", Kind.COUNT, "Outbound contacts that found the firm with an open need"
              + " (the CRM's qualified contacts): the contacts a signing can come from."),
          optional("leads", Kind.COUNT, "Inbound leads: firms that came in through the marketing lines."),
          optional("signings", Kind.COUNT, "Orders signed (new, repeat and cross-sold)."),
          optional("signed_revenue_cny", Kind.AMOUNT, "Contract value of the orders signed, yuan.")),
      List.of("month", "entity"));

  public static final Table MARKETING = new Table("actuals/marketing.csv",
      "Inbound leads and spend of the month by marketing line, as a marketing team's CRM reports them by lead"
          + " source: the lines of the entity's branch template (an equity channel's: its operations template)."
          + " The leads of an entity's lines add up to funnel.csv's leads, and their spend to costs.csv's"
          + " `marketing`. Optional: without the file, leads are not split by line.",
      List.of(
          required("month", Kind.MONTH, "Calendar month."),
          required("entity", Kind.ENTITY, "Branch or equity channel."),
          required("line", Kind.MARKETING_LINE, "Marketing line the leads came from (the lead source)."),
          required("leads", Kind.COUNT, "Inbound leads the line brought in the month."),
          optional("spend_cny", Kind.AMOUNT, "What the line spent in the month, yuan.")),
      List.of("month", "entity", "line"), true);

  public static final Table CLIENTS = new Table("actuals/clients.csv",
      "Client counts of the month. active = previous month's active + new - churned.",
      List.of(
          required("month", Kind.MONTH, "Calendar month."),
          required("entity", Kind.ENTITY, "Branch or channel."),
          required("new", Kind.COUNT, "Clients won in the month (first orders and win-backs)."),
          required("active", Kind.COUNT, "Active clients at the end of the month."),
          required("churned", Kind.COUNT, "Clients lost in the month (churned, taken solo by an agent, closed down).")),
      List.of("month", "entity"));

  public static final Table CASH = new Table("actuals/cash.csv",
      "Cash moved in the month and what is owed at its end. The company's bank balance is the"
          + " `head_office` row's balance_cny; balance = previous month's balance + cash_in - cash_out.",
      List.of(
          required("month", Kind.MONTH, "Calendar month."),
          required("entity", Kind.ENTITY, "Branch or channel, or `head_office`."),
          optional("cash_in_cny", Kind.AMOUNT, "Cash received, yuan."),
          optional("cash_out_cny", Kind.AMOUNT, "Cash paid, yuan."),
          optional("receivables_cny", Kind.AMOUNT, "Billed and not yet collected at the end of the month, yuan."),
          optional("balance_cny", Kind.SIGNED_AMOUNT, "Cash balance at the end of the month, yuan.")),
      List.of("month", "entity"));

  public static final Table OPENINGS = new Table("state/openings.csv",
      "Branches and channels open at the end of the as-of month, and since when.",
      List.of(
          required("entity", Kind.ENTITY, "Branch or channel (an opening of the scenario)."),
          required("mode", Kind.MODE, "How the region is served."),
          required("region", Kind.REGION, "Region."),
          required("opened_month", Kind.MONTH, "Month it opened.")),
      List.of("entity"));

  public static final Table STAFF = new Table("state/staff.csv",
      "People on the payroll at the end of the as-of month, per staff line and hire month.",
      List.of(
          required("entity", Kind.ENTITY, "Branch or channel."),
          required("role", Kind.ROLE, "Role."),
          optional("skill", Kind.SKILL, "Skill: required for service roles, empty for the others."),
          required("hire_month", Kind.MONTH, "Month these people started."),
          required("count", Kind.COUNT, "People.")),
      List.of("entity", "role", "skill", "hire_month"));

  public static final Table CLIENT_BOOK = new Table("state/clients.csv",
      "The client book at the end of the as-of month, as a CRM exports it: one row per firm that has"
          + " ever ordered. What it does not observe (a client's health, its milestones) is initialised"
          + " from the model.",
      List.of(
          required("firm_id", Kind.TEXT, "The firm's id in the CRM (unique)."),
          optional("entity", Kind.ENTITY, "Branch or channel that owns the client; may be empty when not active."),
          required("region", Kind.REGION, "Region of the firm (its segment is region x industry)."),
          required("industry", Kind.INDUSTRY, "Industry of the firm."),
          required("first_order_month", Kind.MONTH, "Month of the first order of the current or last spell."),
          required("products", Kind.PRODUCTS, "Products ever bought."),
          required("last_order_month", Kind.MONTH, "Month of the last order."),
          required("revenue_to_date_cny", Kind.AMOUNT, "Revenue from the firm so far, yuan."),
          required("status", Kind.STATUS, "Where the firm is at the end of the as-of month.")),
      List.of("firm_id"));

  public static final Table RECEIVABLES = new Table("state/receivables.csv",
      "Receivables outstanding at the end of the as-of month, by the month they fall due.",
      List.of(
          required("entity", Kind.ENTITY, "Branch or channel."),
          optional("due_month", Kind.MONTH, "Month the amount falls due; empty when not known."),
          required("amount_cny", Kind.AMOUNT, "Amount owed, yuan.")),
      List.of("entity", "due_month"));

  /** Every file, in the order they are read, reported and documented. */
  public static final List<Table> TABLES =
      List.of(REVENUE, COSTS, HEADCOUNT, FUNNEL, MARKETING, CLIENTS, CASH, OPENINGS, STAFF, CLIENT_BOOK, RECEIVABLES);

  /** The status values of the client book. */
  public static final List<String> STATUSES = List.of("active", "churned", "leaked");
}

package chainsim.actuals;

import chainsim.accounting.Account;
import chainsim.scenario.Mode;
import java.time.YearMonth;
import java.util.List;

/**
 * A directory of actuals, read and checked: the monthly tables up to the as-of month and the
 * state at its end. A boxed number is null where its optional cell was empty (not observed).
 * Rows keep the order of their files. {@code marketing} (marketing.csv, an optional file) is empty
 * when leads are not reported by marketing line.
 */
public record Actuals(
    YearMonth asOf,
    List<Revenue> revenue,
    List<Cost> costs,
    List<Headcount> headcount,
    List<Funnel> funnel,
    List<Clients> clients,
    List<Cash> cash,
    List<Opening> openings,
    List<Staff> staff,
    List<Client> clientBook,
    List<Receivable> receivables,
    List<Marketing> marketing) {

  public Actuals {
    revenue = List.copyOf(revenue);
    costs = List.copyOf(costs);
    headcount = List.copyOf(headcount);
    funnel = List.copyOf(funnel);
    clients = List.copyOf(clients);
    cash = List.copyOf(cash);
    openings = List.copyOf(openings);
    staff = List.copyOf(staff);
    clientBook = List.copyOf(clientBook);
    receivables = List.copyOf(receivables);
    marketing = List.copyOf(marketing);
  }

  /** Actuals without marketing.csv (leads not split by marketing line). */
  public Actuals(YearMonth asOf, List<Revenue> revenue, List<Cost> costs, List<Headcount> headcount,
      List<Funnel> funnel, List<Clients> clients, List<Cash> cash, List<Opening> openings, List<Staff> staff,
      List<Client> clientBook, List<Receivable> receivables) {
    this(asOf, revenue, costs, headcount, funnel, clients, cash, openings, staff, clientBook, receivables, List.of());
  }

  /** No rows: what {@code chainsim actuals template} writes. */
  public static Actuals empty(YearMonth asOf) {
    return new Actuals(asOf, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  /** A row of one of the monthly tables: an entity's month. */
  public interface Monthly {
    YearMonth month();

    String entity();
  }

  /** {@code signings} and {@code signedRevenueCny}: the product's orders signed in the month, null when not observed. */
  public record Revenue(YearMonth month, String entity, String product, double revenueCny, Integer signings,
      Double signedRevenueCny) implements Monthly {
    /** Revenue delivered, without the orders signed (not observed). */
    public Revenue(YearMonth month, String entity, String product, double revenueCny) {
      this(month, entity, product, revenueCny, null, null);
    }
  }

  public record Cost(YearMonth month, String entity, Account account, double amountCny) implements Monthly {}

  /** {@code skill} is null for roles without one. */
  public record Headcount(YearMonth month, String entity, String role, String skill, int headcount, Integer hires,
      Integer leavers) implements Monthly {}

  /** {@code qualifiedContacts}: the outbound contacts that found a firm with an open need. */
  public record Funnel(YearMonth month, String entity, Integer contacts, Integer qualifiedContacts, Integer leads,
      Integer signings, Double signedRevenueCny) implements Monthly {}

  /**
   * Leads and spend of one marketing line (the lead source) in a month; {@code spendCny} is null when
   * not observed.
   */
  public record Marketing(YearMonth month, String entity, String line, int leads, Double spendCny)
      implements Monthly {}

  public record Clients(YearMonth month, String entity, int newClients, int active, int churned) implements Monthly {}

  public record Cash(YearMonth month, String entity, Double cashInCny, Double cashOutCny, Double receivablesCny,
      Double balanceCny) implements Monthly {}

  public record Opening(String entity, Mode mode, String region, YearMonth openedMonth) {}

  public record Staff(String entity, String role, String skill, YearMonth hireMonth, int count) {}

  /** {@code entity} is null when the CRM does not say who owns a former client. */
  public record Client(String firmId, String entity, String region, String industry, YearMonth firstOrderMonth,
      List<String> products, YearMonth lastOrderMonth, double revenueToDateCny, String status) {
    public Client {
      products = List.copyOf(products);
    }
  }

  /** {@code dueMonth} is null when not known. */
  public record Receivable(String entity, YearMonth dueMonth, double amountCny) {}
}

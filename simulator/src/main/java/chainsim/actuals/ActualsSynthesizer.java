package chainsim.actuals;

import chainsim.accounting.Account;
import chainsim.client.FirmPopulation;
import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.engine.Simulation;
import chainsim.headoffice.SegmentInputs;
import chainsim.market.Order;
import chainsim.market.OwnerCount;
import chainsim.market.SalesEffort;
import chainsim.market.Segment;
import chainsim.market.SegmentMonth;
import chainsim.metrics.MetricLayout;
import chainsim.metrics.ReplicationResult;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import chainsim.selling.EntityEvent;
import chainsim.selling.EntityMonth;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Actuals as a finance team would report them, from months 1..as-of of one replication of a
 * "true" scenario, run by the sequential engine: the same scenario, replication and as-of month
 * give the same actuals. Qualified contacts (the outbound contacts that reached a firm with an open
 * need, from the segments' owner counts) and the orders signed by product with their prices (from
 * the segments' orders), and the leads and spend of each marketing line (from the sales efforts and
 * the sellers' months) are exact. What today's outputs do not observe is approximated or left empty, as
 * docs/actuals.md lists: contacts and inbound leads (the effort put in, before a segment runs out
 * of firms with a need), hires and leavers (the net change of a staff line), hire months (the months the line grew, the latest hires leaving first), receivables by
 * due month (one row per entity, due month empty). Partners without a sales desk keep their own
 * books: they appear only among the openings.
 */
public final class ActualsSynthesizer {
  private final Simulation simulation;
  private final World world;
  private final YearMonth start;
  /** The marketing lines of each entity, in the order of its sales efforts' inbound leads. */
  private final Map<String, List<String>> marketingLines;

  public ActualsSynthesizer(Scenario trueScenario) {
    this.simulation = new Simulation(trueScenario);
    this.world = simulation.world();
    this.start = YearMonth.parse(trueScenario.horizon().start());
    this.marketingLines = Vocabulary.marketingLines(trueScenario);
  }

  /** The month index of a calendar month (1 = the horizon's start). */
  public int monthIndex(YearMonth month) {
    return (int) (start.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1);
  }

  /** The actuals of months 1..as-of of replication {@code replication}. */
  public Actuals synthesize(YearMonth asOf, int replication) {
    int months = monthIndex(asOf);
    if (months < 1 || months > world.months()) {
      throw new IllegalArgumentException("as-of " + asOf + " is outside the horizon");
    }
    Replication r = simulation.replication(replication);
    Books books = new Books();
    SequentialEngine.stepThrough(r, months, books::month);
    ReplicationResult result = r.headOffice.finish(r.draws.replicationValues());
    headOffice(result, months, books);
    return new Actuals(asOf, books.revenue, books.costs, books.headcount, books.funnel, books.clients, books.cash,
        openings(result, months), books.staff(asOf), clientBook(r, months), books.receivables, books.marketing);
  }

  /** What the month's results say, per entity, in entity order. */
  private final class Books {
    final List<Actuals.Revenue> revenue = new ArrayList<>();
    final List<Actuals.Cost> costs = new ArrayList<>();
    final List<Actuals.Headcount> headcount = new ArrayList<>();
    final List<Actuals.Funnel> funnel = new ArrayList<>();
    final List<Actuals.Marketing> marketing = new ArrayList<>();
    final List<Actuals.Clients> clients = new ArrayList<>();
    final List<Actuals.Cash> cash = new ArrayList<>();
    List<Actuals.Receivable> receivables = List.of();
    /** People per staff line (entity|role|skill), and the months they grew: newest last. */
    final Map<String, Integer> lastHeadcount = new HashMap<>();
    final Map<String, Deque<int[]>> cohorts = new TreeMap<>();

    void month(int month, List<SegmentInputs> inputs, List<SegmentMonth> segments, List<EntityMonth> sellers,
        List<EntityMonth> partners) {
      YearMonth m = start.plusMonths(month - 1L);
      int[][] counts = new int[world.entities().size()][4];
      // the orders each seller signed, by product: count and contract value
      int[][] signings = new int[world.entities().size()][world.products().size()];
      double[][] signedValue = new double[world.entities().size()][world.products().size()];
      for (SegmentMonth s : segments) {
        for (OwnerCount c : s.owners()) {
          counts[c.entity()][0] += c.won();
          counts[c.entity()][1] += c.active();
          counts[c.entity()][2] += c.churned() + c.leaked();
          counts[c.entity()][3] += c.qualifiedContacts();
        }
        for (Order o : s.orders()) {
          signings[o.seller()][o.product()]++;
          signedValue[o.seller()][o.product()] += o.price();
        }
      }
      // the contacts and inbound leads each seller put into the segments this month
      int[][] effort = new int[world.entities().size()][2];
      // and the leads of each of its marketing lines (the lead source), over its segments
      int[][] leadsByLine = new int[world.entities().size()][];
      for (SegmentInputs in : inputs) {
        for (SalesEffort e : in.efforts()) {
          effort[e.seller()][0] += e.contacts();
          int[] lines = e.inboundLeads();
          if (leadsByLine[e.seller()] == null || leadsByLine[e.seller()].length < lines.length) {
            leadsByLine[e.seller()] = java.util.Arrays.copyOf(
                leadsByLine[e.seller()] == null ? new int[0] : leadsByLine[e.seller()], lines.length);
          }
          for (int line = 0; line < lines.length; line++) {
            effort[e.seller()][1] += lines[line];
            leadsByLine[e.seller()][line] += lines[line];
          }
        }
      }
      List<EntityMonth> ordered = new ArrayList<>(sellers);
      ordered.sort(Comparator.comparingInt(EntityMonth::entity));
      List<Actuals.Receivable> owed = new ArrayList<>();
      for (EntityMonth em : ordered) {
        EntitySpec e = world.entities().get(em.entity());
        String id = e.id();
        double[] byProduct = new double[world.products().size()];
        if (em.revenue() != null) {
          for (int cell = 0; cell < em.revenue().cells(); cell++) {
            byProduct[em.revenue().product(cell)] += em.revenue().revenue(cell);
          }
        }
        for (int p = 0; p < byProduct.length; p++) {
          if (byProduct[p] != 0 || signings[em.entity()][p] != 0) {
            revenue.add(new Actuals.Revenue(m, id, world.products().get(p).id(), byProduct[p],
                signings[em.entity()][p], signedValue[em.entity()][p]));
          }
        }
        for (Account a : Account.values()) {
          if (a.isCost() && a.kind() != Account.Kind.CENTRAL && em.ledger().amount(a) != 0) {
            costs.add(new Actuals.Cost(m, id, a, em.ledger().amount(a)));
          }
        }
        staff(m, id, em.headcount());
        EntityMonth.Sales sales = em.sales() == null ? EntityMonth.Sales.NONE : em.sales();
        funnel.add(new Actuals.Funnel(m, id, effort[em.entity()][0], counts[em.entity()][3], effort[em.entity()][1],
            sales.signedOrders(), sales.signedRevenue()));
        List<String> lines = marketingLines.getOrDefault(id, List.of());
        int[] byLine = leadsByLine[em.entity()];
        for (int line = 0; line < lines.size(); line++) {
          marketing.add(new Actuals.Marketing(m, id, lines.get(line),
              byLine != null && line < byLine.length ? byLine[line] : 0, sales.marketingSpend(line)));
        }
        int[] c = counts[em.entity()];
        clients.add(new Actuals.Clients(m, id, c[0], c[1], c[2]));
        cash.add(new Actuals.Cash(m, id, em.ledger().cashIn(), em.ledger().cashOut(), em.receivablesOutstanding(),
            null));
        if (em.receivablesOutstanding() > 0) {
          owed.add(new Actuals.Receivable(id, null, em.receivablesOutstanding()));
        }
      }
      receivables = owed;
    }

    /** Headcount rows of the lines the entity has ever staffed; hires and leavers are the net change. */
    private void staff(YearMonth m, String entity, int[] people) {
      if (people == null) {
        return;
      }
      int skills = world.skills().size();
      for (int role = 0; role < world.roles().size(); role++) {
        Role r = world.roles().get(role);
        boolean service = r.kind() == Role.Kind.SERVICE;
        for (int skill = service ? 0 : -1; skill < (service ? skills : 0); skill++) {
          int index = role * (skills + 1) + skill + 1;
          int now = index < people.length ? people[index] : 0;
          String skillId = skill < 0 ? null : world.skills().get(skill).id();
          String key = entity + "|" + r.id() + "|" + (skillId == null ? "" : skillId);
          Integer before = lastHeadcount.get(key);
          if (before == null && now == 0) {
            continue;
          }
          int prev = before == null ? 0 : before;
          headcount.add(new Actuals.Headcount(m, entity, r.id(), skillId, now, Math.max(0, now - prev),
              Math.max(0, prev - now)));
          lastHeadcount.put(key, now);
          Deque<int[]> line = cohorts.computeIfAbsent(key, k -> new ArrayDeque<>());
          if (now > prev) {
            line.addLast(new int[] {monthIndex(m), now - prev});
          }
          for (int leave = prev - now; leave > 0 && !line.isEmpty(); ) {
            int[] newest = line.peekLast();
            int n = Math.min(leave, newest[1]);
            newest[1] -= n;
            leave -= n;
            if (newest[1] == 0) {
              line.removeLast();
            }
          }
        }
      }
    }

    List<Actuals.Staff> staff(YearMonth asOf) {
      List<Actuals.Staff> out = new ArrayList<>();
      for (Map.Entry<String, Deque<int[]>> e : cohorts.entrySet()) {
        String[] k = e.getKey().split("\\|", -1);
        for (int[] cohort : e.getValue()) {
          out.add(new Actuals.Staff(k[0], k[1], k[2].isEmpty() ? null : k[2], start.plusMonths(cohort[0] - 1L),
              cohort[1]));
        }
      }
      out.sort(Comparator.comparing((Actuals.Staff s) -> s.entity()).thenComparing(Actuals.Staff::role)
          .thenComparing(s -> s.skill() == null ? "" : s.skill()).thenComparing(Actuals.Staff::hireMonth));
      return out;
    }
  }

  /**
   * The head office's rows (its central costs and the company's cash: in, out, receivables,
   * balance), and the platform fees equity channels pay it, which it computes.
   */
  private void headOffice(ReplicationResult result, int months, Books books) {
    MetricLayout layout = simulation.layout();
    double[][] s = result.series();
    List<Actuals.Cost> central = new ArrayList<>();
    List<Actuals.Cash> cash = new ArrayList<>();
    for (int month = 1; month <= months; month++) {
      YearMonth m = start.plusMonths(month - 1L);
      for (Account a : Account.values()) {
        if (a.kind() == Account.Kind.CENTRAL) {
          double amount = s[layout.index("cost." + a.key())][month - 1];
          if (amount != 0) {
            central.add(new Actuals.Cost(m, ActualsFormat.HEAD_OFFICE, a, amount));
          }
        }
      }
      cash.add(new Actuals.Cash(m, ActualsFormat.HEAD_OFFICE, s[layout.index("cash.in")][month - 1],
          s[layout.index("cash.out")][month - 1], s[layout.index("company.receivables")][month - 1],
          s[layout.index("cash.balance")][month - 1]));
    }
    for (int month = 1; month <= months; month++) {
      YearMonth m = start.plusMonths(month - 1L);
      for (EntitySpec e : world.entities()) {
        if (layout.hasEntity(e.id(), MetricLayout.ENTITY_PLATFORM_FEE)) {
          double fee = s[layout.entityIndex(e.id(), MetricLayout.ENTITY_PLATFORM_FEE)][month - 1];
          if (fee != 0) {
            books.costs.add(new Actuals.Cost(m, e.id(), Account.PLATFORM_FEES, fee));
          }
        }
      }
    }
    books.costs.addAll(central);
    books.cash.addAll(cash);
    Comparator<YearMonth> byMonth = Comparator.naturalOrder();
    books.costs.sort(Comparator.comparing(Actuals.Cost::month, byMonth));
    books.cash.sort(Comparator.comparing(Actuals.Cash::month, byMonth));
  }

  /** The entities opened by the as-of month, from the replication's events (the gates may have moved them). */
  private List<Actuals.Opening> openings(ReplicationResult result, int months) {
    Map<String, Integer> opened = new HashMap<>();
    for (EntityEvent e : result.events()) {
      if (e.type().equals(EntityEvent.OPENED) && e.month() <= months) {
        opened.putIfAbsent(e.entity(), e.month());
      }
    }
    List<Actuals.Opening> out = new ArrayList<>();
    for (EntitySpec e : world.entities()) {
      Integer month = opened.get(e.id());
      if (month != null) {
        out.add(new Actuals.Opening(e.id(), e.mode(), world.regions().get(e.region()).id(),
            start.plusMonths(month - 1L)));
      }
    }
    return out;
  }

  /** Every firm that has ever ordered, at the end of the as-of month, in segment and firm order. */
  private List<Actuals.Client> clientBook(Replication r, int months) {
    List<Actuals.Client> out = new ArrayList<>();
    for (Segment segment : r.segments) {
      FirmPopulation firms = segment.firms();
      var spec = segment.spec();
      String region = world.regions().get(spec.region()).id();
      String industry = world.industries().get(spec.industry()).id();
      for (int f = 0; f < firms.size(); f++) {
        byte stage = firms.stage(f);
        if (firms.clientSince(f) == 0 || stage == FirmPopulation.CLOSED) {
          continue;
        }
        String status = stage == FirmPopulation.CLIENT ? "active" : stage == FirmPopulation.LEAKED ? "leaked"
            : "churned";
        // a client keeps its owner when it churns or leaks; a former client that is a lead again
        // has the lead's owner, not the one it bought from, so the book leaves it empty
        int owner = firms.owner(f);
        boolean ownerKnown = stage == FirmPopulation.CLIENT || stage == FirmPopulation.CHURNED
            || stage == FirmPopulation.LEAKED;
        String entity = owner > 0 && ownerKnown ? world.entities().get(owner - 1).id() : null;
        List<String> products = new ArrayList<>();
        for (int p = 0; p < world.products().size(); p++) {
          if ((firms.products(f) & (1 << p)) != 0) {
            products.add(world.products().get(p).id());
          }
        }
        int first = firms.clientSince(f);
        int last = Math.max(first, firms.lastOrderMonth(f));
        out.add(new Actuals.Client(String.format("%s-%06d", spec.id(), f), entity, region, industry,
            start.plusMonths(first - 1L), products, start.plusMonths(last - 1L), firms.revenueToDate(f), status));
      }
    }
    return out;
  }
}

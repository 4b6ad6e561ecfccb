package chainsim.restart;

import chainsim.actuals.Actuals;
import chainsim.actuals.ActualsFormat;
import chainsim.branch.BranchSeller;
import chainsim.branch.Workforce;
import chainsim.client.FirmPopulation;
import chainsim.engine.Replication;
import chainsim.engine.Simulation;
import chainsim.engine.StartPoint;
import chainsim.headoffice.HeadOffice;
import chainsim.market.Segment;
import chainsim.scenario.Scenario;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What is true at the end of month k (the as-of month), in the actuals' vocabulary (entity, role,
 * skill, product and firm ids; months as indices, 1 = the horizon's first month): which openings
 * are open and since when, the people of each staff line by hire month, the client book, the
 * company's cash (now and per past month) and the receivables. {@link #fromActuals} reads it from
 * the files a user has; {@link #capture} takes it, at full precision, from a replication stepped
 * to month k. Passed to {@link Simulation#restartingFrom}, it brings every replication to that
 * state ({@link Overlay}) before the engine runs months k+1..H.
 *
 * @param openings the openings the state knows; one not listed is not open (and not skipped)
 * @param staff every person on board in the direct branches and equity channels, by line and hire month
 * @param clients every firm that has ever ordered (a firm not listed has never been a client)
 * @param cashBalanceCny the company's balance at the end of month k (NaN: not observed)
 * @param receivables everything still to be collected after month k, by entity (an open entity
 *     not listed is owed nothing)
 * @param pastBalanceCny the company's balance at the end of months 1..k (NaN where not observed)
 * @param pastNetFlowCny the company's net cash flow of months 1..k (NaN where not observed)
 */
public record StartState(
    int asOfMonth,
    List<OpeningState> openings,
    List<StaffCohort> staff,
    List<BookClient> clients,
    double cashBalanceCny,
    List<Receivable> receivables,
    double[] pastBalanceCny,
    double[] pastNetFlowCny) implements StartPoint {

  public StartState {
    openings = List.copyOf(openings);
    staff = List.copyOf(staff);
    clients = List.copyOf(clients);
    receivables = List.copyOf(receivables);
    if (pastBalanceCny.length != asOfMonth || pastNetFlowCny.length != asOfMonth) {
      throw new IllegalArgumentException("the past cash needs one value per month 1.." + asOfMonth);
    }
    pastBalanceCny = pastBalanceCny.clone();
    pastNetFlowCny = pastNetFlowCny.clone();
  }

  /** The company's balance at the end of months 1..k (a copy; NaN where not observed). */
  @Override
  public double[] pastBalanceCny() {
    return pastBalanceCny.clone();
  }

  /** The company's net cash flow of months 1..k (a copy; NaN where not observed). */
  @Override
  public double[] pastNetFlowCny() {
    return pastNetFlowCny.clone();
  }

  /** A client's status in the book. */
  public enum Status {
    ACTIVE, CHURNED, LEAKED;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Status of(String key) {
      return valueOf(key.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * An opening: the month it opened (0: not open); for one not open, whether the one-year gate
   * skipped it for good and the event type of the reason it was last reported waiting for (null:
   * none), which only a captured state knows.
   */
  public record OpeningState(String entity, int openedMonth, boolean skipped, String waitingReason) {}

  /** {@code count} people of a staff line hired in {@code hireMonth}; {@code skill} null for roles without one. */
  public record StaffCohort(String entity, String role, String skill, int hireMonth, int count) {}

  /** A firm of the client book; {@code entity} null when the book does not say who owns a former client. */
  public record BookClient(String firmId, String entity, int firstOrderMonth, List<String> products,
      int lastOrderMonth, double revenueToDateCny, Status status) {
    public BookClient {
      products = List.copyOf(products);
    }
  }

  /** An amount an entity will collect in {@code dueMonth} (0: the due month is not known). */
  public record Receivable(String entity, int dueMonth, double amountCny) {}

  @Override
  public void bringUp(Simulation simulation, Replication r) {
    new Overlay(simulation.world(), this).bringUp(r);
  }

  /** The state at the end of the actuals' as-of month, in the months of {@code scenario}'s horizon. */
  public static StartState fromActuals(Actuals actuals, Scenario scenario) {
    YearMonth start = YearMonth.parse(scenario.horizon().start());
    int k = index(start, actuals.asOf());
    if (k < 1 || k > scenario.horizon().months()) {
      throw new IllegalArgumentException("as-of " + actuals.asOf() + " is outside the horizon of " + scenario.name());
    }
    List<OpeningState> openings = actuals.openings().stream()
        .map(o -> new OpeningState(o.entity(), index(start, o.openedMonth()), false, null)).toList();
    List<StaffCohort> staff = actuals.staff().stream()
        .map(s -> new StaffCohort(s.entity(), s.role(), s.skill(), index(start, s.hireMonth()), s.count())).toList();
    List<BookClient> clients = actuals.clientBook().stream()
        .map(c -> new BookClient(c.firmId(), c.entity(), index(start, c.firstOrderMonth()), c.products(),
            index(start, c.lastOrderMonth()), c.revenueToDateCny(), Status.of(c.status())))
        .toList();
    double[] balance = new double[k];
    double[] flow = new double[k];
    Arrays.fill(balance, Double.NaN);
    Arrays.fill(flow, Double.NaN);
    for (Actuals.Cash c : actuals.cash()) {
      int m = index(start, c.month());
      if (c.entity().equals(ActualsFormat.HEAD_OFFICE) && m >= 1 && m <= k) {
        if (c.balanceCny() != null) {
          balance[m - 1] = c.balanceCny();
        }
        if (c.cashInCny() != null && c.cashOutCny() != null) {
          flow[m - 1] = c.cashInCny() - c.cashOutCny();
        }
      }
    }
    List<Receivable> receivables = actuals.receivables().stream()
        .map(r -> new Receivable(r.entity(), r.dueMonth() == null ? 0 : index(start, r.dueMonth()), r.amountCny()))
        .toList();
    return new StartState(k, openings, staff, clients, k > 0 ? balance[k - 1] : Double.NaN, receivables, balance,
        flow);
  }

  private static int index(YearMonth start, YearMonth month) {
    return (int) (start.until(month, ChronoUnit.MONTHS) + 1);
  }

  /**
   * The complete state of replication {@code r}, which has just run months 1..k: every value at
   * the model's own precision, so a restart from it continues the run byte for byte.
   */
  public static StartState capture(Simulation simulation, Replication r, int asOfMonth) {
    World world = simulation.world();
    HeadOffice ho = r.headOffice;
    List<OpeningState> openings = new ArrayList<>();
    List<StaffCohort> staff = new ArrayList<>();
    List<Receivable> receivables = new ArrayList<>();
    for (EntitySpec e : world.entities()) {
      int opened = Math.max(0, ho.openedMonth(e.index()));
      openings.add(new OpeningState(e.id(), opened, ho.skipped(e.index()), ho.waitingReason(e.index())));
      if (opened > 0 && r.sellers[e.index()] instanceof BranchSeller branch) {
        staff.addAll(staffOf(world, e.id(), branch.staff(), asOfMonth));
      }
      if (opened > 0 && r.sellers[e.index()] != null) {
        var owed = r.sellers[e.index()].receivables();
        for (int m = asOfMonth + 1; m <= owed.lastMonth(); m++) {
          if (owed.due(m) != 0) {
            receivables.add(new Receivable(e.id(), m, owed.due(m)));
          }
        }
      }
    }
    return new StartState(asOfMonth, openings, staff, book(world, r), ho.cashBalance(), receivables,
        ho.pastBalances(asOfMonth), ho.pastNetFlows(asOfMonth));
  }

  /**
   * A line's people by hire month: someone in their (t+1)-th month at the end of month k was hired
   * in k - t + 1; the ramped were hired at least the ramp-up months before (their month is not
   * kept: the latest such month stands for them, which maps back to the ramped).
   */
  private static List<StaffCohort> staffOf(World world, String entity, Workforce staff, int k) {
    List<StaffCohort> out = new ArrayList<>();
    for (int line = 0; line < staff.lineCount(); line++) {
      String role = world.roles().get(staff.role(line)).id();
      String skill = staff.skill(line) < 0 ? null : world.skills().get(staff.skill(line)).id();
      if (staff.ramped(line) > 0) {
        out.add(new StaffCohort(entity, role, skill, Overlay.rampedHireMonth(k, staff.rampUpMonths()),
            staff.ramped(line)));
      }
      int[] ramping = staff.ramping(line);
      for (int t = ramping.length - 1; t >= 0; t--) {
        if (ramping[t] > 0) {
          out.add(new StaffCohort(entity, role, skill, k - t + 1, ramping[t]));
        }
      }
    }
    return out;
  }

  /** Every firm that has ever ordered and has not closed, as the synthesized actuals' book lists them. */
  private static List<BookClient> book(World world, Replication r) {
    List<BookClient> out = new ArrayList<>();
    for (Segment segment : r.segments) {
      FirmPopulation firms = segment.firms();
      for (int f = 0; f < firms.size(); f++) {
        byte stage = firms.stage(f);
        if (firms.clientSince(f) == 0 || stage == FirmPopulation.CLOSED) {
          continue;
        }
        Status status = stage == FirmPopulation.CLIENT ? Status.ACTIVE
            : stage == FirmPopulation.LEAKED ? Status.LEAKED : Status.CHURNED;
        // a former client that is a lead again has the lead's owner, not the one it bought from
        boolean ownerKnown = stage != FirmPopulation.LEAD;
        int owner = firms.owner(f);
        String entity = owner > 0 && ownerKnown ? world.entities().get(owner - 1).id() : null;
        List<String> products = new ArrayList<>();
        for (int p = 0; p < world.products().size(); p++) {
          if ((firms.products(f) & (1 << p)) != 0) {
            products.add(world.products().get(p).id());
          }
        }
        out.add(new BookClient(Overlay.firmId(segment.spec().id(), f), entity, firms.clientSince(f), products,
            firms.lastOrderMonth(f), firms.revenueToDate(f), status));
      }
    }
    return out;
  }
}

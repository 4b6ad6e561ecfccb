package chainsim.headoffice;

import chainsim.accounting.Account;
import chainsim.accounting.Ledger;
import chainsim.market.ClientGrant;
import chainsim.market.ClientSnapshot;
import chainsim.market.Complaint;
import chainsim.market.HealthEffect;
import chainsim.market.Leak;
import chainsim.market.Order;
import chainsim.market.OwnerCount;
import chainsim.market.SalesEffort;
import chainsim.market.SegmentMonth;
import chainsim.metrics.ReplicationResult;
import chainsim.random.ParameterDraws;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.scenario.CentralCosts;
import chainsim.scenario.Mode;
import chainsim.selling.Completion;
import chainsim.selling.EntityEvent;
import chainsim.selling.EntityMonth;
import chainsim.selling.PartnerWork;
import chainsim.selling.ProductBook;
import chainsim.selling.SellerInputs;
import chainsim.selling.Subcontract;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The head office of one replication, and the monthly protocol every engine follows:
 *
 * <ol>
 *   <li>{@link #beginMonth}: openings that pass the gates open; each segment gets its sellers'
 *       efforts and last month's health effects.
 *   <li>{@link #afterSegments}: the segments' orders, complaints and recalls go to their sellers.
 *   <li>{@link #afterSellers}: three-no orders are dispatched to partners.
 *   <li>{@link #afterPartners}: partners' work is routed back; the month is consolidated, the
 *       cash moves, alerts fire, and the month is recorded.
 * </ol>
 *
 * <p>Results are always taken in segment or entity order, never in arrival order.
 */
public final class HeadOffice {
  private final World world;
  private final ParameterDraws draws;
  private final RandomStreams streams;
  private final int replication;
  private final List<EntityTrack> tracks = new ArrayList<>();
  private final EquityStake[] stakes;
  private final OpeningCosts openingCosts;
  private final List<PartnerProfile> partners;
  private final int[] partnerPosition;
  private final double[] partnerFreeHours;
  private final Dispatcher dispatcher;
  private final PartnerWork partnerWork;
  private final ExpansionGates gates;
  private final MonthRecorder recorder;
  private final CashHistory cash;
  private final ClientLedger clients;
  private final List<EntityEvent> events = new ArrayList<>();
  private final List<ClientSnapshot> sample = new ArrayList<>();
  private final CarriedOver carried;
  private final EpisodeLog episodes;
  private final BreakevenVolumes volumes;
  private int[] recallsThisMonth;
  private int month;
  private Ledger headOffice;
  private double investmentThisMonth;
  private double[] companyFlow;
  private List<SegmentMonth> segmentResults;
  private List<EntityMonth> sellerResults;
  /** While a restart replays the past: the month each entity opens (0: stays closed); null otherwise. */
  private int[] forcedOpenings;
  /** [entity]: the outbound contacts and inbound leads put into this month's segments, for the record. */
  private int[][] effortThisMonth;

  public HeadOffice(World world, RecordingPlan plan, ParameterDraws draws, List<PartnerProfile> partners,
      ProductBook products, RandomStreams streams, int replication) {
    this.world = world;
    this.draws = draws;
    this.streams = streams;
    this.replication = replication;
    int entities = world.entities().size();
    this.stakes = new EquityStake[entities];
    for (EntitySpec e : world.entities()) {
      tracks.add(new EntityTrack(e, world.months(), world.scenario().policies().breakevenGate().trailingMonths()));
      if (e.mode() == Mode.EQUITY) {
        stakes[e.index()] =
            new EquityStake(world.scenario().equityTemplate(e.opening().template()).orElseThrow(), e.opening(), draws,
                world.months());
      }
    }
    this.openingCosts = new OpeningCosts(world, draws, stakes);
    this.partners = partners;
    this.partnerPosition = new int[entities];
    java.util.Arrays.fill(partnerPosition, -1);
    this.partnerFreeHours = new double[partners.size()];
    for (int p = 0; p < partners.size(); p++) {
      partnerPosition[partners.get(p).entity()] = p;
      partnerFreeHours[p] = partners.get(p).initialFreeHours();
    }
    this.dispatcher = new Dispatcher(world, partners, world.scenario().policies().subcontract());
    this.partnerWork = new PartnerWork(products);
    var capital = world.scenario().capital();
    this.cash = new CashHistory(capital, draws.value(capital.initial()), draws.value(capital.terminalMultiple()),
        world.months());
    this.gates = new ExpansionGates(world.scenario().policies(), cash.reserve());
    this.recorder = new MonthRecorder(world, plan);
    this.clients = new ClientLedger(world);
    this.carried = new CarriedOver(world);
    this.volumes = new BreakevenVolumes(entities, world.products(), draws);
    this.episodes = new EpisodeLog(world.entities().stream().map(EntitySpec::id).toArray(String[]::new));
  }

  // ---- 1. openings and segment inputs ----

  public List<SegmentInputs> beginMonth(int month) {
    this.month = month;
    this.headOffice = new Ledger();
    this.investmentThisMonth = 0;
    this.companyFlow = new double[world.entities().size()];
    List<List<ClientGrant>> grants = carried.emptyBySegment();
    double committed = 0;
    for (EntityTrack t : tracks) {
      if (forcedOpenings != null) {
        if (!t.open() && forcedOpenings[t.spec.index()] == month) {
          open(t, grants);
        }
        continue;
      }
      if (t.open() || t.skipped || t.spec.openingMonth() > month) {
        continue;
      }
      EntityTrack blocker = gates.breakevenBlocker(t.spec.mode(), month, tracks);
      if (blocker != null) {
        blockOnGate(t, blocker);
        continue;
      }
      double cost = openingCosts.of(t.spec);
      if (gates.reserveBlocks(cash.balance() - committed, cost)) {
        noteOnce(t, EntityEvent.RESERVE_BLOCKED, "waits: opening cost and projected burn would take cash below the reserve");
        continue;
      }
      committed += cost;
      open(t, grants);
    }
    List<SegmentInputs> inputs = carried.segmentInputs(grants);
    effortThisMonth = new int[world.entities().size()][2];
    for (SegmentInputs in : inputs) {
      for (SalesEffort e : in.efforts()) {
        effortThisMonth[e.seller()][0] += e.contacts();
        for (int leads : e.inboundLeads()) {
          effortThisMonth[e.seller()][1] += leads;
        }
      }
    }
    return inputs;
  }

  private void blockOnGate(EntityTrack t, EntityTrack blocker) {
    String why = blocker.spec.id() + " not cash-flow positive after " + (month - blocker.openedMonth) + " months";
    if (gates.deferBlocked()) {
      noteOnce(t, EntityEvent.GATE_BLOCKED, "deferred: " + why);
    } else {
      t.skipped = true;
      events.add(new EntityEvent(month, t.spec.id(), EntityEvent.GATE_BLOCKED, "skipped: " + why));
    }
  }

  /**
   * Reports why an opening waits: once per reason, and again whenever the reason changes (a
   * gate-deferred opening the reserve then holds is reported under both).
   */
  private void noteOnce(EntityTrack t, String type, String detail) {
    if (!type.equals(t.blockNoted)) {
      t.blockNoted = type;
      events.add(new EntityEvent(month, t.spec.id(), type, detail));
    }
  }

  private void open(EntityTrack t, List<List<ClientGrant>> grants) {
    t.openedMonth = month;
    events.add(new EntityEvent(month, t.spec.id(), EntityEvent.OPENED, t.spec.mode().key() + " in " + world.regions().get(t.spec.region()).id()));
    EquityStake stake = stakes[t.spec.index()];
    if (stake != null) {
      companyFlow[t.spec.index()] += stake.open(month, headOffice);
      investmentThisMonth += stake.investment();
      int own = (int) Math.round(openingCosts.ownClients(t.spec, headOfficeStream()));
      int[] shares = carried.spreadOverSegments(own, t.spec);
      for (int i = 0; i < shares.length; i++) {
        if (shares[i] > 0) {
          grants.get(t.spec.segments()[i]).add(new ClientGrant(t.spec.index(), t.spec.segments()[i], shares[i]));
        }
      }
    }
  }

  // ---- 2. segments' results go to the sellers ----

  public List<SellerInputs> afterSegments(List<SegmentMonth> results) {
    segmentResults = new ArrayList<>(results);
    segmentResults.sort(Comparator.comparingInt(SegmentMonth::segment));
    int n = world.entities().size();
    List<List<Order>> orders = CarriedOver.lists(n);
    List<List<Complaint>> complaints = CarriedOver.lists(n);
    List<List<Leak>> leaks = CarriedOver.lists(n);
    int[] recalls = new int[n];
    for (SegmentMonth s : segmentResults) {
      carried.winnable[s.segment()] = s.winnableFirms();
      s.orders().forEach(o -> orders.get(o.seller()).add(o));
      s.complaints().forEach(c -> complaints.get(c.owner()).add(c));
      s.leaks().forEach(l -> leaks.get(l.owner()).add(l));
      for (OwnerCount c : s.owners()) {
        recalls[c.entity()] += c.recalls();
      }
      sample.addAll(s.sample());
    }
    recallsThisMonth = recalls;
    double[][] partnerQuality = partnerQualityByRegion();
    List<SellerInputs> inputs = new ArrayList<>();
    for (EntityTrack t : tracks) {
      if (t.open() && t.spec.sells()) {
        int e = t.spec.index();
        inputs.add(new SellerInputs(e, month, t.openedMonth, orders.get(e), carried.takeCompletions(e),
            carried.takeReturned(e), complaints.get(e), carried.winnable.clone(), recalls[e], leaks.get(e),
            partnerQuality[t.spec.region()]));
      }
    }
    return inputs;
  }

  /**
   * For the "can't do well" rule: by region and skill, the best observed quality of an open partner
   * that reaches the region and has the skill (-1 where none does); empty arrays when the rule is off.
   */
  private double[][] partnerQualityByRegion() {
    int regions = world.regions().size();
    double[][] best = new double[regions][];
    if (world.scenario().policies().subcontract().qualityBelowPartnerBy() == null) {
      java.util.Arrays.fill(best, new double[0]);
      return best;
    }
    int skills = world.skills().size();
    for (int region = 0; region < regions; region++) {
      best[region] = new double[skills];
      java.util.Arrays.fill(best[region], -1.0);
      for (int p = 0; p < partners.size(); p++) {
        PartnerProfile partner = partners.get(p);
        if (!tracks.get(partner.entity()).open() || !dispatcher.reaches(partner, region)) {
          continue;
        }
        for (int s = 0; s < skills; s++) {
          if ((partner.skillMask() & (1 << s)) != 0) {
            best[region][s] = Math.max(best[region][s], dispatcher.quality(p));
          }
        }
      }
    }
    return best;
  }

  // ---- 3. three-no orders go to partners ----

  public List<PartnerAssignment> afterSellers(List<EntityMonth> results) {
    sellerResults = new ArrayList<>(results);
    sellerResults.sort(Comparator.comparingInt(EntityMonth::entity));
    List<List<Subcontract>> assigned = CarriedOver.lists(partners.size());
    for (int p = 0; p < partners.size(); p++) {
      dispatcher.room(p, tracks.get(partners.get(p).entity()).open() ? partnerFreeHours[p] : 0.0);
    }
    List<Request> requests = new ArrayList<>();
    for (EntityMonth r : sellerResults) {
      EntitySpec spec = world.entities().get(r.entity());
      carried.keepEfforts(r.nextEfforts());
      carried.keepEffects(r.healthEffects());
      events.addAll(r.events());
      int preferred = spec.mode() == Mode.PARTNER ? spec.index() : -1;
      for (Subcontract s : r.subcontracts()) {
        requests.add(new Request(r.entity(), spec.region(), preferred, s));
      }
    }
    if (requests.size() > 1) {
      Dispatcher.order(requests,
          streams.stream(replication, RandomStreams.key("headoffice"), month, Purpose.DISPATCH.key()));
    }
    for (Request q : requests) {
      int p = dispatcher.dispatch(q.subcontract(), q.region(), q.preferred());
      if (p < 0) {
        carried.returnToSeller(q.seller(), q.subcontract());
      } else {
        assigned.get(p).add(q.subcontract());
      }
    }
    List<PartnerAssignment> out = new ArrayList<>();
    for (int p = 0; p < partners.size(); p++) {
      if (tracks.get(partners.get(p).entity()).open()) {
        out.add(new PartnerAssignment(partners.get(p).entity(), month, assigned.get(p)));
      }
    }
    return out;
  }

  /** A subcontract to dispatch: its signing side, that side's region and own partner (or -1). */
  private record Request(int seller, int region, int preferred, Subcontract subcontract) {}

  // ---- 4. consolidation ----

  public void afterPartners(List<EntityMonth> results) {
    List<EntityMonth> partnerResults = new ArrayList<>(results);
    partnerResults.sort(Comparator.comparingInt(EntityMonth::entity));
    List<List<Completion>> finished = CarriedOver.lists(world.entities().size());
    for (EntityMonth r : partnerResults) {
      int p = partnerPosition[r.entity()];
      partnerFreeHours[p] = r.freeHours();
      int late = 0;
      for (Completion c : r.completions()) {
        finished.get(c.order().seller()).add(c);
        carried.completeForSeller(c);
        dispatcher.observe(p, c);
        late += c.late() ? 1 : 0;
        if (c.healthDelta() != 0f || c.order().price() != 0.0) {
          // the partner's quality moves the client's health; the whole price, booked this month, is
          // the client's recognised revenue to date (as for work delivered in-house)
          carried.keepEffects(List.of(new HealthEffect(c.order().segment(), c.order().firm(), c.healthDelta(),
              (float) c.order().price())));
        }
      }
      // a partner's failed orders go back to their signing sides next month
      for (Subcontract s : r.subcontracts()) {
        dispatcher.observeFailure(p);
        carried.returnToSeller(s.order().seller(), s);
      }
      recorder.recordPartner(month, r.entity(), late, r.subcontracts().size(), dispatcher.rating(p));
    }
    bookPartnerWork(finished);
    payCentralCosts();
    Ledger company = new Ledger();
    double[] fees = new double[world.entities().size()];
    double[] own = new double[fees.length];
    for (EntityMonth r : sellerResults) {
      int e = r.entity();
      EquityStake stake = stakes[e];
      if (stake != null) {
        fees[e] = stake.fee(r);
        companyFlow[e] += stake.month(month, r, headOffice);
      } else {
        company.add(r.ledger());
        companyFlow[e] += r.ledger().netCashFlow();
      }
      own[e] = r.ledger().netCashFlow() - fees[e];
      volumes.record(r);
    }
    company.add(headOffice);
    cash.move(month, company, investmentThisMonth + company.amount(Account.SETUP), events);
    double[] cumulative = new double[fees.length];
    for (EntityTrack t : tracks) {
      if (t.open()) {
        t.record(month, own[t.spec.index()], companyFlow[t.spec.index()]);
      }
      cumulative[t.spec.index()] = t.companyCumulative();
    }
    clients.month(month, segmentResults, sellerResults, company, events);
    for (EntityMonth r : sellerResults) {
      episodes.record(EpisodeLog.Kind.CANCELLED, r.entity(), month, r.service().cancelledOrders(), 0, events);
      episodes.record(EpisodeLog.Kind.SLA, r.entity(), month, r.service().answerBreaches(),
          r.service().acknowledgeBreaches(), events);
      episodes.record(EpisodeLog.Kind.RECALLS, r.entity(), month, recallsThisMonth[r.entity()], 0, events);
    }
    double equityIncome = headOffice.amount(Account.PLATFORM_FEES) + headOffice.amount(Account.DIVIDENDS);
    recorder.record(new MonthFacts(month, segmentResults, sellerResults, partnerResults, company, cash.balance(),
        investmentThisMonth, equityIncome, companyFlow, cumulative, fees, effortThisMonth));
    recorder.recordLifetimeValue(month, clients.ltv(), clients.cac());
    // the month is recorded: its results are not held while the replication waits for the next
    // month (a run holds many replications at once; their memory is the engine's budget)
    segmentResults = null;
    sellerResults = null;
    effortThisMonth = null;
  }

  /**
   * The partners' finished orders go into their signing sides' books of this month (revenue,
   * partner fee, direct costs, collections), not next month's.
   */
  private void bookPartnerWork(List<List<Completion>> finished) {
    for (int i = 0; i < sellerResults.size(); i++) {
      EntityMonth r = sellerResults.get(i);
      List<Completion> done = finished.get(r.entity());
      if (!done.isEmpty()) {
        EntitySpec spec = world.entities().get(r.entity());
        sellerResults.set(i, partnerWork.book(r, done,
            streams.stream(replication, spec.streamKey(), month, Purpose.PARTNER_WORK.key())));
      }
    }
  }

  private void payCentralCosts() {
    CentralCosts central = world.scenario().centralCosts();
    UniformRandomProvider rng = headOfficeStream();
    headOffice.spend(Account.CENTRAL_PLATFORM, draws.param(central.platformPerMonth()).draw(rng));
    headOffice.spend(Account.CENTRAL_DATA, draws.param(central.dataPerMonth()).draw(rng));
    headOffice.spend(Account.CENTRAL_STAFF, draws.param(central.staffPerMonth()).draw(rng));
    long open = tracks.stream().filter(EntityTrack::open).count();
    headOffice.spend(Account.CENTRAL_SUPPORT, open * draws.param(central.perEntityPerMonth()).draw(rng));
  }

  private UniformRandomProvider headOfficeStream() {
    return carried.headOfficeStream(streams, replication, month);
  }

  // ---- a restart's hooks (chainsim.restart): read the state, replay with forced openings, overlay ----

  /** The month an entity opened, or -1 while it has not. */
  public int openedMonth(int entity) {
    return tracks.get(entity).openedMonth;
  }

  /** Whether the one-year gate skipped an entity's opening for good. */
  public boolean skipped(int entity) {
    return tracks.get(entity).skipped;
  }

  /** The event type of the reason an opening was last reported waiting for, or null. */
  public String waitingReason(int entity) {
    return tracks.get(entity).blockNoted;
  }

  /**
   * From now on, until {@link #endForcedOpenings}, entity e opens in month {@code openedMonth[e]}
   * whatever the gates say, and not at all when that is 0 (a restart's replay of the past).
   */
  public void forceOpenings(int[] openedMonth) {
    forcedOpenings = openedMonth.clone();
  }

  /** The gates decide again; the openings that wait keep the state's skipped flag and reported reason. */
  public void endForcedOpenings(boolean[] skipped, String[] waitingReason) {
    forcedOpenings = null;
    for (EntityTrack t : tracks) {
      if (!t.open()) {
        t.skipped = skipped[t.spec.index()];
        t.blockNoted = waitingReason[t.spec.index()];
      }
    }
  }

  /** The company's cash balance now. */
  public double cashBalance() {
    return cash.balance();
  }

  /** The company's balance at the end of each month {@code 1..k}, as recorded. */
  public double[] pastBalances(int k) {
    return java.util.Arrays.copyOf(recorder.row("cash.balance"), k);
  }

  /** The company's net cash flow of each month {@code 1..k}. */
  public double[] pastNetFlows(int k) {
    return cash.netFlows(k);
  }

  /**
   * Overlays the observed cash after a restart's replay of months {@code 1..k}: the balance now,
   * and per past month the balance and the net flow (NaN where not observed: the replay's stays),
   * in the recorded series and in what the summary reads (minimum, first months below the
   * reserve and zero, the NPV's flows).
   */
  public void restoreCash(double balance, double[] pastBalance, double[] pastNetFlow) {
    int k = pastBalance.length;
    double[] balances = recorder.row("cash.balance");
    double[] flows = recorder.row("cash.net_flow");
    for (int m = 0; m < k; m++) {
      if (!Double.isNaN(pastBalance[m])) {
        balances[m] = pastBalance[m];
      }
      if (!Double.isNaN(pastNetFlow[m])) {
        flows[m] = pastNetFlow[m];
      }
    }
    cash.restore(Double.isNaN(balance) ? cash.balance() : balance, java.util.Arrays.copyOf(balances, k), pastNetFlow);
  }

  /** The id of an entity (for messages). */
  public String entityId(int entity) {
    return world.entities().get(entity).id();
  }

  /** The replication's result once every month has run. */
  public ReplicationResult finish(double[] parameters) {
    double exits = 0;
    for (EquityStake stake : stakes) {
      if (stake != null) {
        exits += stake.exitValue(world.months());
      }
    }
    episodes.closeAll(events);
    SummaryBuilder summary = new SummaryBuilder(world, tracks, cash, clients, exits, volumes);
    summary.withClientOutcomes(recorder.clientOutcomes());
    events.sort(Comparator.comparingInt(EntityEvent::month));
    return new ReplicationResult(replication, recorder.series(), summary.build(), List.copyOf(events), parameters,
        List.copyOf(sample));
  }
}

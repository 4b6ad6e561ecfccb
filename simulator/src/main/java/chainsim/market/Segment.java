package chainsim.market;

import chainsim.client.ClientEvents;
import chainsim.client.ClientLife;
import chainsim.client.ClientRules;
import chainsim.client.ClientTally;
import chainsim.client.FirmPopulation;
import chainsim.client.Leakage;
import chainsim.client.MonthlyClientDraws;
import chainsim.random.Param;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;
import chainsim.world.SegmentSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * One region x industry segment in one replication: its firms and the month's market rules.
 * Plain Java with no actor in sight; {@link #step} is the whole month.
 */
public final class Segment {
  /** Share of firms whose history goes into the clients sample (1 in 32). */
  private static final int SAMPLE_MASK = 31;

  private final SegmentSpec spec;
  private final MarketRules market;
  private final ClientRules clientRules;
  private final ClientLife clientLife;
  private final Leakage leakage;
  private final Param[] priceByProduct;
  private final FirmPopulation firms;
  private final RandomStreams streams;
  private final int replication;
  /** The month's counts by owner code, cleared and reused every month (they never leave {@link #step}). */
  private final ClientTally.OwnerCounts ownerCounts;
  private final boolean recordSample;
  private boolean[] sampled;
  /** Each sampled firm's stage at the end of last month, to tell when it leaves the pipeline. */
  private byte[] sampledStage;
  private int alive;
  private final OpenNeeds needs = new OpenNeeds();
  /** Scratch list of firm slots (firms with an open need, prospects to grant), reused every month. */
  private int[] needing = new int[64];
  /** By owner code, whether its clients' spells are counted for lifetime value (null: all). */
  private boolean[] lifetimeOwners;

  public Segment(
      SegmentSpec spec,
      MarketRules market,
      ClientRules clientRules,
      Param[] priceByProduct,
      Leakage leakage,
      RandomStreams streams,
      int replication,
      int months,
      boolean recordSample) {
    this.spec = spec;
    this.market = market;
    this.clientRules = clientRules;
    this.clientLife = new ClientLife(clientRules);
    this.leakage = leakage;
    this.priceByProduct = priceByProduct;
    this.streams = streams;
    this.replication = replication;
    this.ownerCounts = new ClientTally.OwnerCounts(leakage.owners());
    this.recordSample = recordSample;
    this.firms = new FirmPopulation(spec.initialFirms(), market.expectedSlots(spec.initialFirms(), months));
    this.alive = spec.initialFirms();
    seedOpenNeeds();
  }

  /** At the start some firms already have a need open, as many as the steady state would have. */
  private void seedOpenNeeds() {
    UniformRandomProvider rng = stream(0, Purpose.NEEDS);
    MarketRules.MarketMonth first = market.expectedFirstMonth();
    double perMonth = first.totalNeed();
    double openShare = Math.min(1.0, perMonth * clientRules.needWindowMonths());
    for (int i = 0; i < firms.size(); i++) {
      if (rng.nextDouble() < openShare) {
        openNeed(i, first.pickNeed(rng.nextDouble() * perMonth), 1 + rng.nextInt(clientRules.needWindowMonths()));
      }
    }
  }

  public SegmentSpec spec() {
    return spec;
  }

  public FirmPopulation firms() {
    return firms;
  }

  /** Firms that may still be won (alive, not clients, not lost to an agent). */
  public int winnableFirms() {
    return firms.winnableCount();
  }

  /**
   * The month: firms close and are born, needs open, equity channels bring their own clients,
   * sellers contact and sign firms, service events change health, and clients live their month.
   *
   * @param efforts the sellers' efforts in this segment, in seller order
   * @param effects health changes from last month's deliveries and complaints
   * @param grants existing clients equity channels bring this month
   */
  public SegmentMonth step(int month, List<SalesEffort> efforts, List<HealthEffect> effects, List<ClientGrant> grants) {
    ClientTally tally = new ClientTally(ownerCounts, clientRules.milestoneCount(), month, lifetimeOwners);
    MarketRules.MarketMonth mkt =
        market.month(month, market.variesByMonth() ? stream(month, Purpose.MARKET_MONTH) : null);
    MonthlyClientDraws draws = MonthlyClientDraws.draw(clientRules, stream(month, Purpose.MONTHLY_PARAMETERS),
        clientRules.followOnsVary() ? stream(month, Purpose.FOLLOW_ON_MONTH) : null, leakage.of(month));
    closeFirms(month, mkt, tally);
    addFirms(month, mkt);
    openNeeds(month, mkt);
    if (!grants.isEmpty()) {
      UniformRandomProvider grantRng = stream(month, Purpose.OPENING);
      for (ClientGrant grant : grants) {
        grantClients(month, mkt, draws.initialHealth(), grant, grantRng, tally);
      }
    }
    List<Order> orders = new ArrayList<>();
    // one price stream for every order of the month: new clients' first and clients' follow-on orders
    UniformRandomProvider priceRng = stream(month, Purpose.ORDERS);
    int withNeed = collectWinnableWithNeed(month);
    int winnable = firms.winnableCount();
    sell(month, mkt, draws.initialHealth(), efforts, withNeed, priceRng, orders, tally);
    for (HealthEffect effect : effects) {
      if (firms.stage(effect.firm()) == FirmPopulation.CLIENT) {
        firms.addHealth(effect.firm(), effect.delta());
      }
      if (effect.revenue() != 0f) {
        firms.addRevenue(effect.firm(), effect.revenue());
        int since = firms.spellSince(effect.firm());
        if (since > 0) { // a firm that has left since keeps the revenue, outside the spell table
          tally.revenue(firms.owner(effect.firm()), month - since, effect.revenue());
        }
      }
    }
    List<Complaint> complaints = new ArrayList<>();
    List<Leak> leaks = new ArrayList<>(0);
    List<ClientSnapshot> sample = recordSample ? new ArrayList<>() : List.of();
    ClientEvents events = new SegmentClientEvents(month, orders, complaints, leaks, priceRng);
    clientLife.serve(firms, month, draws, stream(month, Purpose.CLIENTS), tally, events);
    if (recordSample) {
      recordSample(month, sample);
    }
    return new SegmentMonth(
        spec.index(), month, orders, complaints, ownerCounts(tally), tally.milestones, tally.tiers, alive, winnable,
        withNeed, tally.leaverRevenue, sample, new SegmentMonth.Spells(tally.atRiskByTenure, tally.exitsByTenure,
        tally.revenueByTenure, tally.lifetimeLeaverRevenue, tally.lifetimeLeavers, tally.granted), leaks,
        tally.outcomes);
  }

  /**
   * The owners whose clients' spells go into {@link SegmentMonth#spells()} (by owner code; null, the
   * default, for all): the company's lifetime value leaves equity channels' clients out.
   */
  public void countLifetimesOf(boolean[] ownerCodes) {
    this.lifetimeOwners = ownerCodes == null ? null : ownerCodes.clone();
  }

  /** The owners with anything to report this month, in entity order. */
  private static List<OwnerCount> ownerCounts(ClientTally tally) {
    List<OwnerCount> counts = new ArrayList<>();
    for (int owner = 1; owner < tally.active.length; owner++) {
      if ((tally.active[owner] | tally.won[owner] | tally.churned[owner] | tally.leaked[owner] | tally.recalls[owner]
          | tally.qualified[owner]) != 0) {
        counts.add(new OwnerCount(owner - 1, tally.active[owner], tally.won[owner], tally.churned[owner],
            tally.leaked[owner], tally.recalls[owner], tally.qualified[owner]));
      }
    }
    return counts;
  }

  private void closeFirms(int month, MarketRules.MarketMonth mkt, ClientTally tally) {
    if (mkt.deathMonthly() <= 0) {
      return;
    }
    HitSequence hits = new HitSequence(mkt.deathMonthly(), stream(month, Purpose.DEATHS));
    for (int i = hits.next(-1); i < firms.size(); i = hits.next(i)) {
      byte before = firms.stage(i);
      if (before == FirmPopulation.CLOSED) {
        continue;
      }
      if (before == FirmPopulation.CLIENT) {
        tally.churned[firms.owner(i)]++;
        tally.leaverRevenue += firms.revenueToDate(i);
        tally.exit(firms.owner(i), month - firms.spellSince(i), firms.revenueToDate(i));
      }
      firms.close(i);
      alive--;
    }
  }

  private void addFirms(int month, MarketRules.MarketMonth mkt) {
    double mean = alive * mkt.birthMonthly();
    if (mean <= 0) {
      return;
    }
    int born = PoissonSampler.of(stream(month, Purpose.BIRTHS), mean).sample();
    for (int b = 0; b < born; b++) {
      firms.add();
    }
    alive += born;
  }

  private void openNeeds(int month, MarketRules.MarketMonth mkt) {
    double total = mkt.totalNeed();
    if (total <= 0) {
      return;
    }
    UniformRandomProvider rng = stream(month, Purpose.NEEDS);
    HitSequence hits = new HitSequence(Math.min(total, 1.0), rng);
    int until = month + clientRules.needWindowMonths() - 1;
    for (int i = hits.next(-1); i < firms.size(); i = hits.next(i)) {
      double u = rng.nextDouble() * total;
      if (firms.winnable(i) && !firms.hasOpenNeed(i, month)) {
        openNeed(i, mkt.pickNeed(u), until);
      }
    }
  }

  private void openNeed(int firm, int product, int until) {
    if (firms.openNeed(firm, product, until)) {
      needs.add(firm);
    }
  }

  private void grantClients(int month, MarketRules.MarketMonth mkt, float initialHealth, ClientGrant grant,
      UniformRandomProvider rng, ClientTally tally) {
    int prospects = collect(firms::neverAClient);
    int granted = Math.min(grant.count(), prospects);
    short owner = (short) (grant.seller() + 1);
    for (int g = 0; g < granted; g++) {
      int j = g + rng.nextInt(prospects - g);
      int firm = needing[j];
      needing[j] = needing[g];
      firms.win(firm, owner, month, initialHealth, (byte) Order.OWN_CLIENT);
      int product = mkt.pickNeed(rng.nextDouble() * mkt.totalNeed());
      firms.recordOrder(firm, product, month);
    }
    tally.granted += granted;
  }

  /**
   * Sellers contact firms in a random order of sellers (so none always picks first). An outbound
   * contact reaches a firm with an open need with a chance of lift x (firms with a need / firms
   * that may be won): the data-driven targeting. An inbound lead is a firm with a need by nature.
   * Each firm is contacted at most once a month.
   */
  private void sell(
      int month,
      MarketRules.MarketMonth mkt,
      float initialHealth,
      List<SalesEffort> efforts,
      int withNeed,
      UniformRandomProvider priceRng,
      List<Order> orders,
      ClientTally tally) {
    int open = withNeed;
    // firms not yet contacted this month, with or without a need: each contact takes one away
    int uncontacted = firms.winnableCount();
    if (efforts.isEmpty() || open == 0) {
      return;
    }
    UniformRandomProvider rng = stream(month, Purpose.SALES);
    int[] turn = shuffledOrder(efforts.size(), rng);
    for (int t : turn) {
      SalesEffort effort = efforts.get(t);
      for (int c = 0; c < effort.contacts() && open > 0 && uncontacted > 0; c++) {
        double hit = Math.min(1.0, mkt.targetingLift() * open / uncontacted);
        uncontacted--;
        if (rng.nextDouble() < hit) {
          tally.qualified[effort.seller() + 1]++;
          open = contact(month, effort, effort.conversion(), Order.OUTBOUND, open, initialHealth, rng, priceRng, orders,
              tally);
        }
      }
      for (int line = 0; line < effort.inboundLeads().length; line++) {
        for (int l = 0; l < effort.inboundLeads()[line] && open > 0; l++) {
          double conversion = Math.min(1.0, effort.inboundConversion()[line]);
          uncontacted--;
          open = contact(month, effort, conversion, line, open, initialHealth, rng, priceRng, orders, tally);
        }
      }
    }
  }

  /** A contact with a random firm that has an open need; returns the firms with a need left. */
  private int contact(
      int month,
      SalesEffort effort,
      double conversion,
      int source,
      int open,
      float initialHealth,
      UniformRandomProvider rng,
      UniformRandomProvider priceRng,
      List<Order> orders,
      ClientTally tally) {
    int j = rng.nextInt(open);
    int firm = needing[j];
    needing[j] = needing[open - 1];
    short owner = (short) (effort.seller() + 1);
    if (rng.nextDouble() < conversion) {
      int product = firms.needProduct(firm);
      firms.win(firm, owner, month, initialHealth, (byte) source);
      tally.won[owner]++;
      tally.begin(owner);
      orders.add(newOrder(firm, product, effort.seller(), source, month, priceRng));
    } else {
      firms.becomeLead(firm, owner);
    }
    return open - 1;
  }

  private Order newOrder(int firm, int product, int seller, int source, int month, UniformRandomProvider priceRng) {
    double price = Math.max(0.0, priceByProduct[product].draw(priceRng));
    firms.recordOrder(firm, product, month);
    return new Order(spec.index(), firm, product, seller, price, source, month);
  }

  private static int[] shuffledOrder(int n, UniformRandomProvider rng) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }

  private interface SlotTest {
    boolean test(int slot);
  }

  /** Collects the slots passing a test into {@link #needing}; returns how many. */
  private int collect(SlotTest test) {
    if (needing.length < firms.size()) {
      needing = new int[firms.capacity()];
    }
    int count = 0;
    for (int i = 0; i < firms.size(); i++) {
      if (test.test(i)) {
        needing[count++] = i;
      }
    }
    return count;
  }

  /** The firms that may be won and have an open need, into {@link #needing}; returns how many. */
  private int collectWinnableWithNeed(int month) {
    if (needing.length < needs.size()) {
      needing = new int[needs.capacity()];
    }
    return needs.compact(firms, month, needing);
  }

  private boolean[] sampleSlots() {
    if (sampled == null || sampled.length < firms.size()) {
      boolean[] grown = new boolean[firms.capacity()];
      for (int i = 0; i < grown.length; i++) {
        grown[i] = (RandomStreams.key(spec.id() + "#" + i) & SAMPLE_MASK) == 0;
      }
      sampled = grown;
      sampledStage = sampledStage == null ? new byte[grown.length] : java.util.Arrays.copyOf(sampledStage, grown.length);
    }
    return sampled;
  }

  /**
   * A row for each sampled firm in the pipeline (a lead or a client) and for each that left it this
   * month (churned, leaked, closed, or a lead whose need lapsed): individual histories from the
   * first contact to the end.
   */
  private void recordSample(int month, List<ClientSnapshot> sample) {
    boolean[] slots = sampleSlots();
    for (int i = 0; i < firms.size(); i++) {
      if (!slots[i]) {
        continue;
      }
      byte stage = firms.stage(i);
      boolean inPipeline = stage == FirmPopulation.LEAD || stage == FirmPopulation.CLIENT;
      byte before = sampledStage[i];
      boolean wasInPipeline = before == FirmPopulation.LEAD || before == FirmPopulation.CLIENT;
      sampledStage[i] = stage;
      if (!inPipeline && !wasInPipeline) {
        continue;
      }
      boolean client = stage == FirmPopulation.CLIENT;
      int tenure =
          client || before == FirmPopulation.CLIENT ? month - firms.latestSpellSince(i) + (client ? 1 : 0) : 0;
      String tier = client ? clientLife.tierOf(firms, i, month).key() : "";
      sample.add(new ClientSnapshot(spec.index(), i, month, stage, firms.owner(i) - 1, firms.health(i),
          firms.products(i), firms.revenueToDate(i), firms.milestones(i), tenure, tier));
    }
  }

  /**
   * Appends prospects until the segment has {@code slots} slots: a restart's client book may name a
   * firm born later in the replay than in the world the book comes from.
   */
  public void ensureSlots(int slots) {
    while (firms.size() < slots) {
      firms.add();
      alive++;
    }
  }

  /**
   * A firm the replay closed that a restart's client book lists (so it is alive): back as a
   * never-won prospect, for the overlay to make it the book's client.
   */
  public void reopen(int firm) {
    if (firms.stage(firm) == FirmPopulation.CLOSED) {
      firms.restore(firm, FirmPopulation.PROSPECT, (short) 0, 0, 0, 0, 0f, 0, 0f);
      alive++;
    }
  }

  /** After a restart's overlay changed firms' stages: the list of firms with a need drops those left with none. */
  public void afterOverlay() {
    needs.prune(firms);
  }

  /**
   * The health of a firm a restart makes a client while the replay had not: a draw of the
   * initial-health distribution keyed by the firm's id and the as-of month.
   */
  public float restartHealth(String firmId, int asOfMonth) {
    return clientRules.drawInitialHealth(streams.stream(replication, RandomStreams.key("firm:" + firmId), asOfMonth,
        Purpose.RESTART_HEALTH.key()));
  }

  private UniformRandomProvider stream(int month, Purpose purpose) {
    return streams.stream(replication, spec.streamKey(), month, purpose.key());
  }

  /** Turns client events into orders, complaints and sample rows of this segment. */
  private final class SegmentClientEvents implements ClientEvents {
    private final int month;
    private final List<Order> orders;
    private final List<Complaint> complaints;
    private final List<Leak> leaks;
    private final UniformRandomProvider priceRng;

    SegmentClientEvents(int month, List<Order> orders, List<Complaint> complaints, List<Leak> leaks,
        UniformRandomProvider priceRng) {
      this.month = month;
      this.orders = orders;
      this.complaints = complaints;
      this.leaks = leaks;
      this.priceRng = priceRng;
    }

    @Override
    public void followOnOrder(int firm, int owner, int product, boolean repeat) {
      orders.add(newOrder(firm, product, owner - 1, repeat ? Order.REPEAT : Order.CROSS_SELL, month, priceRng));
    }

    @Override
    public void complaint(int firm, int owner, boolean serious) {
      complaints.add(new Complaint(spec.index(), firm, owner - 1, serious ? Complaint.SERIOUS : Complaint.GENERAL));
    }

    @Override
    public void leaked(int firm, int owner) {
      leaks.add(new Leak(spec.index(), firm, owner - 1));
    }
  }
}

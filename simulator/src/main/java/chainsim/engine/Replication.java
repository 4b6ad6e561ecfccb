package chainsim.engine;

import chainsim.branch.BranchSeller;
import chainsim.channel.AgentSeller;
import chainsim.channel.Partner;
import chainsim.channel.SalesDesk;
import chainsim.client.ClientRules;
import chainsim.client.Leakage;
import chainsim.headoffice.HeadOffice;
import chainsim.headoffice.PartnerProfile;
import chainsim.market.MarketRules;
import chainsim.market.Segment;
import chainsim.random.Param;
import chainsim.random.ParameterDraws;
import chainsim.random.UncertaintyModel;
import chainsim.scenario.AgentTemplate;
import chainsim.scenario.HeadcountTarget;
import chainsim.scenario.Mode;
import chainsim.scenario.PartnerTemplate;
import chainsim.scenario.Scenario;
import chainsim.selling.ProductBook;
import chainsim.selling.Seller;
import chainsim.world.EntitySpec;
import chainsim.world.SegmentSpec;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The model objects of one replication: its parameter draws, segments, sellers, partners and
 * head office, ready for an engine to step. Built the same way whichever engine runs it.
 */
public final class Replication {
  /** The replication whose clients are sampled for the individual histories output. */
  public static final int SAMPLED_REPLICATION = 0;

  public final int index;
  public final ParameterDraws draws;
  public final HeadOffice headOffice;
  public final List<Segment> segments;
  /** Sellers by entity index (null for entities that do not sign clients). */
  public final Seller[] sellers;
  /** Partners by entity index (null for entities that are not partners). */
  public final Partner[] partners;
  /** The first month an engine runs: 1, or k + 1 for a replication restarted from month k's state. */
  private int firstMonth = 1;

  private Replication(int index, ParameterDraws draws, HeadOffice headOffice, List<Segment> segments,
      Seller[] sellers, Partner[] partners) {
    this.index = index;
    this.draws = draws;
    this.headOffice = headOffice;
    this.segments = segments;
    this.sellers = sellers;
    this.partners = partners;
  }

  /** The first month an engine runs (months before it are already in the model objects). */
  public int firstMonth() {
    return firstMonth;
  }

  /** Marks months {@code 1..asOfMonth} as done: the engines run from {@code asOfMonth + 1}. */
  void startAfter(int asOfMonth) {
    this.firstMonth = asOfMonth + 1;
  }

  /** Builds replication {@code index} of a scenario. */
  public static Replication build(Simulation simulation, int index) {
    World world = simulation.world();
    UncertaintyModel uncertainty = simulation.uncertainty();
    Scenario scenario = world.scenario();
    ParameterDraws draws = uncertainty.draw(index);
    ClientRules clientRules = new ClientRules(scenario, draws);
    ProductBook products = new ProductBook(world, draws, uncertainty.streams(), index);
    int entities = world.entities().size();
    Param[] leakage = new Param[entities + 1];
    long[] ownerKeys = new long[entities + 1];
    Seller[] sellers = new Seller[entities];
    Partner[] partners = new Partner[entities];
    List<PartnerProfile> profiles = new ArrayList<>();
    for (EntitySpec e : world.entities()) {
      if (e.mode() == Mode.AGENT) {
        AgentTemplate t = scenario.agentTemplate(e.opening().template()).orElseThrow();
        leakage[e.ownerCode()] = draws.param(AgentSeller.leakage(e.opening(), t));
        ownerKeys[e.ownerCode()] = e.streamKey();
      }
      buildEntity(world, e, draws, clientRules, products, uncertainty, index, sellers, partners, profiles);
    }
    Param[] prices = new Param[world.products().size()];
    for (int p = 0; p < prices.length; p++) {
      prices[p] = draws.param(world.products().get(p).price());
    }
    // the company's lifetime value counts the clients it owns, not equity channels' local firms'
    boolean[] lifetimeOwners = new boolean[entities + 1];
    for (EntitySpec e : world.entities()) {
      lifetimeOwners[e.ownerCode()] = e.mode() != Mode.EQUITY;
    }
    List<Segment> segments = new ArrayList<>();
    for (SegmentSpec spec : world.segments()) {
      Segment segment = new Segment(spec, new MarketRules(scenario, spec, draws), clientRules, prices,
          new Leakage(leakage, ownerKeys, uncertainty.streams(), index), uncertainty.streams(), index, world.months(),
          index == SAMPLED_REPLICATION);
      segment.countLifetimesOf(lifetimeOwners);
      segments.add(segment);
    }
    HeadOffice headOffice = new HeadOffice(world, simulation.recording(), draws, profiles, products, uncertainty.streams(), index);
    return new Replication(index, draws, headOffice, segments, sellers, partners);
  }

  private static void buildEntity(World world, EntitySpec e, ParameterDraws draws, ClientRules clientRules,
      ProductBook products, UncertaintyModel uncertainty, int index, Seller[] sellers, Partner[] partners,
      List<PartnerProfile> profiles) {
    Scenario scenario = world.scenario();
    var streams = uncertainty.streams();
    switch (e.mode()) {
      case DIRECT, EQUITY -> {
        boolean equity = e.mode() == Mode.EQUITY;
        String templateId = equity
            ? scenario.equityTemplate(e.opening().template()).orElseThrow().operations()
            : e.opening().template();
        sellers[e.index()] = new BranchSeller(e, world, scenario.branchTemplate(templateId).orElseThrow(), equity,
            targetsOf(scenario, e.id()), transfersFrom(scenario, e.id()), draws, products, clientRules, streams, index);
      }
      case AGENT -> sellers[e.index()] = new AgentSeller(e, world,
          scenario.agentTemplate(e.opening().template()).orElseThrow(), draws, products, clientRules, streams, index);
      case PARTNER -> {
        PartnerTemplate t = scenario.partnerTemplate(e.opening().template()).orElseThrow();
        Partner partner = new Partner(e, world, t, draws, products, clientRules, streams, index);
        partners[e.index()] = partner;
        profiles.add(new PartnerProfile(e.index(), e.region(), partner.skillMask(), t.reach(),
            draws.value(t.quality()), partner.freeHours(), partner.revenueShare()));
        if (e.sells()) {
          sellers[e.index()] =
              new SalesDesk(e, world, t.remoteSales(), draws, products, clientRules, streams, index);
        }
      }
      default -> throw new IllegalStateException(e.mode().toString());
    }
  }

  private static List<HeadcountTarget> targetsOf(Scenario scenario, String opening) {
    return scenario.headcountPlan().stream().filter(t -> t.opening().equals(opening)).toList();
  }

  private static List<HeadcountTarget> transfersFrom(Scenario scenario, String opening) {
    return scenario.headcountPlan().stream()
        .filter(t -> opening.equals(t.transferFrom()) && t.transfersIn() > 0)
        .toList();
  }
}

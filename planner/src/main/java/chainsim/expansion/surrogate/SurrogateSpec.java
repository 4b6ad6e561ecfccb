package chainsim.expansion.surrogate;

import chainsim.expansion.domain.Entry;
import chainsim.scenario.EquityTemplate;
import chainsim.scenario.ExpansionPlanning;
import chainsim.scenario.Industry;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.PartnerTemplate;
import chainsim.scenario.Region;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What the surrogate of a scenario covers: the candidate industries of each candidate region
 * (those with firms, not excluded), the modes and their templates, the replications.
 */
public record SurrogateSpec(int replications, List<Mode> modes, Map<Mode, String> templates,
    Map<Mode, Double> exitFactors, List<RegionCandidates> regions, List<Opening> subcontractors) {

  /** Bumped whenever what a surrogate holds, or how it is simulated, changes: old caches are then ignored. */
  static final int FORMAT = 4;

  /**
   * A partner opening of the scenario's plan opens no market of its own unless it has a central
   * sales desk: without one it only executes other sellers' three-no orders.
   */
  public static boolean deliversOnly(Scenario scenario, Opening o) {
    if (o.mode() != Mode.PARTNER) {
      return false;
    }
    PartnerTemplate t = scenario.partnerTemplate(o.template()).orElse(null);
    return t == null || t.remoteSales() == null || Boolean.FALSE.equals(o.remoteSales());
  }

  /**
   * The subcontractors every candidate opening can dispatch its three-no orders to: the
   * scenario's delivery-only partners open in the first quarter. Every plan keeps them (they
   * decide no cell), so the surrogate simulates each candidate with those that reach its region.
   */
  static List<Opening> subcontractors(Scenario scenario) {
    return scenario.expansion().stream()
        .filter(o -> deliversOnly(scenario, o) && Entry.quarterOf(o.month()) == 1).toList();
  }

  /** Whether a subcontractor takes orders from a region: its own, a neighbour's, or any (by its template's reach). */
  static boolean reaches(Scenario scenario, Opening partner, String region) {
    PartnerTemplate t = scenario.partnerTemplate(partner.template()).orElseThrow();
    if (t.reach() == PartnerTemplate.Reach.NATIONAL || partner.region().equals(region)) {
      return true;
    }
    if (t.reach() != PartnerTemplate.Reach.NEIGHBOURS) {
      return false;
    }
    Region a = scenario.region(partner.region()).orElseThrow();
    Region b = scenario.region(region).orElseThrow();
    return a.neighbours().contains(b.id()) || b.neighbours().contains(a.id());
  }

  /** A candidate region and the industries the planner may enter there. */
  public record RegionCandidates(String region, List<String> industries, int[] firms) {}

  /** The spec of a scenario's {@code planning.expansion} settings. */
  public static SurrogateSpec of(Scenario scenario) {
    ExpansionPlanning p = scenario.planning().expansion();
    Map<Mode, String> templates = new EnumMap<>(Mode.class);
    Map<Mode, Double> exitFactors = new EnumMap<>(Mode.class);
    for (Mode mode : plannableModes(scenario)) {
      templates.put(mode, templateOf(scenario, mode));
      double exit = 0;
      if (mode == Mode.EQUITY) {
        EquityTemplate t = scenario.equityTemplate(templates.get(mode)).orElseThrow();
        exit = t.exitMultiple().mean() * (t.profitShare() != null ? t.profitShare() : t.stake()).mean();
      }
      exitFactors.put(mode, exit);
    }
    List<String> industries = p.industries().isEmpty()
        ? scenario.industries().stream().map(Industry::id).toList()
        : p.industries();
    List<RegionCandidates> regions = new ArrayList<>();
    for (Region region : scenario.regions()) {
      if (!p.regions().isEmpty() && !p.regions().contains(region.id())) {
        continue;
      }
      List<String> open = new ArrayList<>();
      for (Industry industry : scenario.industries()) {
        String i = industry.id();
        boolean excluded = p.exclude().stream().anyMatch(c -> c.region().equals(region.id()) && c.industry().equals(i));
        if (industries.contains(i) && region.firms().getOrDefault(i, 0) > 0 && !excluded) {
          open.add(i);
        }
      }
      if (!open.isEmpty()) {
        regions.add(new RegionCandidates(region.id(), List.copyOf(open),
            open.stream().mapToInt(i -> region.firms().get(i)).toArray()));
      }
    }
    return new SurrogateSpec(p.surrogateReplications(), plannableModes(scenario), templates, exitFactors, regions,
        subcontractors(scenario));
  }

  /**
   * The modes the planner decides between: the settings' modes that have a template of their
   * kind. A mode without one (the default list is direct, equity, partner) is left out: there is
   * nothing to open with. Validation rejects a pin to such a mode.
   */
  public static List<Mode> plannableModes(Scenario scenario) {
    return scenario.planning().expansion().modes().stream().filter(m -> hasTemplate(scenario, m)).toList();
  }

  private static boolean hasTemplate(Scenario scenario, Mode mode) {
    ExpansionPlanning.ModeTemplates t = scenario.planning().expansion().templates();
    return switch (mode) {
      case DIRECT -> t.direct() != null || !scenario.branchTemplates().isEmpty();
      case EQUITY -> t.equity() != null || !scenario.equityTemplates().isEmpty();
      case PARTNER -> t.partner() != null || !scenario.partnerTemplates().isEmpty();
      case AGENT -> t.agent() != null || !scenario.agentTemplates().isEmpty();
    };
  }

  /** The template the planner uses for a mode: the one named in the settings, or the first of its kind. */
  public static String templateOf(Scenario scenario, Mode mode) {
    ExpansionPlanning.ModeTemplates t = scenario.planning().expansion().templates();
    String named = switch (mode) {
      case DIRECT -> t.direct();
      case EQUITY -> t.equity();
      case PARTNER -> t.partner();
      case AGENT -> t.agent();
    };
    if (named != null) {
      return named;
    }
    List<String> ids = switch (mode) {
      case DIRECT -> scenario.branchTemplates().stream().map(x -> x.id()).toList();
      case EQUITY -> scenario.equityTemplates().stream().map(x -> x.id()).toList();
      case PARTNER -> scenario.partnerTemplates().stream().map(x -> x.id()).toList();
      case AGENT -> scenario.agentTemplates().stream().map(x -> x.id()).toList();
    };
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("planning.expansion.modes has " + mode.key() + " but the scenario has no "
          + mode.key() + " template");
    }
    return ids.get(0);
  }

  public String template(Mode mode) {
    return templates.get(mode);
  }

  public double exitFactor(Mode mode) {
    return exitFactors.get(mode);
  }

  /**
   * The cache key: a hash of everything the simulations depend on, that is the resolved scenario
   * without its own expansion plan (but with the subcontractors the candidates use) and planner
   * settings, plus this spec and the simulator's code ({@link ModelFingerprint}). Changing the
   * time limit, the objective or a pin keeps the cache; changing a price, a template or the
   * simulator rebuilds it.
   */
  public String cacheKey(Scenario scenario) {
    Scenario core = new Scenario("surrogate", null, List.of(), scenario.seed(), 1, scenario.currency(),
        scenario.horizon(), scenario.capital(), scenario.centralCosts(), scenario.industries(), scenario.skills(),
        scenario.roles(), scenario.regions(), scenario.products(), scenario.branchTemplates(),
        scenario.equityTemplates(), scenario.partnerTemplates(), scenario.agentTemplates(), subcontractors,
        List.of(), scenario.policies(), scenario.clients(), scenario.correlations(), null);
    StringBuilder text = new StringBuilder("format ").append(FORMAT).append('\n')
        .append("model ").append(ModelFingerprint.of()).append('\n').append(ScenarioWriter.write(core));
    text.append("replications ").append(replications).append('\n');
    for (Mode m : modes) {
      text.append(m.key()).append(' ').append(templates.get(m)).append('\n');
    }
    for (RegionCandidates rc : regions) {
      text.append(rc.region()).append(' ').append(rc.industries()).append('\n');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}

package chainsim.headoffice;

import chainsim.accounting.Account;
import chainsim.client.ClientTier;
import chainsim.metrics.MetricLayout;
import chainsim.scenario.Mode;
import chainsim.scenario.Role;
import chainsim.selling.Subcontract;
import chainsim.world.World;

/**
 * Indices of the series the recorder writes, looked up once per scenario instead of by name
 * every month: the recorder runs for every month of every replication.
 */
final class SeriesIndex {
  final int[] costByAccount = new int[Account.COUNT];
  final int[] revenueByProduct;
  final int[] marginByProduct;
  final int[] revenueByChannel = new int[Mode.values().length];
  final int[] marginByChannel = new int[Mode.values().length];
  final int[] revenueByRegion;
  final int[] marginByRegion;
  final int[] revenueByIndustry;
  final int[] marginByIndustry;
  final int revenueTotal;
  final int marginTotal;
  final int equityRevenue;
  final int equityMargin;
  final int[] equityRevenueByProduct;
  final int[] equityRevenueByRegion;
  final int[] equityRevenueByIndustry;
  final int[] utilisationBySkill;
  /** headcount series by role, and by role and skill ([role][skill + 1], -1 where none). */
  final int[] headcountByRole;
  final int[][] headcountByRoleSkill;
  final int[] activeByChannel = new int[Mode.values().length];
  final int[] tiers = new int[ClientTier.values().length];
  final int[] milestones;
  final int[] milestoneRatios;
  /** [entity]: a selling entity's repeat- and depth-signing rate series; null for other entities. */
  final int[][] entitySigningRates;
  final int[] subcontractedByReason = new int[Subcontract.Reason.values().length];
  /** [entity][metric position in MetricLayout.ENTITY_METRICS]. */
  final int[][] entity;
  /** [entity][account ordinal]: an entity's cost series, -1 where it books none. */
  final int[][] entityCost;
  /** [entity]: an equity channel's platform fee series, -1 for other entities. */
  final int[] entityPlatformFee;
  /** [entity][skill]: hours demanded of a branch or equity channel; null rows for other entities. */
  final int[][] entityDemand;
  /** [entity][role][skill + 1]: a branch's or equity channel's service headcount; -1 where none. */
  final int[][][] entityHeadcount;
  /** [entity][position in MetricLayout.OBSERVED_METRICS]: a selling entity's observed series; null rows for others. */
  final int[][] entityObserved;
  /** [entity][product]: a selling entity's revenue by product; null rows for others. */
  final int[][] entityRevenueByProduct;
  /** [entity][role]: a branch's or equity channel's people of a role without a skill; -1 where none. */
  final int[][] entityHeadcountByRole;

  SeriesIndex(World world, MetricLayout layout) {
    for (Account a : Account.values()) {
      costByAccount[a.ordinal()] = a.isCost() ? layout.index("cost." + a.key()) : -1;
    }
    revenueTotal = layout.index("revenue.total");
    marginTotal = layout.index("margin.total");
    equityRevenue = layout.index("equity.gross_revenue");
    equityMargin = layout.index("equity.gross_margin");
    int products = world.products().size();
    revenueByProduct = new int[products];
    marginByProduct = new int[products];
    equityRevenueByProduct = new int[products];
    for (int p = 0; p < products; p++) {
      revenueByProduct[p] = layout.index("revenue.product." + world.products().get(p).id());
      marginByProduct[p] = layout.index("margin.product." + world.products().get(p).id());
      equityRevenueByProduct[p] = layout.index("equity.gross_revenue.product." + world.products().get(p).id());
    }
    java.util.Arrays.fill(revenueByChannel, -1);
    java.util.Arrays.fill(marginByChannel, -1);
    for (Mode m : MetricLayout.COMPANY_CHANNELS) {
      revenueByChannel[m.ordinal()] = layout.index("revenue.channel." + m.key());
      marginByChannel[m.ordinal()] = layout.index("margin.channel." + m.key());
    }
    for (Mode m : Mode.values()) {
      activeByChannel[m.ordinal()] = layout.index("clients.active.channel." + m.key());
    }
    int regions = world.regions().size();
    revenueByRegion = new int[regions];
    marginByRegion = new int[regions];
    equityRevenueByRegion = new int[regions];
    for (int r = 0; r < regions; r++) {
      revenueByRegion[r] = layout.index("revenue.region." + world.regions().get(r).id());
      marginByRegion[r] = layout.index("margin.region." + world.regions().get(r).id());
      equityRevenueByRegion[r] = layout.index("equity.gross_revenue.region." + world.regions().get(r).id());
    }
    int industries = world.industries().size();
    revenueByIndustry = new int[industries];
    marginByIndustry = new int[industries];
    equityRevenueByIndustry = new int[industries];
    for (int i = 0; i < industries; i++) {
      revenueByIndustry[i] = layout.index("revenue.industry." + world.industries().get(i).id());
      marginByIndustry[i] = layout.index("margin.industry." + world.industries().get(i).id());
      equityRevenueByIndustry[i] = layout.index("equity.gross_revenue.industry." + world.industries().get(i).id());
    }
    int skills = world.skills().size();
    utilisationBySkill = new int[skills];
    for (int s = 0; s < skills; s++) {
      utilisationBySkill[s] = layout.index("ops.utilisation." + world.skills().get(s).id());
    }
    int roles = world.roles().size();
    headcountByRole = new int[roles];
    headcountByRoleSkill = new int[roles][skills + 1];
    for (int r = 0; r < roles; r++) {
      Role role = world.roles().get(r);
      headcountByRole[r] = layout.index("headcount." + role.id());
      for (int s = -1; s < skills; s++) {
        String name = s < 0 ? null : "headcount." + role.id() + "." + world.skills().get(s).id();
        headcountByRoleSkill[r][s + 1] = name != null && layout.has(name) ? layout.index(name) : -1;
      }
    }
    for (ClientTier t : ClientTier.values()) {
      tiers[t.ordinal()] = layout.index("clients.tier." + t.key());
    }
    milestones = world.scenario().clients().milestones().stream()
        .mapToInt(k -> layout.index("milestones." + k.id())).toArray();
    milestoneRatios = world.scenario().clients().milestones().stream()
        .mapToInt(k -> layout.index("milestone_ratio." + k.id())).toArray();
    entitySigningRates = new int[world.entities().size()][];
    for (int e = 0; e < entitySigningRates.length; e++) {
      String id = world.entities().get(e).id();
      if (layout.hasEntity(id, MetricLayout.ENTITY_SIGNING_RATES.get(0))) {
        entitySigningRates[e] = MetricLayout.ENTITY_SIGNING_RATES.stream().mapToInt(k -> layout.entityIndex(id, k))
            .toArray();
      }
    }
    for (Subcontract.Reason r : Subcontract.Reason.values()) {
      subcontractedByReason[r.ordinal()] = layout.index("ops.subcontracted." + r.key());
    }
    entity = new int[world.entities().size()][MetricLayout.ENTITY_METRICS.size()];
    for (int e = 0; e < entity.length; e++) {
      for (int k = 0; k < MetricLayout.ENTITY_METRICS.size(); k++) {
        entity[e][k] = layout.entityIndex(world.entities().get(e).id(), MetricLayout.ENTITY_METRICS.get(k));
      }
    }
    entityCost = new int[entity.length][Account.COUNT];
    entityPlatformFee = new int[entity.length];
    for (int e = 0; e < entity.length; e++) {
      var spec = world.entities().get(e);
      java.util.Arrays.fill(entityCost[e], -1);
      for (Account a : MetricLayout.entityCostAccounts(spec)) {
        entityCost[e][a.ordinal()] = layout.entityIndex(spec.id(), "cost." + a.key());
      }
      entityPlatformFee[e] = spec.mode() == Mode.EQUITY
          ? layout.entityIndex(spec.id(), MetricLayout.ENTITY_PLATFORM_FEE) : -1;
    }
    entityObserved = new int[entity.length][];
    entityRevenueByProduct = new int[entity.length][];
    entityHeadcountByRole = new int[entity.length][roles];
    for (int e = 0; e < entity.length; e++) {
      String id = world.entities().get(e).id();
      java.util.Arrays.fill(entityHeadcountByRole[e], -1);
      if (!layout.hasEntity(id, MetricLayout.OBSERVED_METRICS.get(0))) {
        continue;
      }
      entityObserved[e] = MetricLayout.OBSERVED_METRICS.stream().mapToInt(k -> layout.entityIndex(id, k)).toArray();
      entityRevenueByProduct[e] = world.products().stream()
          .mapToInt(p -> layout.entityIndex(id, "revenue.product." + p.id())).toArray();
      for (int r = 0; r < roles; r++) {
        String name = "headcount." + world.roles().get(r).id();
        entityHeadcountByRole[e][r] = layout.hasEntity(id, name) ? layout.entityIndex(id, name) : -1;
      }
    }
    entityDemand = new int[entity.length][];
    entityHeadcount = new int[entity.length][][];
    for (int e = 0; e < entity.length; e++) {
      String id = world.entities().get(e).id();
      if (!layout.hasEntity(id, "demand_hours." + world.skills().get(0).id())) {
        continue;
      }
      entityDemand[e] = new int[skills];
      entityHeadcount[e] = new int[roles][skills + 1];
      for (int s = 0; s < skills; s++) {
        entityDemand[e][s] = layout.entityIndex(id, "demand_hours." + world.skills().get(s).id());
      }
      for (int r = 0; r < roles; r++) {
        for (int s = -1; s < skills; s++) {
          String name = s < 0 ? null : "headcount." + world.roles().get(r).id() + "." + world.skills().get(s).id();
          entityHeadcount[e][r][s + 1] = name != null && layout.hasEntity(id, name) ? layout.entityIndex(id, name) : -1;
        }
      }
    }
  }
}

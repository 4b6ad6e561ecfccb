package chainsim.headoffice;

import chainsim.metrics.ReplicationSummary;
import chainsim.scenario.Mode;
import chainsim.world.World;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headline figures of a replication, from the head office's records. */
final class SummaryBuilder {
  private final World world;
  private final List<EntityTrack> tracks;
  private final CashHistory cash;
  private final ClientLedger clients;
  private final double exitValues;
  private final BreakevenVolumes volumes;
  private ClientOutcomeTrack outcomes;

  SummaryBuilder(World world, List<EntityTrack> tracks, CashHistory cash, ClientLedger clients, double exitValues,
      BreakevenVolumes volumes) {
    this.volumes = volumes;
    this.world = world;
    this.tracks = tracks;
    this.cash = cash;
    this.clients = clients;
    this.exitValues = exitValues;
  }

  /** Adds the run's repeat and depth signing rates, milestone ratios and churn-warning figures. */
  SummaryBuilder withClientOutcomes(ClientOutcomeTrack track) {
    this.outcomes = track;
    return this;
  }

  ReplicationSummary build() {
    Map<String, Double> chain = new LinkedHashMap<>();
    chain.put("npv", cash.npv(exitValues));
    chain.put("terminal_value", cash.terminalValue() + exitValues);
    chain.put("peak_funding_need", Math.max(0.0, cash.initial() - cash.min()));
    chain.put("min_cash", cash.min());
    chain.put("end_cash", cash.balance());
    chain.put("cash_below_zero", cash.belowZero() ? 1.0 : 0.0);
    chain.put("cash_below_reserve", cash.belowReserve() ? 1.0 : 0.0);
    int positive = cash.positiveMonth(world.scenario().policies().breakevenGate().trailingMonths());
    chain.put("cash_flow_positive_month", positive < 0 ? Double.NaN : positive);
    chain.put("company_revenue_total", clients.revenue());
    chain.put("clients_won", clients.won());
    chain.put("clients_active_end", (double) clients.activeAtEnd);
    // campaigns, not the episodes events.csv tells them in
    chain.put("clients_recall_campaigns", clients.recallCampaigns);
    double ltv = clients.ltv();
    double cac = clients.cac();
    chain.put("ltv", ltv);
    chain.put("cac", cac);
    chain.put("ltv_cac", Double.isNaN(ltv) || Double.isNaN(cac) || cac <= 0 ? Double.NaN : ltv / cac);
    chain.put("ltv_lifetime_months", clients.lifetimeMonths());
    chain.put("ltv_revenue", clients.lifetimeRevenue());
    chain.put("ltv_margin", clients.margin());
    chain.put("ltv_exits", clients.exits());
    // 1 when the lifetime rests on fewer exits than clients.lifetime_value.min_exits: its mean is the share of runs
    chain.put("ltv_few_exits", clients.fewExits() ? 1.0 : 0.0);
    chain.put("ltv_leaver_revenue", clients.leaverRevenue());
    chain.put("ltv_cac_healthy", world.scenario().clients().lifetimeValue().healthyLtvCac());
    for (int k = 0; k < clients.milestones.length; k++) {
      chain.put("milestones." + world.scenario().clients().milestones().get(k).id(), clients.milestones[k]);
    }
    if (outcomes != null) {
      outcomes.summarise(chain, world.scenario().clients().milestones().stream().map(k -> k.id()).toList());
    }
    chain.put("openings_opened", (double) tracks.stream().filter(EntityTrack::open).count());
    chain.put("openings_blocked", (double) tracks.stream().filter(t -> t.skipped || !t.open()).count());
    Map<String, Map<String, Double>> entities = new LinkedHashMap<>();
    for (EntityTrack t : tracks) {
      Map<String, Double> e = new LinkedHashMap<>();
      boolean partnerOnly = t.spec.mode() == Mode.PARTNER && !t.spec.sells();
      e.put("opened", t.open() ? 1.0 : 0.0);
      e.put("opening_month", t.open() ? t.openedMonth : Double.NaN);
      e.put("breakeven_month", !t.open() || partnerOnly || t.breakevenMonth < 0 ? Double.NaN : t.breakevenMonth);
      e.put("payback_month", !t.open() || partnerOnly || t.paybackMonth < 0 ? Double.NaN : t.paybackMonth);
      // reached (1) or opened and never reached within the horizon (0); not opened is neither (NaN),
      // so the mean across replications is the share of the openings that reached it
      boolean applies = t.open() && !partnerOnly;
      e.put("breakeven_reached", !applies ? Double.NaN : t.breakevenMonth > 0 ? 1.0 : 0.0);
      e.put("payback_reached", !applies ? Double.NaN : t.paybackMonth > 0 ? 1.0 : 0.0);
      e.put("company_cumulative_cash", t.companyCumulative());
      if (t.spec.sells()) {
        volumes.put(t.spec.index(), e);
      }
      if (outcomes != null && t.spec.sells()) {
        outcomes.summariseEntity(t.spec.index(), e);
      }
      entities.put(t.spec.id(), e);
    }
    return new ReplicationSummary(chain, entities);
  }
}

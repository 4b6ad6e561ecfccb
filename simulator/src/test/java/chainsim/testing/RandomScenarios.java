package chainsim.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Random small scenarios for property tests: every mode of opening, random terms and rates. */
public final class RandomScenarios {
  private RandomScenarios() {}

  public static String yaml(long seed) {
    Random r = new Random(seed);
    int regions = 1 + r.nextInt(3);
    int industries = 1 + r.nextInt(3);
    int products = 1 + r.nextInt(3);
    int months = 12 + r.nextInt(13);
    StringBuilder y = new StringBuilder();
    y.append("name: random-").append(seed).append('\n');
    y.append("seed: ").append(r.nextInt(1_000_000)).append('\n');
    y.append("horizon: { start: 2027-01, months: ").append(months).append(" }\n");
    y.append(f("capital: { initial: %d, reserve_ratio: 0.15, discount_rate_annual: 0.1, terminal_multiple: %d }%n",
        2_000_000 + r.nextInt(20_000_000), r.nextInt(4)));
    y.append(f("central_costs: { platform_per_month: %d, data_per_month: %d, staff_per_month: %d, "
        + "per_entity_per_month: %d }%n", r.nextInt(50_000), r.nextInt(20_000), r.nextInt(60_000), r.nextInt(5_000)));
    y.append("industries:\n");
    for (int i = 0; i < industries; i++) {
      y.append("  - { id: ind").append(i).append(" }\n");
    }
    y.append("skills: [ { id: tax }, { id: legal }, { id: ip } ]\n");
    y.append("roles:\n  - { id: manager, kind: manager }\n  - { id: sales, kind: sales }\n"
        + "  - { id: service, kind: service }\n");
    y.append("regions:\n");
    for (int g = 0; g < regions; g++) {
      y.append("  - id: reg").append(g).append('\n');
      double wage = 0.8 + r.nextDouble() * 0.6;
      y.append(f("    wage_index: { dist: triangular, min: %.2f, mode: %.2f, max: %.2f }%n", wage - 0.1, wage, wage + 0.1));
      y.append(f("    firm_death_rate_annual: { dist: uniform, min: 0, max: 0.1, draw: %s }%n", draw(r)));
      y.append(f("    rent_per_seat_month: { dist: uniform, min: 1000, max: %d }%n", 1500 + r.nextInt(2000)));
      y.append("    firms: {");
      for (int i = 0; i < industries; i++) {
        y.append(i == 0 ? " " : ", ").append("ind").append(i).append(": ").append(50 + r.nextInt(800));
      }
      y.append(" }\n");
      y.append(f("    data_targeting_lift: %.2f%n", 1 + r.nextDouble() * 2));
    }
    y.append("products:\n");
    String[] skills = {"tax", "legal", "ip"};
    for (int p = 0; p < products; p++) {
      double upfront = r.nextInt(5) / 4.0;
      double onCompletion = r.nextInt(5 - (int) (upfront * 4)) / 4.0;
      y.append("  - id: prod").append(p).append('\n');
      y.append(f("    price: { dist: triangular, min: %d, mode: %d, max: %d }%n", 5000, 10000 + r.nextInt(20000), 60000));
      int hours = 5 + r.nextInt(60);
      y.append(f("    delivery_hours: { %s: { dist: uniform, min: %d, max: %d, draw: %s } }%n", skills[r.nextInt(3)],
          hours, hours + 10, draw(r)));
      y.append(f("    delivery_months: %d%n", 1 + r.nextInt(6)));
      // per-order draws keep upfront + on_completion within 1: upfront drawn below its share
      y.append(f("    payment: { upfront: { dist: uniform, min: 0, max: %.2f, draw: %s }, on_completion: %.2f,"
              + " receivable_days: %d, days_per_month: 31, bad_debt_ratio: { dist: uniform, min: 0, max: %.2f, draw: %s } }%n",
          Math.max(0.01, upfront), draw(r), Math.max(0.0, Math.min(onCompletion, 0.99 - upfront)), r.nextInt(120),
          0.01 + r.nextDouble() * 0.1, draw(r)));
      y.append(f("    need_rate_annual: { default: %.3f }%n", 0.02 + r.nextDouble() * 0.2));
      y.append(f("    repeat_rate_annual: { dist: uniform, min: 0, max: %.2f, draw: %s }%n", 0.01 + r.nextDouble() * 0.6,
          draw(r)));
      if (products > 1) {
        y.append(f("    cross_sell_annual: { prod%d: %.2f }%n", (p + 1 + r.nextInt(products - 1)) % products,
            r.nextDouble() * 0.3));
      }
      y.append(f("    direct_cost_ratio: { dist: uniform, min: 0, max: %.2f, draw: month }%n", 0.05 + r.nextDouble() * 0.2));
    }
    y.append(templates(r));
    y.append("expansion:\n");
    List<String> modes = new ArrayList<>(List.of("direct", "equity", "partner", "agent"));
    int openings = 1 + r.nextInt(5);
    for (int k = 0; k < openings; k++) {
      String mode = modes.get(r.nextInt(modes.size()));
      String template = switch (mode) {
        case "direct" -> "branch";
        case "equity" -> "stake";
        case "partner" -> r.nextBoolean() ? "partner_desk" : "partner_plain";
        default -> "agent";
      };
      y.append(f("  - { id: open%d, month: %d, region: reg%d, mode: %s, template: %s }%n",
          k, 1 + r.nextInt(months), r.nextInt(regions), mode, template));
    }
    // the emergency pool on in every other scenario (by the seed, so the other draws stay as they were)
    y.append(f("policies:%n  subcontract: { margin_below: %.2f, quality_below_partner_by: 0.05, emergency_pool: %s }%n"
        + "  breakeven_gate: { months: %d, rule: %s }%n", r.nextDouble() * 0.4, (seed & 1) == 0, 6 + r.nextInt(12),
        (seed & 2) == 0 ? "first_positive_within" : "rolling"));
    // the client rules: complaint classes, the churn warning, the recall window, client thresholds
    y.append(f("  complaints: { rate_per_client_month: %.3f, resolved_health_gain: %.1f,"
            + " serious: { share: %.2f, answer_within_hours: %d } }%n"
            + "  churn_warning: { below_health: %d, window_months: %d }%n  health_recall: { consecutive_months: %d }%n",
        r.nextDouble() * 0.1, r.nextDouble() * 5, r.nextDouble() * 0.5, 4 + r.nextInt(48), 40 + r.nextInt(30),
        1 + r.nextInt(4), 1 + r.nextInt(3)));
    y.append(f("clients:%n  churn_healthy_at: %d%n  churn_unhealthy_at: %d%n  neutral_quality: %.2f%n"
            + "  signing_window_months: %d%n  milestone_window_months: %d%n  tiers: { dormant_after_months: %d }%n",
        70 + r.nextInt(20), 30 + r.nextInt(30), 0.5 + r.nextDouble() * 0.3, 3 + r.nextInt(12), 3 + r.nextInt(12),
        3 + r.nextInt(12)));
    return y.toString();
  }

  private static String templates(Random r) {
    return f("""
        branch_templates:
          - id: branch
            staffing:
              - { role: manager, count: 1 }
              - { role: sales, count: %d }
              - { role: service, skill: tax, count: %d }
              - { role: service, skill: legal, count: %d }
            base_pay: { manager: 25000, sales: 8000, service: 10000 }
            performance_pay_ratio: { dist: uniform, min: 0.05, max: 0.15 }
            commission: { tiers: [ { from: 0, rate: 0.04 }, { from: 60000, rate: { dist: uniform, min: 0.06, max: 0.1 } } ],
                          first_month_tier: 2 }
            productivity:
              contacts_per_consultant_month: { dist: normal, mean: 40, sd: 10, min: 0, draw: month }
              conversion_rate: { dist: beta, alpha: 3, beta: 10 }
              service_hours_per_month: 130
              quality: { dist: uniform, min: 0.5, max: 0.9 }
              sales_target_per_consultant_month: 80000
            ramp_up_months: %d
            attrition_monthly: 0.03
            hiring_lag_months: %d
            hiring_cost_per_hire: 5000
            hiring: { add_service_when_utilisation_above: 0.9, busy_months: 2, idle_months: 2, release_idle_service: true }
            seats: 15
            setup_cost: 300000
            other_fixed_per_month: 10000
            marketing:
              - { id: online, budget_per_month: %d, cost_per_lead: { dist: uniform, min: 300, max: 900 }, roi_benchmark: 2 }
        equity_templates:
          - { id: stake, operations: branch, stake: { dist: uniform, min: 0.2, max: 0.4 }, investment: %d, own_clients: %d,
              dividend_every_months: 6, platform_fee_rate: { dist: uniform, min: 0.02, max: 0.05 }, paid_in_share: 0.5,
              exit_multiple: 3 }
        partner_templates:
          - { id: partner_plain, skills: [tax, legal, ip], capacity_hours_per_month: %d, revenue_share: 0.5,
              late_rate: 0.1, failure_rate: 0.05 }
          - id: partner_desk
            skills: [tax, legal]
            capacity_hours_per_month: %d
            revenue_share: { dist: uniform, min: 0.4, max: 0.6 }
            reach: neighbours
            quality: { dist: uniform, min: 0.6, max: 0.95, draw: month }
            late_rate: { dist: uniform, min: 0, max: 0.3, draw: month }
            failure_rate: 0.05
            months_of_work_accepted: 1.5
            remote_sales: { contacts_per_month: 30, conversion_rate: 0.2, cost_per_month: 20000 }
        agent_templates:
          - { id: agent, commission_rate: 0.35, leakage_rate_monthly: { dist: uniform, min: 0, max: 0.1, draw: month },
              contacts_per_month: 30, conversion_rate: 0.2 }
        """, 1 + r.nextInt(6), r.nextInt(3), r.nextInt(3), r.nextInt(4), r.nextInt(3), r.nextInt(40_000),
        500_000 + r.nextInt(3_000_000), r.nextInt(100), 100 + r.nextInt(600), 100 + r.nextInt(600));
  }

  private static String draw(Random r) {
    return r.nextBoolean() ? "month" : "replication";
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}

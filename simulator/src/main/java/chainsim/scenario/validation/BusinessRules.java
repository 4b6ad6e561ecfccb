package chainsim.scenario.validation;

import chainsim.scenario.tree.Suggestions;
import chainsim.scenario.tree.Numbers;
import chainsim.scenario.BranchTemplate;
import chainsim.scenario.Commission;
import chainsim.scenario.ExpansionPlanning;
import chainsim.scenario.HeadcountTarget;
import chainsim.scenario.Identified;
import chainsim.scenario.Limits;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.PartnerTemplate;
import chainsim.scenario.Hiring;
import chainsim.scenario.Payment;
import chainsim.scenario.Problem;
import chainsim.scenario.Product;
import chainsim.scenario.Region;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import chainsim.scenario.StaffLine;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second pass of validation, on the bound records: references, months inside the horizon,
 * fields that only mean something for one mode, staffing, payment terms, commission tiers, pay,
 * correlations and the planner's settings. Problems point at the key path in the resolved tree.
 *
 * <p>When the first pass found problems, the records hold only the units whose shape is right
 * ({@link Shape#bindable()}); a rule that needs a unit left out (the horizon for
 * an opening's month, a template for an opening's remote sales) waits until it is fixed, and a
 * reference to an item left out is not "unknown".
 */
public final class BusinessRules {
  private final Scenario s;
  private final Findings findings;
  private final TreeLocator locator;
  private final IdLists idLists;
  private final Shape shape;

  private BusinessRules(Scenario scenario, MapNode tree, Shape shape, List<Problem> problems) {
    this.s = scenario;
    this.findings = new Findings(problems);
    this.locator = new TreeLocator(tree);
    this.idLists = new IdLists(tree, scenario, shape);
    this.shape = shape;
  }

  /**
   * Checks a scenario bound from {@code shape.bindable()}.
   *
   * @param tree the resolved tree as written, where problems are located
   */
  public static void check(Scenario scenario, MapNode tree, Shape shape, List<Problem> problems) {
    BusinessRules rules = new BusinessRules(scenario, tree, shape, problems);
    rules.limits();
    new ReferenceCheck(scenario, rules.findings, rules.locator, rules.idLists).run();
    rules.openings();
    rules.headcountPlan();
    rules.branchTemplates();
    rules.products();
    rules.regions();
    rules.clients();
    new CorrelationCheck(scenario, rules.findings, rules.locator, shape).run();
    rules.planning();
  }

  private void add(String path, String message) {
    findings.add(locator.value(path), path, message);
  }

  /** The sizes the simulator's compact per-firm arrays can hold ({@link Limits}). */
  private void limits() {
    tooMany(s.products(), "products", Limits.MAX_PRODUCTS, "a firm's products bought are kept as 32 flags");
    tooMany(s.skills(), "skills", Limits.MAX_SKILLS, "a product's skills are kept as 32 flags");
    tooMany(s.clients().milestones(), "clients.milestones", Limits.MAX_MILESTONES,
        "a firm's milestones reached are kept as 8 flags");
    tooMany(s.expansion(), "expansion", Limits.MAX_OPENINGS, "a client's owner is kept in 16 bits");
    for (BranchTemplate b : s.branchTemplates()) {
      tooMany(b.marketing(), "branch_templates[" + b.id() + "].marketing", Limits.MAX_MARKETING_LINES,
          "how a firm was won is kept in 8 bits");
    }
  }

  /** The churn curve must rise from its healthy to its unhealthy point. */
  private void clients() {
    if (s.clients() == null) {
      return;
    }
    Double healthy = s.clients().churnHealthyAt();
    Double unhealthy = s.clients().churnUnhealthyAt();
    if (healthy != null && unhealthy != null && unhealthy >= healthy) {
      add("clients.churn_unhealthy_at", "churn_unhealthy_at (" + unhealthy + ") must be below churn_healthy_at ("
          + healthy + ")");
    }
  }

  private void tooMany(List<? extends Identified> items, String path, int max, String why) {
    if (items.size() > max) {
      String first = path + "[" + items.get(max).id() + "]";
      add(first, "at most " + max + " " + noun(path) + " (" + why + "); this is number " + (max + 1) + " of "
          + items.size());
    }
  }

  private static String noun(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    return last.equals("expansion") ? "openings" : last.equals("marketing") ? "marketing lines" : last;
  }

  private void openings() {
    for (Opening o : s.expansion()) {
      String path = "expansion[" + o.id() + "]";
      insideHorizon(o.month(), path + ".month");
      for (Map.Entry<String, Component> e : Component.of(Opening.class).entrySet()) {
        Component c = e.getValue();
        if (c.onlyForMode() != null && c.onlyForMode().value() != o.mode() && given(o, c)) {
          add(path + "." + c.key(), Names.quote(c.key()) + " applies only to mode " + c.onlyForMode().value().key()
              + ", not " + o.mode().key());
        }
      }
      String list = templateList(o.mode());
      if (idLists.judged(list) && !idLists.accepted(list).contains(o.template())) {
        add(path + ".template", "unknown " + templateNoun(o.mode()) + " " + Names.quote(o.template()) + " for mode "
            + o.mode().key() + Suggestions.hint(o.template(), idLists.suggestible(list)));
      } else if (o.mode() == Mode.PARTNER && Boolean.TRUE.equals(o.remoteSales())) {
        Optional<PartnerTemplate> p = s.partnerTemplate(o.template());
        if (p.isPresent() && p.get().remoteSales() == null) {
          add(path + ".remote_sales", "partner template " + Names.quote(p.get().id()) + " has no remote_sales desk");
        }
      }
    }
  }

  private static boolean given(Opening o, Component c) {
    return c.read(o) != null;
  }


  static String templateList(Mode mode) {
    return mode == Mode.DIRECT ? "branch_templates" : mode.key() + "_templates";
  }

  private static String templateNoun(Mode mode) {
    return mode == Mode.DIRECT ? "branch template" : mode.key() + " template";
  }

  private void insideHorizon(Integer month, String path) {
    Integer last = horizonMonths();
    if (month != null && last != null && month > last) {
      add(path, "month " + month + " is after the horizon's last month " + last);
    }
  }

  /** The horizon's length, or null when the first pass left it out. */
  private Integer horizonMonths() {
    return s.horizon() == null ? null : s.horizon().months();
  }

  private void headcountPlan() {
    for (int i = 0; i < s.headcountPlan().size(); i++) {
      HeadcountTarget t = s.headcountPlan().get(i);
      String path = "headcount_plan[" + i + "]";
      insideHorizon(t.fromMonth(), path + ".from_month");
      skillForRole(t.role(), t.skill(), path);
      Optional<Opening> opening = Scenario.find(s.expansion(), t.opening());
      if (opening.isPresent() && opening.get().mode() != Mode.DIRECT && opening.get().mode() != Mode.EQUITY) {
        add(path + ".opening", "opening " + Names.quote(t.opening()) + " is a " + opening.get().mode().key()
            + " opening; headcount targets apply to direct and equity openings");
      }
      if (t.transfersIn() > 0 && t.transferFrom() == null) {
        add(path + ".transfers_in", "transfers_in needs transfer_from, the opening people come from");
      }
      if (t.transferFrom() != null && t.transferFrom().equals(t.opening())) {
        add(path + ".transfer_from", "people cannot transfer from an opening to itself");
      }
    }
  }

  /** Service roles deliver with a skill; other roles have none. */
  private void skillForRole(String roleId, String skill, String path) {
    Optional<Role> role = s.role(roleId);
    if (role.isEmpty()) {
      return;
    }
    boolean service = role.get().kind() == Role.Kind.SERVICE;
    if (service && skill == null) {
      add(path, "role " + Names.quote(roleId) + " is a service role and needs a skill");
    } else if (!service && skill != null) {
      add(path + ".skill", "role " + Names.quote(roleId) + " is a " + role.get().kind().name().toLowerCase(
          java.util.Locale.ROOT) + " role; only service roles have a skill");
    }
  }

  private void branchTemplates() {
    for (BranchTemplate b : s.branchTemplates()) {
      String path = "branch_templates[" + b.id() + "]";
      for (int i = 0; i < b.staffing().size(); i++) {
        StaffLine line = b.staffing().get(i);
        skillForRole(line.role(), line.skill(), path + ".staffing[" + i + "]");
        if (s.role(line.role()).isPresent() && !b.basePay().containsKey(line.role())) {
          add(path + ".base_pay", "no base pay for role " + Names.quote(line.role()) + ", which the staffing uses");
        }
      }
      if (b.targetHeadcount() > b.seats()) {
        add(path + ".seats", "the staffing needs " + b.targetHeadcount() + " people but the office has " + b.seats()
            + " seats");
      }
      commission(b.commission(), path + ".commission");
      Hiring h = b.hiring();
      if (h.addServiceWhenUtilisationAbove() != null && h.removeServiceWhenUtilisationBelow() != null
          && h.removeServiceWhenUtilisationBelow() >= h.addServiceWhenUtilisationAbove()) {
        add(path + ".hiring.remove_service_when_utilisation_below", "must be below add_service_when_utilisation_above ("
            + Numbers.plain(h.addServiceWhenUtilisationAbove()) + "), or one month would both hire and give back");
      }
    }
  }

  private void commission(Commission c, String path) {
    List<Commission.Tier> tiers = c.tiers();
    if (!tiers.isEmpty() && tiers.get(0).from() != 0) {
      add(path + ".tiers[0].from", "the first tier must start at 0, not " + Numbers.plain(tiers.get(0).from()));
    }
    for (int i = 1; i < tiers.size(); i++) {
      if (tiers.get(i).from() <= tiers.get(i - 1).from()) {
        add(path + ".tiers[" + i + "].from", "tiers must be in ascending order of 'from': "
            + Numbers.plain(tiers.get(i).from()) + " follows " + Numbers.plain(tiers.get(i - 1).from()));
      }
    }
    if (!tiers.isEmpty() && c.firstMonthTier() > tiers.size()) {
      add(path + ".first_month_tier", "there are only " + tiers.size() + " tiers, not " + c.firstMonthTier());
    }
  }

  private void products() {
    for (Product p : s.products()) {
      String path = "products[" + p.id() + "]";
      Payment pay = p.payment();
      if (!pay.completionPaysTheRest()) {
        // every draw: the largest upfront share with the largest completion share; rounded, since
        // 0.7 + 0.6 is 1.2999999999999998 in binary, 1.3 in the file
        double most = Math.round((pay.upfront().supportMax() + pay.onCompletion().supportMax()) * 1e9) / 1e9;
        boolean fixed = pay.upfront().isFixed() && pay.onCompletion().isFixed();
        if (most > 1 + 1e-9) {
          add(path + ".payment", "upfront + on_completion " + (fixed ? "is " : "can reach ") + Numbers.plain(most)
              + "; it must be at most 1" + (fixed ? "" : " for every draw"));
        }
      }
      if (p.crossSellAnnual().containsKey(p.id())) {
        findings.add(locator.key(path + ".cross_sell_annual." + p.id()), path + ".cross_sell_annual." + p.id(),
            "a product cannot cross-sell itself; use repeat_rate_annual");
      }
    }
  }

  private void regions() {
    for (Region r : s.regions()) {
      if (r.neighbours().contains(r.id())) {
        add("regions[" + r.id() + "].neighbours", "a region is not its own neighbour");
      }
    }
  }

  private void planning() {
    ExpansionPlanning e = s.planning().expansion();
    String path = "planning.expansion";
    // Without a horizon (left out by the first pass), no quarter is known to be too late.
    int quarters = horizonMonths() == null ? Integer.MAX_VALUE : (horizonMonths() + 2) / 3;
    if (e.quarters() != null && e.quarters() > quarters) {
      add(path + ".quarters", e.quarters() + " quarters go beyond the horizon's " + quarters);
    }
    int planned = e.quarters() != null ? Math.min(e.quarters(), quarters) : Math.min(8, quarters);
    for (int i = 0; i < e.pin().size(); i++) {
      ExpansionPlanning.PinnedCell pin = e.pin().get(i);
      String at = path + ".pin[" + i + "]";
      if (pin.quarter() != null && pin.quarter() > quarters) {
        add(at + ".quarter", "quarter " + pin.quarter() + " is after the horizon's last quarter " + quarters);
      } else if (pin.quarter() != null && pin.quarter() > planned) {
        add(at + ".quarter", "quarter " + pin.quarter() + " is after the planner's last quarter " + planned
            + " (planning.expansion.quarters)");
      }
      if (pin.mode() != null && !e.modes().contains(pin.mode())) {
        add(at + ".mode", "mode " + pin.mode().key() + " is not among the planner's modes");
      } else if (pin.mode() != null && idLists.judged(templateList(pin.mode()))
          && idLists.accepted(templateList(pin.mode())).isEmpty()) {
        add(at + ".mode", "mode " + pin.mode().key() + " has no " + templateNoun(pin.mode()) + " to plan with");
      }
      if (pin.mode() != null && pin.quarter() == null) {
        add(at, "a cell pinned to mode " + pin.mode().key() + " needs the quarter it opens in");
      }
      if (pin.mode() == null && pin.quarter() != null) {
        add(at + ".quarter", "a cell pinned out (no mode) has no quarter");
      }
      // a pin the planner would never see is a mistake in the file, not a choice
      Region region = s.regions().stream().filter(r -> r.id().equals(pin.region())).findFirst().orElse(null);
      if (region != null && region.firms().getOrDefault(pin.industry(), 0) <= 0) {
        add(at, "cell " + pin.region() + "/" + pin.industry() + " has no firms, so the planner has nothing to pin");
      } else if (region != null && !e.regions().isEmpty() && !e.regions().contains(pin.region())) {
        add(at + ".region", "region " + pin.region() + " is not among planning.expansion.regions");
      } else if (region != null && !e.industries().isEmpty() && !e.industries().contains(pin.industry())) {
        add(at + ".industry", "industry " + pin.industry() + " is not among planning.expansion.industries");
      }
      boolean excluded = e.exclude().stream()
          .anyMatch(c -> c.region().equals(pin.region()) && c.industry().equals(pin.industry()));
      if (excluded) {
        add(at, "cell " + pin.region() + "/" + pin.industry() + " is both pinned and excluded");
      }
    }
    modeTemplate(e.templates().direct(), Mode.DIRECT, path + ".templates.direct");
    modeTemplate(e.templates().equity(), Mode.EQUITY, path + ".templates.equity");
    modeTemplate(e.templates().partner(), Mode.PARTNER, path + ".templates.partner");
    modeTemplate(e.templates().agent(), Mode.AGENT, path + ".templates.agent");
  }

  private void modeTemplate(String id, Mode mode, String path) {
    String list = templateList(mode);
    if (id != null && idLists.judged(list) && !idLists.accepted(list).contains(id)) {
      add(path, "unknown " + templateNoun(mode) + " " + Names.quote(id) + Suggestions.hint(id, idLists.suggestible(list)));
    }
  }

  static <T extends Identified> List<String> idsOf(List<T> items) {
    return items.stream().map(Identified::id).toList();
  }
}

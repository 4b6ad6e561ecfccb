package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * A whole scenario: the market, the products, how branches and channels are run, the expansion
 * plan, the policies, the uncertainty, and the planners' settings. See
 * {@code docs/scenario-format.md} for every field.
 */
public record Scenario(
    @NotNull @JsonPropertyDescription("Name of the scenario, shown in reports.") String name,
    @JsonPropertyDescription("What the scenario asks, in a sentence or two.") String description,
    @JsonProperty("extends")
        @JsonPropertyDescription(
            "Base file(s) this scenario overlays, relative to this file: a path or a list of paths. Resolved before"
                + " anything else; absent from the resolved scenario.")
        List<String> extendsFiles,
    @NotNull @JsonPropertyDescription("Seed of every random stream; same seed, same results.") Long seed,
    @Min(1) @Max(1_000_000) @JsonPropertyDescription("Monte Carlo replications. Default 200.") Integer replications,
    @Pattern(regexp = "^CNY$", message = "CNY (every amount is in yuan)")
        @JsonPropertyDescription("Currency of every amount. Only CNY (yuan). Default CNY.")
        String currency,
    @NotNull @JsonPropertyDescription("The simulated months.") Horizon horizon,
    @NotNull @JsonPropertyDescription("Capital, reserve and discounting.") Capital capital,
    @JsonPropertyDescription("The head office's own monthly costs.") CentralCosts centralCosts,
    @NotNull @NotEmpty @JsonPropertyDescription("Industries served.") List<Industry> industries,
    @NotNull @NotEmpty @JsonPropertyDescription("Delivery skills.") List<Skill> skills,
    @NotNull @NotEmpty @JsonPropertyDescription("Jobs in a branch.") List<Role> roles,
    @NotNull @NotEmpty @JsonPropertyDescription("Regions and their markets.") List<Region> regions,
    @NotNull @NotEmpty @JsonPropertyDescription("Services sold.") List<Product> products,
    @JsonPropertyDescription("How direct branches are staffed, paid and run.") List<BranchTemplate> branchTemplates,
    @JsonPropertyDescription("Terms of equity channels (minority stakes).") List<EquityTemplate> equityTemplates,
    @JsonPropertyDescription("Subcontracting partners.") List<PartnerTemplate> partnerTemplates,
    @JsonPropertyDescription("Commissioned agents (the comparator).") List<AgentTemplate> agentTemplates,
    @JsonPropertyDescription("The expansion plan: openings in month order.") List<Opening> expansion,
    @JsonPropertyDescription("Headcount targets that replace the templates' (the staffing planner's output).")
        List<HeadcountTarget> headcountPlan,
    @JsonPropertyDescription("Operating rules.") Policies policies,
    @JsonPropertyDescription("How individual client firms live.") ClientModel clients,
    @JsonPropertyDescription("Correlations between parameters drawn once per replication.")
        List<Correlation> correlations,
    @JsonPropertyDescription("Planner settings.") Planning planning)
    implements Identified {

  public Scenario {
    extendsFiles = extendsFiles == null ? List.of() : List.copyOf(extendsFiles);
    replications = replications == null ? 200 : replications;
    currency = currency == null ? "CNY" : currency;
    centralCosts = centralCosts == null ? CentralCosts.none() : centralCosts;
    branchTemplates = branchTemplates == null ? List.of() : List.copyOf(branchTemplates);
    equityTemplates = equityTemplates == null ? List.of() : List.copyOf(equityTemplates);
    partnerTemplates = partnerTemplates == null ? List.of() : List.copyOf(partnerTemplates);
    agentTemplates = agentTemplates == null ? List.of() : List.copyOf(agentTemplates);
    expansion = expansion == null ? List.of() : List.copyOf(expansion);
    headcountPlan = headcountPlan == null ? List.of() : List.copyOf(headcountPlan);
    policies = policies == null ? Policies.defaults() : policies;
    clients = clients == null ? ClientModel.defaults() : clients;
    correlations = correlations == null ? List.of() : List.copyOf(correlations);
    planning = planning == null ? Planning.defaults() : planning;
  }

  /** The scenario's name doubles as its identity in comparisons. */
  @Override
  public String id() {
    return name;
  }

  public Scenario withExpansion(List<Opening> openings) {
    return new Scenario(
        name, description, extendsFiles, seed, replications, currency, horizon, capital, centralCosts, industries,
        skills, roles, regions, products, branchTemplates, equityTemplates, partnerTemplates, agentTemplates,
        openings, headcountPlan, policies, clients, correlations, planning);
  }

  public Scenario withPlanning(Planning newPlanning) {
    return new Scenario(
        name, description, extendsFiles, seed, replications, currency, horizon, capital, centralCosts, industries,
        skills, roles, regions, products, branchTemplates, equityTemplates, partnerTemplates, agentTemplates,
        expansion, headcountPlan, policies, clients, correlations, newPlanning);
  }

  public Scenario withHeadcountPlan(List<HeadcountTarget> targets) {
    return new Scenario(
        name, description, extendsFiles, seed, replications, currency, horizon, capital, centralCosts, industries,
        skills, roles, regions, products, branchTemplates, equityTemplates, partnerTemplates, agentTemplates,
        expansion, targets, policies, clients, correlations, planning);
  }

  /** The same scenario over another horizon (e.g. cut short after the months a planner needs). */
  public Scenario withHorizon(Horizon newHorizon) {
    return new Scenario(
        name, description, extendsFiles, seed, replications, currency, newHorizon, capital, centralCosts, industries,
        skills, roles, regions, products, branchTemplates, equityTemplates, partnerTemplates, agentTemplates,
        expansion, headcountPlan, policies, clients, correlations, planning);
  }

  public Scenario withRun(long newSeed, int newReplications) {
    return new Scenario(
        name, description, extendsFiles, newSeed, newReplications, currency, horizon, capital, centralCosts,
        industries, skills, roles, regions, products, branchTemplates, equityTemplates, partnerTemplates,
        agentTemplates, expansion, headcountPlan, policies, clients, correlations, planning);
  }

  public Optional<Region> region(String id) {
    return find(regions, id);
  }

  public Optional<Product> product(String id) {
    return find(products, id);
  }

  public Optional<BranchTemplate> branchTemplate(String id) {
    return find(branchTemplates, id);
  }

  public Optional<EquityTemplate> equityTemplate(String id) {
    return find(equityTemplates, id);
  }

  public Optional<PartnerTemplate> partnerTemplate(String id) {
    return find(partnerTemplates, id);
  }

  public Optional<AgentTemplate> agentTemplate(String id) {
    return find(agentTemplates, id);
  }

  public Optional<Role> role(String id) {
    return find(roles, id);
  }

  /** The item with an id in a list, if there is one. */
  public static <T extends Identified> Optional<T> find(List<T> items, String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}

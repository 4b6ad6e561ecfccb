package chainsim.rebalance.observations;

import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The direct branches of the scenario grouped by the branch template they are built from.
 * Parameters live on templates, so the actuals of all branches of one template are pooled into
 * one set of observations; differences between branches are not modelled (docs/calibration.md,
 * Limits). Openings of other modes (equity, partner, agent) are not branches of a template here:
 * their parameters are not calibrated from actuals.
 */
final class TemplateBranches {
  private final Map<String, Set<String>> branchesByTemplate = new LinkedHashMap<>();
  private final Map<String, String> templateByBranch = new LinkedHashMap<>();

  TemplateBranches(Scenario scenario) {
    if (scenario.branchTemplates() != null) {
      scenario.branchTemplates().forEach(t -> branchesByTemplate.put(t.id(), new LinkedHashSet<>()));
    }
    for (Opening o : scenario.expansion()) {
      if (o.mode() == Mode.DIRECT && branchesByTemplate.containsKey(o.template())) {
        branchesByTemplate.get(o.template()).add(o.id());
        templateByBranch.put(o.id(), o.template());
      }
    }
  }

  /** Template ids in the scenario's order. */
  Set<String> templates() {
    return branchesByTemplate.keySet();
  }

  Set<String> branches(String template) {
    return branchesByTemplate.getOrDefault(template, Set.of());
  }

  /** The template a branch is built from, or null for an entity that is not a direct branch. */
  String templateOf(String entity) {
    return templateByBranch.get(entity);
  }

  /** The catalog path prefix of a template's parameters. */
  static String prefix(String template) {
    return "branch_templates[" + template + "]";
  }
}

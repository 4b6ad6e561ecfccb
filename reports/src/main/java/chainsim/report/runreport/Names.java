package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.scenario.BranchTemplate;
import chainsim.scenario.ClientModel;
import chainsim.scenario.Label;
import chainsim.scenario.MarketingLine;
import chainsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What things are called in a report: regions, industries, products, skills, roles and templates
 * by their scenario labels; channels, cost categories, event types and parameter fields by the
 * report's dictionary. Branch and channel ids stay ids (they are the plan's names).
 */
public final class Names {
  private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)(?:\\[([^\\]]+)\\])?");

  private final Labels labels;
  /** Labels by collection and id, e.g. {@code regions} then {@code suzhou}. */
  private final Map<String, Map<String, Label>> byCollection = new HashMap<>();

  public Names(Scenario scenario, Labels labels) {
    this.labels = labels;
    scenario.regions().forEach(r -> put("regions", r.id(), r.label()));
    scenario.industries().forEach(i -> put("industries", i.id(), i.label()));
    scenario.products().forEach(p -> put("products", p.id(), p.label()));
    scenario.skills().forEach(s -> put("skills", s.id(), s.label()));
    scenario.roles().forEach(r -> put("roles", r.id(), r.label()));
    for (BranchTemplate t : scenario.branchTemplates()) {
      put("branch_templates", t.id(), t.label());
      for (MarketingLine m : t.marketing()) {
        put("marketing", m.id(), m.label());
      }
    }
    scenario.equityTemplates().forEach(t -> put("equity_templates", t.id(), t.label()));
    scenario.partnerTemplates().forEach(t -> put("partner_templates", t.id(), t.label()));
    scenario.agentTemplates().forEach(t -> put("agent_templates", t.id(), t.label()));
    for (ClientModel.Milestone m : scenario.clients().milestones()) {
      put("milestones", m.id(), m.label());
    }
  }

  private void put(String collection, String id, Label label) {
    byCollection.computeIfAbsent(collection, k -> new HashMap<>()).put(id, label);
  }

  private String of(String collection, String id) {
    Label label = byCollection.getOrDefault(collection, Map.of()).get(id);
    return Label.of(label, labels.lang().code(), id);
  }

  public Labels labels() {
    return labels;
  }

  public String region(String id) {
    return of("regions", id);
  }

  public String industry(String id) {
    return of("industries", id);
  }

  public String product(String id) {
    return of("products", id);
  }

  public String skill(String id) {
    return of("skills", id);
  }

  public String role(String id) {
    return of("roles", id);
  }

  public String milestone(String id) {
    return of("milestones", id);
  }

  /** A marketing line (of any branch template) by id. */
  public String marketing(String id) {
    return of("marketing", id);
  }

  /** A template of any mode by id. */
  public String template(String id) {
    for (String c : List.of("branch_templates", "equity_templates", "partner_templates", "agent_templates")) {
      if (byCollection.getOrDefault(c, Map.of()).containsKey(id)) {
        return of(c, id);
      }
    }
    return id;
  }

  /** direct, equity, partner or agent. */
  public String mode(String key) {
    return labels.getOr("mode." + key, key);
  }

  public String cost(String key) {
    return labels.getOr("cost." + key, key.replace('_', ' '));
  }

  public String eventType(String key) {
    return labels.getOr("event." + key, key.replace('_', ' '));
  }

  /** {@code sales} or {@code service.tax}: the role, and the skill where there is one. */
  public String headcount(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? role(key) : role(key.substring(0, dot)) + " · " + skill(key.substring(dot + 1));
  }

  /**
   * A parameter's key path for a reader: {@code branch_templates[standard_direct].productivity.conversion_rate}
   * becomes "Standard direct branch · conversion rate". Items are named by their labels, fields by
   * the dictionary ({@code param.<field>}; an empty word drops a structural field), map keys by
   * the label of the industry, product or skill they name.
   */
  public String parameter(String path) {
    List<String> parts = new ArrayList<>();
    for (String segment : path.split("\\.")) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        parts.add(segment);
        continue;
      }
      String field = m.group(1);
      String id = m.group(2);
      if (id != null) {
        parts.add(byCollection.containsKey(field) ? of(field, id) : id);
        continue;
      }
      String word = labels.getOr("param." + field, null);
      if (word == null) {
        word = mapKey(field);
      }
      if (!word.isEmpty()) {
        parts.add(word);
      }
    }
    return String.join(" · ", parts);
  }

  private String mapKey(String key) {
    for (String c : List.of("industries", "products", "skills", "roles", "regions")) {
      if (byCollection.getOrDefault(c, Map.of()).containsKey(key)) {
        return of(c, key);
      }
    }
    return key.replace('_', ' ');
  }
}

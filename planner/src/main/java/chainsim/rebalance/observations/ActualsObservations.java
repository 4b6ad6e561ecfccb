package chainsim.rebalance.observations;

import chainsim.actuals.Actuals;
import chainsim.rebalance.calibration.Observations;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Scenario;
import chainsim.scenario.Uncertain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a directory of actuals says about the scenario's uncertain parameters: observations keyed by
 * the parameter's {@link ParameterCatalog} path, ready for
 * {@link chainsim.rebalance.calibration.ScenarioCalibration#of}, and the parameters left as they
 * are, each with its reason.
 *
 * <p>Parameters live on templates, so the branches built from one template pool into one set of
 * observations ({@link TemplateBranches}). Which columns feed which parameter, and the bias of each
 * denominator, is in the class of each: {@link ConversionObservations},
 * {@link ContactsObservations}, {@link AttritionObservations}, {@link ChurnObservations},
 * {@link PriceObservations}, {@link CostPerLeadObservations}.
 *
 * @param observations per parameter path, in the scenario's declaration order
 * @param notCalibrated every uncertain parameter without usable observations, and every fixed one
 *     the actuals would inform, in declaration order
 */
public record ActualsObservations(Map<String, Observations> observations, List<NotCalibrated> notCalibrated) {

  static final String CONVERSION = ".productivity.conversion_rate";
  static final String CONTACTS = ".productivity.contacts_per_consultant_month";
  static final String ATTRITION = ".attrition_monthly";
  static final String CHURN = "clients.churn_monthly_healthy";

  static final String NOT_OBSERVED = "no column of the actuals observes it";

  /** The catalog path of a template's marketing line's cost per lead. */
  static String costPerLead(String template, String line) {
    return TemplateBranches.prefix(template) + ".marketing[" + line + "].cost_per_lead";
  }

  /** The catalog path of a product's price. */
  static String price(String product) {
    return "products[" + product + "].price";
  }

  public ActualsObservations {
    observations = Collections.unmodifiableMap(new LinkedHashMap<>(observations));
    notCalibrated = List.copyOf(notCalibrated);
  }

  /** The observations of actuals already read and validated against this scenario. */
  public static ActualsObservations from(Scenario scenario, Actuals actuals) {
    MonthAxis axis = MonthAxis.of(scenario, actuals);
    TemplateBranches branches = new TemplateBranches(scenario);
    Map<String, Finding> findings = new LinkedHashMap<>();
    for (String template : branches.templates()) {
      String prefix = TemplateBranches.prefix(template);
      var own = branches.branches(template);
      if (own.isEmpty()) {
        Finding none = Finding.none("no direct branch of the scenario is built from template " + template);
        findings.put(prefix + CONVERSION, none);
        findings.put(prefix + CONTACTS, none);
        findings.put(prefix + ATTRITION, none);
        scenario.branchTemplate(template).orElseThrow().marketing()
            .forEach(line -> findings.put(costPerLead(template, line.id()), none));
        continue;
      }
      var branchTemplate = scenario.branchTemplate(template).orElseThrow();
      Map<String, Double> multipliers = new LinkedHashMap<>();
      branchTemplate.marketing().forEach(l -> multipliers.put(l.id(), l.conversionMultiplier().mean()));
      findings.put(prefix + CONVERSION, ConversionObservations.of(actuals, axis, own, multipliers));
      int rampUpMonths = branchTemplate.rampUpMonths();
      findings.put(prefix + CONTACTS, ContactsObservations.of(scenario, actuals, axis, own, rampUpMonths));
      findings.put(prefix + ATTRITION, AttritionObservations.of(actuals, axis, own));
      for (var line : branchTemplate.marketing()) {
        findings.put(costPerLead(template, line.id()),
            CostPerLeadObservations.of(actuals, axis, own, line.id(), line.costPerLead()));
      }
    }
    findings.put(CHURN, ChurnObservations.of(actuals, axis));
    for (var product : scenario.products()) {
      findings.put(price(product.id()), PriceObservations.of(actuals, axis, product.id(), product.price()));
    }

    Map<String, Observations> observed = new LinkedHashMap<>();
    List<NotCalibrated> left = new ArrayList<>();
    for (Map.Entry<String, Uncertain> p : ParameterCatalog.of(scenario).parameters().entrySet()) {
      String path = p.getKey();
      Finding finding = findings.get(path);
      if (p.getValue().isFixed()) {
        if (finding != null && finding.found()) {
          left.add(new NotCalibrated(path, "a fixed number in the scenario (" + p.getValue().mean()
              + "): no prior to update; give it a distribution to calibrate it"));
        }
      } else if (finding != null && finding.found()) {
        observed.put(path, finding.observations());
      } else if (finding != null) {
        left.add(new NotCalibrated(path, finding.reason()));
      } else {
        left.add(new NotCalibrated(path, NOT_OBSERVED));
      }
    }
    return new ActualsObservations(observed, left);
  }
}

package chainsim.scenario.validation;

import chainsim.scenario.tree.Suggestions;
import chainsim.scenario.Correlation;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Scenario;
import chainsim.scenario.Uncertain;
import chainsim.scenario.tree.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Correlations join parameters drawn once per replication with a Gaussian copula: each must name
 * an uncertain replication parameter of {@link ParameterCatalog}, and together they must form a
 * positive-definite matrix, or no joint draw exists.
 */
final class CorrelationCheck {
  private final Scenario s;
  private final Findings findings;
  private final TreeLocator locator;
  private final Shape shape;

  CorrelationCheck(Scenario scenario, Findings findings, TreeLocator locator, Shape shape) {
    this.s = scenario;
    this.findings = findings;
    this.locator = locator;
    this.shape = shape;
  }

  void run() {
    if (s.correlations().isEmpty()) {
      return;
    }
    ParameterCatalog catalog = ParameterCatalog.of(s);
    List<String> params = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    // A correlation left out by the first pass, or a parameter inside a part left out, cannot be
    // judged yet, and without every correlation the matrix cannot be either.
    boolean allKnown = !shape.leftOutWithin("correlations");
    for (int i = 0; i < s.correlations().size(); i++) {
      Correlation c = s.correlations().get(i);
      String path = "correlations[" + i + "]";
      if (shape.leftOut(c.a()) || shape.leftOut(c.b())) {
        allKnown = false;
        continue;
      }
      allKnown &= parameter(catalog, c.a(), path + ".a") & parameter(catalog, c.b(), path + ".b");
      if (c.a().equals(c.b())) {
        add(path + ".b", "a parameter cannot be correlated with itself");
        allKnown = false;
      } else if (!pairs.add(c.a().compareTo(c.b()) < 0 ? c.a() + "|" + c.b() : c.b() + "|" + c.a())) {
        add(path, "the pair " + c.a() + " and " + c.b() + " is correlated twice");
        allKnown = false;
      }
      for (String p : List.of(c.a(), c.b())) {
        if (!params.contains(p)) {
          params.add(p);
        }
      }
    }
    if (allKnown && !positiveDefinite(params)) {
      add("correlations", "the correlations cannot hold together (their matrix is not positive definite);"
          + " weaken some of them");
    }
  }

  private boolean parameter(ParameterCatalog catalog, String path, String keyPath) {
    Uncertain u = catalog.parameters().get(path);
    if (u == null) {
      add(keyPath, "unknown parameter " + Names.quote(path)
          + Suggestions.hint(path, catalog.uncertainReplicationParameters()));
      return false;
    }
    if (u.isFixed()) {
      add(keyPath, "parameter " + Names.quote(path) + " is a fixed number; only uncertain parameters can be correlated");
      return false;
    }
    if (u.draw() != Uncertain.Draw.REPLICATION) {
      add(keyPath, "parameter " + Names.quote(path) + " is drawn every month; only parameters drawn once per"
          + " replication can be correlated");
      return false;
    }
    return true;
  }

  private boolean positiveDefinite(List<String> params) {
    int n = params.size();
    RealMatrix m = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      m.setEntry(i, i, 1.0);
    }
    for (Correlation c : s.correlations()) {
      int a = params.indexOf(c.a());
      int b = params.indexOf(c.b());
      m.setEntry(a, b, c.rho());
      m.setEntry(b, a, c.rho());
    }
    try {
      new CholeskyDecomposition(m, 1e-12, 1e-10);
      return true;
    } catch (NonPositiveDefiniteMatrixException e) {
      return false;
    }
  }

  private void add(String path, String message) {
    findings.add(locator.value(path), path, message);
  }
}

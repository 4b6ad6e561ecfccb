package chainsim.random;

import chainsim.scenario.Correlation;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.Scenario;
import chainsim.scenario.Uncertain;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The uncertainty of a scenario, prepared once: a sampler per parameter and the Cholesky factor
 * of the correlation matrix. {@link #draw} turns it into one replication's {@link ParameterDraws}.
 *
 * <p>Each parameter's uniform comes from its own stream keyed by its key path, so the draws do
 * not depend on the order of the file. Correlated parameters are joined with a Gaussian copula:
 * normal scores are mixed by the Cholesky factor, then mapped back through each marginal.
 */
public final class UncertaintyModel {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final ParameterCatalog catalog;
  private final RandomStreams streams;
  private final Map<String, Sampler> samplers = new LinkedHashMap<>();
  private final List<String> replicationPaths;
  private final List<String> correlatedPaths = new ArrayList<>();
  private final RealMatrix choleskyLower;

  public UncertaintyModel(Scenario scenario) {
    this.catalog = ParameterCatalog.of(scenario);
    this.streams = new RandomStreams(scenario.seed());
    catalog.parameters().forEach((path, u) -> samplers.put(path, Sampler.of(u)));
    this.replicationPaths = catalog.uncertainReplicationParameters();
    this.choleskyLower = correlationFactor(scenario.correlations());
  }

  public ParameterCatalog catalog() {
    return catalog;
  }

  public RandomStreams streams() {
    return streams;
  }

  /** Key paths of the parameters that vary between replications, in catalog order. */
  public List<String> replicationPaths() {
    return replicationPaths;
  }

  private RealMatrix correlationFactor(List<Correlation> correlations) {
    if (correlations.isEmpty()) {
      return null;
    }
    for (Correlation c : correlations) {
      for (String path : List.of(c.a(), c.b())) {
        if (!correlatedPaths.contains(path)) {
          correlatedPaths.add(path);
        }
      }
    }
    correlatedPaths.sort(String::compareTo);
    int n = correlatedPaths.size();
    double[][] matrix = new double[n][n];
    for (int i = 0; i < n; i++) {
      matrix[i][i] = 1.0;
    }
    for (Correlation c : correlations) {
      int i = correlatedPaths.indexOf(c.a());
      int j = correlatedPaths.indexOf(c.b());
      matrix[i][j] = c.rho();
      matrix[j][i] = c.rho();
    }
    return new CholeskyDecomposition(new Array2DRowRealMatrix(matrix)).getL();
  }

  /** The parameter values of one replication. */
  public ParameterDraws draw(int replication) {
    Map<String, Double> uniforms = new LinkedHashMap<>();
    for (String path : replicationPaths) {
      UniformRandomProvider rng = streams.stream(replication, RandomStreams.key(path), 0, Purpose.PARAMETERS.key());
      uniforms.put(path, Param.openUnit(rng));
    }
    if (choleskyLower != null) {
      correlate(uniforms);
    }
    Map<Uncertain, Param> params = new IdentityHashMap<>();
    double[] values = new double[replicationPaths.size()];
    catalog
        .parameters()
        .forEach(
            (path, u) -> {
              Sampler sampler = samplers.get(path);
              Param param;
              if (u.isFixed()) {
                param = Param.constant(sampler.inverse(0.5));
              } else if (u.draw() == Uncertain.Draw.MONTH) {
                param = Param.drawnEachUse(sampler);
              } else {
                param = Param.constant(sampler.inverse(uniforms.get(path)));
              }
              params.put(u, param);
            });
    for (int i = 0; i < values.length; i++) {
      values[i] = params.get(catalog.get(replicationPaths.get(i)).orElseThrow()).value();
    }
    return new ParameterDraws(params, values);
  }

  private void correlate(Map<String, Double> uniforms) {
    int n = correlatedPaths.size();
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      Double u = uniforms.get(correlatedPaths.get(i));
      z[i] = u == null ? 0.0 : STANDARD_NORMAL.inverseCumulativeProbability(u);
    }
    double[] mixed = choleskyLower.operate(z);
    for (int i = 0; i < n; i++) {
      String path = correlatedPaths.get(i);
      if (uniforms.containsKey(path)) {
        double u = STANDARD_NORMAL.cumulativeProbability(mixed[i]);
        // keep strictly inside (0,1): the inverse CDFs of bounded-support laws need it
        uniforms.put(path, Math.min(Math.max(u, 1e-15), 1 - 1e-15));
      }
    }
  }
}

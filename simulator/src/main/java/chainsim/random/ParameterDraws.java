package chainsim.random;

import chainsim.scenario.Uncertain;
import java.util.Map;

/** The values every uncertain number of a scenario takes in one replication. */
public final class ParameterDraws {
  private final Map<Uncertain, Param> params;
  private final double[] replicationValues;

  ParameterDraws(Map<Uncertain, Param> params, double[] replicationValues) {
    this.params = params;
    this.replicationValues = replicationValues;
  }

  /** The parameter for an uncertain number of the scenario (looked up by identity). */
  public Param param(Uncertain u) {
    Param p = params.get(u);
    if (p == null) {
      // Defaults created by the records (e.g. a missing optional field) are fixed numbers.
      if (u instanceof Uncertain.Fixed f) {
        return Param.constant(f.value());
      }
      throw new IllegalArgumentException("not a parameter of this scenario: " + u);
    }
    return p;
  }

  /** Shortcut for the replication's value of a parameter (its mean when drawn per use). */
  public double value(Uncertain u) {
    return param(u).value();
  }

  /** Values of the varying replication parameters, in {@link UncertaintyModel#replicationPaths()} order. */
  public double[] replicationValues() {
    return replicationValues.clone();
  }
}

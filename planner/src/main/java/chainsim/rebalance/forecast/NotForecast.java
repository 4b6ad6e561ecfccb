package chainsim.rebalance.forecast;

/**
 * An observed series the previous run has no band for, once per entity and series, and why
 * (a run made before chainsim wrote the series, an entity the run did not have, a figure no run
 * forecasts such as a headcount's hires).
 */
public record NotForecast(String entity, String metric, String reason) {}

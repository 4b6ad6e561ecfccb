/**
 * Monte Carlo: many replications of a scenario, each one possible future, turned into
 * distributions. Replications may finish in any order on any thread; everything is stored by
 * replication index and aggregated in index order, so the result does not depend on either.
 */
package chainsim.montecarlo;

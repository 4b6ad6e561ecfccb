/**
 * Randomness: every draw comes from a stream keyed by (scenario seed, replication, entity, month,
 * purpose), never from the order in which messages arrive or threads run.
 */
package chainsim.random;

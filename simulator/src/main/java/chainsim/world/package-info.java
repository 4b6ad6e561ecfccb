/**
 * The fixed structure of a scenario that every replication shares: which regions, industries,
 * products, skills and roles exist, the market segments (region x industry cells), and the
 * entities the expansion plan opens, each with a stable index and identity.
 */
package chainsim.world;

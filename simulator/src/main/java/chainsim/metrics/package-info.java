/**
 * The monthly series a replication records (cash, P&L, revenue and margin by product, channel,
 * region and industry, costs, headcount, clients, operations, service levels, and each entity's
 * own books), named and laid out once per scenario so every replication fills the same arrays.
 */
package chainsim.metrics;

/**
 * Channels besides direct branches: partners that execute three-no orders for a share of
 * revenue, the central sales desk of partner-only cells, and the traditional agent kept as a
 * comparator (commission and leakage). Equity channels run a branch's operations
 * ({@link chainsim.branch.BranchSeller}); the company's side of a stake is in
 * {@link chainsim.headoffice}.
 */
package chainsim.channel;

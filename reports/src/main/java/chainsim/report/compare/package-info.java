/**
 * Two run directories side by side, A the base and B the change: headline deltas, both cash fans
 * on one calendar, break-even per branch; as a page and as a pull-request comment.
 */
package chainsim.report.compare;

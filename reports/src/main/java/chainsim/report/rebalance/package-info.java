/**
 * The monthly rebalance for review: {@code rebalance.md} (the pull request's description: what
 * moved and why, the forecast check, the calibration, the new headline figures against the old)
 * and {@code rebalance.html} (the same with the old and new cash fans), in Chinese or English.
 */
package chainsim.report.rebalance;

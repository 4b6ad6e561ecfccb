/**
 * The calibration's prior-vs-posterior table as Markdown ({@code calibration.md}, for the pull
 * request of a monthly rebalance) and as a short console table.
 */
package chainsim.report.calibration;

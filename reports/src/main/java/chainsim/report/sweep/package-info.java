/**
 * A sweep's comparison, read back from its variants' run directories: {@code sweep.csv} (the figures as the
 * summaries write them), {@code sweep.md} (for a pull request) and {@code sweep.html} (NPV and P(cash &lt; 0)
 * per variant on the project's self-contained ECharts page), in Chinese or English.
 */
package chainsim.report.sweep;

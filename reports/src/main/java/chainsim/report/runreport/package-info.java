/**
 * The reports of a run directory, read from its files: {@code report.html} (one self-contained
 * page), {@code report.xlsx} (one sheet per table) and {@code summary.md} (headline figures and the
 * five largest risks for a pull request). Entry point: {@link chainsim.report.runreport.RunReport}.
 */
package chainsim.report.runreport;

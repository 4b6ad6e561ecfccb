/**
 * Self-contained HTML: one file with ECharts (from the {@code org.mvnpm:echarts} jar) and the data
 * inlined, so a report opens offline and can be mailed or committed as one file.
 */
package chainsim.report.html;

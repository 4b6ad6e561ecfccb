/**
 * Self-contained HTML: one file with ECharts (from the {@code org.mvnpm:echarts} jar) and the data
 * inlined, so a report opens offline and can be mailed or committed as one file.
 *
 * <p>The machinery any report builds on: {@link chainsim.report.html.HtmlPage} (page skeleton,
 * CSS, sections of KPI cards, charts and tables, data embedded as JSON, a Content Security Policy
 * that forbids every request), {@link chainsim.report.html.TimeCharts} and
 * {@link chainsim.report.html.CategoryCharts} (ECharts options: fans, stacks, ranges, Gantt,
 * tornado, bars against a threshold), {@link chainsim.report.html.Numbers} (money in 万/亿 or
 * k/M/B, percents, months) and {@link chainsim.report.html.Labels} (zh/en words from properties
 * files). The page script {@code page.js} renders the charts and formats tooltips and axes by the
 * same rules as {@code Numbers}.
 */
package chainsim.report.html;

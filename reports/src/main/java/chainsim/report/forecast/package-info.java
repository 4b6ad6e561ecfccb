/**
 * The forecast check rendered (issue 13, step 1 of the monthly rebalance): {@code forecast-check.csv}
 * and {@code drivers.csv} ({@link ForecastCheckCsv}), the Markdown section of {@code rebalance.md}
 * ({@link ForecastCheckMarkdown}) and the HTML section of {@code rebalance.html} with the actuals
 * against the forecast bands ({@link ForecastCheckHtml}), in zh and en. The check itself is the
 * planner's {@code chainsim.rebalance.forecast}.
 */
package chainsim.report.forecast;

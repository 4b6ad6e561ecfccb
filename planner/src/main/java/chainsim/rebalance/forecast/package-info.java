/**
 * The forecast check of the monthly rebalance (issue 13, step 1): every actual held against the
 * band the previous plan's run directory forecast for the same entity, series and calendar month
 * ({@link ForecastCheck}, one {@link ForecastRow} per actual: mean, P5, P50, P95, the miss, inside
 * the band or not, and the actual's quantile within the stored percentiles), and each selling
 * entity's revenue and signings misses explained by drivers ({@link EntityDrivers}: staffing,
 * contacts, conversion, the client base, repeat orders, price, delivery) with a log-mean Divisia
 * decomposition that adds up exactly ({@link Decomposition}).
 *
 * <p>The run directory is read back from its files ({@link RunDirectory}), never from the
 * simulator's objects, so a committed run is a forecast. A run of another scenario or horizon, or
 * a missing or unreadable file, is a {@link ForecastCheckException}: one located line, exit 2.
 * Rendering (CSV, Markdown, HTML) is the reports module's ({@code chainsim.report.forecast}).
 * docs/forecast-check.md describes the method.
 */
package chainsim.rebalance.forecast;

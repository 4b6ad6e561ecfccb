/**
 * Actuals and state: the CSV files a finance or operations team produces each month (revenue,
 * costs, headcount, funnel, leads and spend by marketing line, clients and cash per branch or
 * channel, and the state at the as-of month), their column definitions, reading, validation
 * against a scenario, and their synthesis from one replication of a "true" scenario. Input, like
 * scenarios: nothing here knows about planning or rendering.
 *
 * <p>Money is in yuan as {@code double} (the simulator's choice, see docs/architecture.md),
 * written with two decimals; months are calendar months {@code YYYY-MM}.
 */
package chainsim.actuals;

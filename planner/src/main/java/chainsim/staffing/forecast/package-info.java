/**
 * The workload the staffing planner covers: WorkloadForecast simulates the scenario and keeps, per branch (and
 * equity channel), skill and window month, the delivery hours asked for at the service level and at the median.
 */
package chainsim.staffing.forecast;

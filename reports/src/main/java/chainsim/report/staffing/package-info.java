/**
 * The staffing planner's outputs: the plan directory ({@code staffing-plan.yaml}, the summary,
 * the headcount chart, the moves file and the scenario it was planned from).
 */
package chainsim.report.staffing;

/**
 * The staffing planner, level 1: the monthly headcount plan per branch (and equity channel), role
 * and skill. {@link chainsim.staffing.StaffingPlanner} forecasts the workload by simulating the
 * scenario, builds the planning problem, solves it with OptaPlanner and hands back the plan as a
 * headcount-plan overlay the simulator follows.
 */
package chainsim.staffing;

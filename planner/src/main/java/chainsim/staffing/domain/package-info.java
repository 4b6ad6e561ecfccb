/**
 * The staffing planner's domain: the planning solution StaffingPlan, its entities (the headcount moves of a
 * branch line in a month) and problem facts (branches, lines, timelines, the rules' weights).
 */
package chainsim.staffing.domain;

/**
 * The staffing planner's solver: StaffingConstraints (one method per rule, public name constants), the
 * OptaPlanner configuration and run (StaffingSolver), and the breaches a solution leaves (Breach).
 */
package chainsim.staffing.solver;

/**
 * The staffing planner's solver: StaffingConstraintProvider (one method per rule, public name constants), the
 * OptaPlanner configuration and run (StaffingSolver), and what each match is about: the breaches a solution
 * leaves (Breach) and what it costs (Cost).
 */
package chainsim.staffing.solver;

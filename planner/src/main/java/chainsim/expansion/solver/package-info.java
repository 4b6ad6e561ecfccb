/**
 * The expansion planner's solver: ExpansionConstraintProvider (public name constants, filter then penalise, the
 * weights documented), the solver configuration, the chain's cash projection and outlook the constraints read,
 * and the region-entry move.
 */
package chainsim.expansion.solver;

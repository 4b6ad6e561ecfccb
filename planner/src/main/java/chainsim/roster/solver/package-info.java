/**
 * The roster solver: RosterConstraintProvider (one method per rule, public name constants, a justification per
 * match from {@code solver.justification}; PersonRuleBreaches lists a person's breaches one by one), the incremental
 * score calculator, the cover-first construction, the swap-block move, and the solver's settings (steps, time
 * limit, seed).
 */
package chainsim.roster.solver;

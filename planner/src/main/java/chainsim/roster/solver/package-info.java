/**
 * The roster solver: RosterConstraintProvider (one method per rule, public name constants), the incremental
 * score calculator, the cover-first construction, the swap-block move, and the solver's settings (steps, time
 * limit, seed).
 */
package chainsim.roster.solver;

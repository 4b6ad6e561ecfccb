/**
 * Re-planning in the monthly rebalance: the plan in force with what the as-of state has executed
 * or committed pinned ({@link chainsim.rebalance.replan.PlanInForce}), the overlay the expansion
 * planner re-plans from, and what moved between the old plan and the new one.
 */
package chainsim.rebalance.replan;

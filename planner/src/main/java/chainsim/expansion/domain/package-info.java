/**
 * The expansion planner's domain: the planning solution ExpansionPlan, its entity (a cell's decision: mode and
 * start quarter, or not entered) and problem facts (cells, the rules, the context).
 */
package chainsim.expansion.domain;

/**
 * What each match of a roster constraint is about, as OptaPlanner {@code ConstraintJustification}
 * records: who, which day or days, the rule's limit and the actual value. The roster's explanation
 * and its pages are built from these, not from a second reading of the rules.
 */
package chainsim.roster.solver.justification;

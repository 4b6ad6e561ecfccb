package chainsim.expansion.domain;

import chainsim.expansion.surrogate.Surrogate;

/**
 * What every cell decision of a plan shares: the rules and the surrogate they are scored on.
 * Cells point to it so that constraints reach it without a join (a problem fact).
 */
public record ExpansionContext(ExpansionRules rules, Surrogate surrogate) {}

package chainsim.expansion.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A rule on the whole chain: the plan's figure against the rule's limit, in the rule's unit (yuan
 * of cash on the quantile path against the reserve; replications below zero against those the
 * risk appetite tolerates; yuan of expected NPV or of tail risk, with no limit: 0).
 */
public record ChainJustification(double limit, double actual) implements ConstraintJustification {}

package chainsim.expansion.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A rule one decision breaks: the opening or cell ({@code who}: an opening id such as
 * {@code shanghai-partner-q2}, or a cell id) and what it runs against ({@code against}: the direct
 * branch that holds it back, the previous plan's decision; null where the rule needs nothing else).
 */
public record DecisionJustification(String who, String against) implements ConstraintJustification {}

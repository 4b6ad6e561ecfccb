package chainsim.staffing.domain;

/**
 * What one month's moves do to one line: its own hires, releases and arrivals, or people leaving
 * it for another branch. A transfer has two effects, one on each line.
 */
public record LineEffect(BranchLine line, int month, int hires, int releases, int transfersIn, int transfersOut) {}

package chainsim.market;

/** A complaint a client raises with its owner in a month. */
public record Complaint(int segment, int firm, int owner) {}

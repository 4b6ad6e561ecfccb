package chainsim.market;

/** Existing clients an equity channel's local firm brings into a segment when the stake is taken. */
public record ClientGrant(int seller, int segment, int count) {}

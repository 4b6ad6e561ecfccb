package chainsim.market;

/**
 * A client its agent took solo this month (跑单): the orders it has in delivery are no longer the
 * company's to bill.
 */
public record Leak(int segment, int firm, int owner) {}

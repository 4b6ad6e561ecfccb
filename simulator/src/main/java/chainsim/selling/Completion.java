package chainsim.selling;

import chainsim.market.Order;

/**
 * A subcontracted order a partner finished in a month: the partner's share of the price and the
 * change in the client's health its work made. The signing side books the revenue next month.
 */
public record Completion(Order order, int partner, double partnerShare, float healthDelta, int month) {}

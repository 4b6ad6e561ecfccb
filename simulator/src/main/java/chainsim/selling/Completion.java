package chainsim.selling;

import chainsim.market.Order;

/**
 * A subcontracted order a partner finished in a month: the partner's share of the price, the
 * change in the client's health its work made, the quality of that work and whether it came a month
 * late (both observed by the head office's evaluation of the partner). The head office books it into the signing side's
 * month it was finished ({@link PartnerWork}); the signing side settles its receivable next month.
 */
public record Completion(Order order, int partner, double partnerShare, float healthDelta, int month, double quality,
    boolean late) {}

/**
 * Markets: each region x industry segment's firms are born and close, develop needs for
 * products, are contacted by sellers (outbound prospecting and inbound marketing leads, lifted by
 * data-driven targeting), sign, and then live as clients. The month's rules are plain Java: the
 * actor engine and the sequential engine both drive {@link chainsim.market.Segment#step}.
 */
package chainsim.market;

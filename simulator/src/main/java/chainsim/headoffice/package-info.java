/**
 * The head office: capital and the reserve, central costs, the expansion schedule and its gates
 * (the one-year cash-flow gate, the reserve), the dispatch of three-no orders to partners, the
 * company's side of equity stakes, consolidation, alerts, and the record of every month. It
 * drives a replication through the monthly protocol whichever engine runs it.
 */
package chainsim.headoffice;

/**
 * The INRC-2010 roster benchmark: each instance solved for a time limit and compared with the published best
 * costs, as a Markdown table.
 */
package chainsim.roster.bench;

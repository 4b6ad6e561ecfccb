/**
 * The files of a branch roster ({@code chainsim plan roster}): {@code roster.csv}, {@code roster.html}
 * (people by days, coloured by shift, what each cell breaks on hover), {@code roster-summary.md} and
 * one RFC 5545 calendar per employee. RosterSentences words the explanation's justifications in the page's
 * language. Every file depends only on the roster and its inputs, so the
 * same inputs, seed and step limit give the same bytes.
 */
package chainsim.report.roster;

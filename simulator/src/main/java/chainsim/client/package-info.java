/**
 * Client firms as individual agents: each has its own stage, owner, products bought, health,
 * tenure, revenue to date and milestones, held in compact arrays (one slot per firm) so that a
 * hundred thousand firms cost a few megabytes and are stepped in a tight loop.
 */
package chainsim.client;

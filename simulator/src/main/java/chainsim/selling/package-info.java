/**
 * What every signing entity (direct branch, equity channel's local firm, agent, central sales
 * desk) shares: taking orders, the three-no decision to subcontract, payment terms and revenue
 * recognition, complaint service levels, and spreading next month's sales effort over its
 * segments. The month's inputs and results are records, which actors pass as messages.
 */
package chainsim.selling;

/**
 * Money. Every amount is in yuan as a {@code double}. Revenue is recognised when an order is
 * delivered; cash arrives as the order's payment terms say (upfront, on completion, receivable
 * days later). Costs are paid in the month they are incurred. A month's ledger keeps the P&L by
 * account and the cash in and out, so that "cash change = inflows - outflows" holds by
 * construction and can be checked.
 */
package chainsim.accounting;

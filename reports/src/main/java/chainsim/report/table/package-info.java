/**
 * Tables of a report kept as values with a kind per column (yuan, percent, count, months...), so
 * one table becomes an HTML table, a Markdown table and an Excel sheet with numeric cells; the
 * workbook writer fixes every timestamp so the same tables give the same bytes.
 */
package chainsim.report.table;

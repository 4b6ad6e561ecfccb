/**
 * The files of an expansion plan: {@code plan.yaml} (a scenario that extends the planned one with
 * the plan's openings), the plan report (self-contained HTML) and {@code plan-summary.md} (for a
 * pull request).
 */
package chainsim.report.plan;

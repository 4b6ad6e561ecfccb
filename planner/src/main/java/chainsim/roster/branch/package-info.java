/**
 * Rostering a chainsim branch: the employees file (EmployeesFile, its reader), the cover from the file or the
 * workload forecast (ForecastCover), a previous roster to re-roster from, the roster problem built from them
 * (BranchRosterBuilder) and the explanation of the result's score
 * (RosterExplanation, from the constraints' justifications; SlotShortfalls says who could have worked a short slot);
 * {@code chainsim.roster.RosterPlanner} drives them.
 */
package chainsim.roster.branch;

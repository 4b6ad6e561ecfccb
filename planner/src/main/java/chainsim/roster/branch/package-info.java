/**
 * Rostering a chainsim branch: the employees file (EmployeesFile as the roster uses it; EmployeesFormat, its
 * records as written, read like a scenario by EmployeesFileReader with the rules of EmployeesFileRules, and the
 * schema and reference generated from them by EmployeesFileDocs), the cover from the file or the
 * workload forecast (ForecastCover), a previous roster to re-roster from, the roster problem built from them
 * (BranchRosterBuilder) and the explanation of the result's score
 * (RosterExplanation, from the constraints' justifications; SlotShortfalls says who could have worked a short slot);
 * {@code chainsim.roster.RosterPlanner} drives them.
 */
package chainsim.roster.branch;

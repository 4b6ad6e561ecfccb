/**
 * Rostering a chainsim branch: the employees file (EmployeesFile, its reader), the cover from the file or the
 * workload forecast (ForecastCover), a previous roster to re-roster from, the roster problem built from them
 * (BranchRosterBuilder), the planner (BranchRosterPlanner) and the explanation of the result's score
 * (RosterExplanation, from the constraints' justifications; SlotShortfalls says who could have worked a short slot).
 */
package chainsim.roster.branch;

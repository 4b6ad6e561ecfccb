/**
 * INRC-II (the Second International Nurse Rostering Competition, 2015): rostering week by week.
 * Each week is solved seeing only its own demand and the history the previous weeks left (the last
 * shift worked, the running counts of consecutive shifts, working days and days off, the totals of
 * shifts and working weekends so far), as a branch rosters the next week from the weeks actually
 * worked.
 *
 * <p>{@link chainsim.roster.inrc2.Inrc2TextReader} reads the competition's text files (scenario,
 * history, week data, solutions); {@link chainsim.roster.inrc2.Inrc2Evaluator} scores a whole
 * horizon the way the competition's validator does, kept apart from the solver;
 * {@link chainsim.roster.inrc2.WeekSolver} rosters one week; {@link chainsim.roster.inrc2.WeeklyRun}
 * chains the weeks, carrying {@link chainsim.roster.inrc2.NurseHistory} from one to the next, and,
 * as an offline reference only, solves all weeks at once ({@link chainsim.roster.inrc2.WeeklyRun#runWhole})
 * to tell the cost of seeing one week at a time from the search's.
 */
package chainsim.roster.inrc2;

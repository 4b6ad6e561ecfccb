/**
 * Weekly shift rosters for a unit (an INRC-2010 ward, a chainsim branch). {@link
 * chainsim.roster.RosterPlanner} plans a branch's roster ({@code chainsim plan roster}), in the shape
 * every planner has (docs/architecture.md, "The planner template").
 *
 * <ul>
 *   <li>{@code domain}: the roster model. One {@link chainsim.roster.domain.DayAssignment} per staff
 *       member per day holds a shift type or nothing, so "one shift a day" holds by construction.
 *       Contracts carry every INRC-2010 rule with its on/off, weight and limit, plus chainsim's rest
 *       hours and weekly hours; cover has a hard minimum, a soft target and a hard maximum (INRC:
 *       all three equal); the branch policy weighs changes against a published roster, the
 *       emergency pool, cover below target and fairness, and makes contract maxima hard.
 *       Published days can be pinned.
 *   <li>{@code solver}: the one {@code ConstraintProvider} that defines a good roster, an
 *       incremental calculator with the same score for the search, block-swap moves that keep cover,
 *       and the solver configuration (cover-first construction, simulated annealing, tabu search).
 *   <li>{@code inrc}: the INRC-2010 XML reader, the mapping to the model and back, and the
 *       competition cost evaluator the tests hold the constraint provider to.
 *   <li>{@code bench}: the benchmark behind {@code chainsim bench roster}.
 *   <li>{@code branch}: a chainsim branch's roster ({@code chainsim plan roster}): its employees file,
 *       cover derived from the simulator's workload forecast, re-rostering against a published
 *       roster.csv, and the explanation of what a roster keeps and breaks, in the branch's terms.
 * </ul>
 */
package chainsim.roster;

/**
 * The expansion planner: which region x industry cells to enter, when and how. ExpansionPlanner learns a
 * surrogate of the simulator, starts from a greedy baseline, searches with OptaPlanner and checks the plans by
 * full simulation; bad settings are a PlanningInputException (docs/expansion-planner.md).
 */
package chainsim.expansion;

package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Settings of the planners: what they may decide, under which limits, for how long. */
public record Planning(
    @JsonPropertyDescription("Expansion planner: which cells to enter, when and how.") ExpansionPlanning expansion,
    @JsonPropertyDescription("Staffing planner: monthly headcount per branch, role and skill.")
        StaffingPlanning staffing,
    @JsonPropertyDescription("Roster planner: weekly shifts inside a branch.") RosterPlanning roster,
    @JsonPropertyDescription("Monthly rebalancing from actuals (chainsim rebalance): what is committed, how long the"
            + " re-plans search, how many replications forecast.")
        RebalancePlanning rebalance) {

  public Planning {
    expansion = expansion == null ? ExpansionPlanning.defaults() : expansion;
    staffing = staffing == null ? StaffingPlanning.defaults() : staffing;
    roster = roster == null ? RosterPlanning.defaults() : roster;
    rebalance = rebalance == null ? RebalancePlanning.defaults() : rebalance;
  }

  public static Planning defaults() {
    return new Planning(null, null, null, null);
  }
}

package chainsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chainsim plan ...}: the planners. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Plan with OptaPlanner: which cells to enter when and how, headcount per branch, weekly rosters.",
    subcommands = {ExpansionPlanCommand.class, StaffingPlanCommand.class, RosterPlanCommand.class})
final class PlanCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing planner: see 'chainsim plan --help'");
  }
}

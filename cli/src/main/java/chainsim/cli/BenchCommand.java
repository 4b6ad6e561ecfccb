package chainsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chainsim bench ...}: benchmarks of the planning engines against published instances. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark a planner on published instances.",
    subcommands = {BenchRosterCommand.class})
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: roster");
  }
}

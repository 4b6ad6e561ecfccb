package chainsim.cli;

import chainsim.scenario.Problem;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chainsim actuals validate SCENARIO --actuals DIR --as-of YYYY-MM}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a directory of actuals against the scenario they report on: every file present with its header, every"
          + " cell (known branches, products, accounts, roles and skills; months inside the horizon and not after"
          + " --as-of; no negative counts or amounts where impossible), no duplicate rows, and the totals that must"
          + " add up (clients, headcount, cash; the state against the as-of month).",
      "Prints every problem as 'file:line:column: message' on standard error (column: the CSV column of the cell)"
          + " and exits with 2; prints 'DIR: ok' otherwise. Writes nothing."
    })
final class ActualsValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ActualsInput input;

  @Override
  public Integer call() throws Exception {
    if (input.printProblems(input.load(), spec)) {
      return ChainsimCommand.EXIT_BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(Problem.displayPath(input.dir) + ": ok");
    out.flush();
    return ChainsimCommand.EXIT_OK;
  }
}

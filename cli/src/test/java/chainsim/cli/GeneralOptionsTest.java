package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What every subcommand shares: {@code --version}, {@code --help}, exit codes. */
class GeneralOptionsTest {

  record Run(int exit, String out, String err) {}

  static Run run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ChainsimCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  /** The path of every command and subcommand, e.g. [plan, expansion]. */
  private static List<List<String>> commands(CommandLine cmd, List<String> path, List<List<String>> into) {
    into.add(path);
    cmd.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandName().equals(name)) { // aliases once
        List<String> p = new ArrayList<>(path);
        p.add(name);
        commands(sub, p, into);
      }
    });
    return into;
  }

  @Test
  void everySubcommandPrintsTheVersion() {
    String expected = "chainsim " + ChainsimCommand.version() + System.lineSeparator();
    List<List<String>> all = commands(ChainsimCommand.newCommandLine(), List.of(), new ArrayList<>());
    assertThat(all).contains(List.of("validate"), List.of("plan", "expansion"), List.of("bench", "roster"));
    int checked = 0;
    for (List<String> command : all) {
      CommandLine sub = ChainsimCommand.newCommandLine();
      for (String name : command) {
        sub = sub.getSubcommands().get(name);
      }
      if (sub.getCommandSpec().optionsMap().containsKey("--version")) {
        for (String flag : new String[] {"--version", "-V"}) {
          List<String> args = new ArrayList<>(command);
          args.add(flag);
          Run r = run(args);
          assertThat(r.exit()).as("%s", args).isEqualTo(0);
          assertThat(r.out()).as("%s", args).isEqualTo(expected);
          assertThat(r.err()).as("%s", args).isEmpty();
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }
}

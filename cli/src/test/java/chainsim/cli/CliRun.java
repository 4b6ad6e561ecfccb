package chainsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the chainsim command as a user makes it, in this JVM: its exit code and both streams. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ChainsimCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}

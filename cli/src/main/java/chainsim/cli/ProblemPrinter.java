package chainsim.cli;

import chainsim.scenario.Problem;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints problems one line each, {@code file:line:column: key.path: message}: at most
 * {@value #MAX_PER_FILE} for one file named on the command line (a file with thousands of
 * problems has one mistake made many times), then a line, at the first problem left out, saying
 * how many more there are. A problem already printed for another file (a base two files share) is
 * not printed again.
 */
final class ProblemPrinter {
  static final int MAX_PER_FILE = 200;

  private final PrintWriter err;
  private final Set<Problem.Identity> printed = new HashSet<>();

  ProblemPrinter(PrintWriter err) {
    this.err = err;
  }

  /** Prints the problems of one file; returns how many were new (printed or counted as more). */
  int print(List<Problem> problems) {
    int shown = 0;
    int more = 0;
    Problem firstLeftOut = null;
    Problem stopped = null;
    for (Problem p : problems) {
      if (!printed.add(p.identity())) {
        continue;
      }
      if (p.checkingStopped()) {
        stopped = p; // always shown, last: there are more than counted
      } else if (shown < MAX_PER_FILE) {
        err.println(p.format());
        shown++;
      } else {
        firstLeftOut = firstLeftOut == null ? p : firstLeftOut;
        more++;
      }
    }
    if (firstLeftOut != null) {
      String where = Problem.displayPath(firstLeftOut.file()) + ":" + firstLeftOut.line() + ":" + firstLeftOut.column();
      err.println(where + ": ... and " + more + (more == 1 ? " more problem" : " more problems") + " (the first "
          + MAX_PER_FILE + " are shown)");
    }
    if (stopped != null) {
      err.println(stopped.format());
    }
    err.flush();
    return shown + more + (stopped == null ? 0 : 1);
  }
}

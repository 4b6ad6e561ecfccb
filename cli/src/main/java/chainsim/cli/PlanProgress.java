package chainsim.cli;

import chainsim.expansion.ExpansionPlanner;
import java.io.PrintStream;
import java.util.Locale;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planner's progress on standard error: one line rewritten in place on a terminal (building
 * the surrogate, then the best score so far and moves per second, then the checks), or a line
 * every few seconds when standard error is a file or a pipe, so logs stay short.
 */
final class PlanProgress implements ExpansionPlanner.Listener {
  private static final long QUIET_INTERVAL_MS = 10_000;
  private static final Logger LOG = LoggerFactory.getLogger(PlanProgress.class);

  private final PrintStream err;
  private final boolean terminal;
  private final long limitMillis;
  private long lastLine;
  private String lastTask = "";
  private String phase = "";
  private long phaseStarted = System.nanoTime();

  PlanProgress(PrintStream err, boolean terminal, long limitMillis) {
    this.err = err;
    this.terminal = terminal;
    this.limitMillis = limitMillis;
  }

  @Override
  public synchronized void surrogate(int done, int total) {
    show("surrogate", String.format(Locale.ROOT, "learning the surrogate: %d/%d simulations", done, total),
        done == total);
  }

  @Override
  public synchronized void solving(long millis, HardSoftLongScore best, long movesPerSecond) {
    String limit = limitMillis > 0 ? String.format(Locale.ROOT, "/%ds", limitMillis / 1000) : "";
    String score = best == null ? "-" : String.format(Locale.ROOT, "%dhard/%,dsoft", best.hardScore(), best.softScore());
    show("solving", String.format(Locale.ROOT, "solving %ds%s  best %s  %,d moves/s  (Ctrl-C stops, keeps the best)",
        millis / 1000, limit, score, movesPerSecond), false);
  }

  @Override
  public synchronized void learning(int done, int total) {
    show("learning", String.format(Locale.ROOT, "learning the plan's openings by simulation: %d/%d", done, total),
        done == total);
  }

  @Override
  public synchronized void simulating(String plan, int done, int total) {
    show("check " + plan, String.format(Locale.ROOT, "checking the %s by simulation: %d/%d replications", plan, done,
        total), done == total);
  }

  private void show(String task, String line, boolean last) {
    if (!task.equals(phase)) {
      LOG.info("phase: {}{}", task, phase.isEmpty() ? "" : " (" + phase + " took " + Logging.seconds(phaseStarted) + ")");
      phase = task;
      phaseStarted = System.nanoTime();
    }
    long now = System.currentTimeMillis();
    if (terminal) {
      if (!task.equals(lastTask) && !lastTask.isEmpty()) {
        err.println();
      }
      err.print("\r" + line + "   ");
      if (last) {
        err.println();
        task = "";
      }
    } else if (!task.equals(lastTask) || last || now - lastLine >= QUIET_INTERVAL_MS) {
      err.println(line);
      lastLine = now;
    }
    lastTask = task;
    err.flush();
  }

  synchronized void end() {
    if (terminal && !lastTask.isEmpty()) {
      err.println();
      lastTask = "";
    }
  }
}

package chainsim.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * How much chainsim says on standard error besides its results: warnings only by default, what it
 * does and how long it takes with {@code -v} (INFO of the {@code chainsim} loggers), every step
 * and the libraries' own messages with {@code -vv} (DEBUG, and INFO of Pekko and OptaPlanner).
 * Standard output carries results only, whatever the level.
 */
final class Logging {
  static final String CHAINSIM = "chainsim";
  private static final String[] LIBRARIES = {org.slf4j.Logger.ROOT_LOGGER_NAME, "org.apache.pekko", "org.optaplanner"};

  private Logging() {}

  /** 0 quiet, 1 verbose, 2 or more very verbose. */
  static void verbosity(int level) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext context)) {
      return; // another SLF4J binding (an embedding application's): its configuration rules
    }
    context.getLogger(CHAINSIM).setLevel(level >= 2 ? Level.DEBUG : level == 1 ? Level.INFO : Level.WARN);
    for (String library : LIBRARIES) {
      context.getLogger(library).setLevel(level >= 2 ? Level.INFO : Level.WARN);
    }
  }

  /** Seconds with one decimal, for timings in log lines. */
  static String seconds(long startNanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}

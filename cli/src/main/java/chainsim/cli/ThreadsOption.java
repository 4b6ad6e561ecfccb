package chainsim.cli;

import picocli.CommandLine.Option;

/** {@code --threads T} (a picocli mixin): worker threads, all cores by default, checked to lie in 1..256. */
final class ThreadsOption {
  static final int MAX = 256;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
  Integer threads;

  /** The threads to use; out of range is the user's to fix. */
  int workers() {
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1 || workers > MAX) {
      throw new BadInputException("--threads must be between 1 and " + MAX + ", not " + workers);
    }
    return workers;
  }
}

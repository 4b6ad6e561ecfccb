package chainsim.cli;

import chainsim.input.Durations;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --time-limit DURATION} (a picocli mixin) for the planners: the one syntax of {@link Durations}
 * ({@code 500ms}, {@code 60s}, {@code 5m}, {@code 1h}, more than zero); absent, the scenario's setting applies.
 */
final class TimeLimitOption {
  static final String NAME = "--time-limit";

  @Option(names = NAME, paramLabel = "TIME",
      description = "Longest the search may take, e.g. 30s or 5m (default: the scenario's planning time_limit).")
  String text;

  /** The limit given, or null when the option is absent. */
  Duration orNull() {
    return text == null ? null : Durations.parse(text, NAME);
  }

  /** The limit given, or the scenario's (named by {@code key} in a message if it is wrong). */
  Duration orElse(String scenarioValue, String key) {
    return text != null ? Durations.parse(text, NAME) : Durations.parse(scenarioValue, key);
  }
}

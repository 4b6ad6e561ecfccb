package chainsim.sweep;

/**
 * One value set in a scenario: a key path ({@code capital.initial}, {@code openings[suzhou-direct].month})
 * and the value as the user wrote it (read as a YAML scalar: {@code 0.2}, {@code 2027-06}, {@code true}).
 */
public record Setting(String key, String value) {
  /** {@code KEY=VALUE}, as on the command line. */
  @Override
  public String toString() {
    return key + "=" + value;
  }
}

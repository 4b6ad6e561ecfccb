package chainsim.sweep;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * The sweep file as written: the one description of its format, read the way the scenario's
 * records are ({@link chainsim.scenario.format.RecordFile}: the shape of every value checked against
 * these records, unknown keys with a did-you-mean), and the source of
 * {@code scenarios/sweep.schema.json} ({@code SweepFileDocs}). A value to set is any YAML scalar,
 * kept as written ({@code 3000000}, {@code 0.2}, {@code 2027-06}, {@code true}): it means what the
 * same text after {@code --vary KEY=} means.
 */
public final class SweepFormat {
  private SweepFormat() {}

  /** A sweep: the scenario, and either the grid of values per key or the variants one by one. */
  public record Sweep(
      @NotNull @NotEmpty
          @JsonPropertyDescription("The scenario file swept, relative to this file (e.g. baseline.yaml).")
          String scenario,
      @NotEmpty
          @JsonPropertyDescription("The grid: each key with the values it takes; every combination is a variant,"
              + " the first key varying slowest (as --vary options in this order). Give vary or variants, not both.")
          List<Dimension> vary,
      @NotEmpty
          @JsonPropertyDescription("Instead of the grid, the variants one by one: each sets the same keys (a map of"
              + " key path to value), in this order.")
          List<Map<String, String>> variants) {}

  /** One varied key and its values. */
  public record Dimension(
      @NotNull @NotEmpty
          @JsonPropertyDescription("A key path into the scenario as 'chainsim show --resolved' prints it:"
              + " capital.initial, expansion[suzhou-partner].month (a list item by its id).")
          String key,
      @NotNull @NotEmpty
          @JsonPropertyDescription("The values it takes, each a YAML scalar as it would follow --vary KEY=.")
          List<String> values) {}
}

package chainsim.sweep;

import chainsim.scenario.SchemaGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of sweep files, generated from {@link SweepFormat} as the scenario's and the
 * employees file's are ({@code scenarios/sweep.schema.json}, also printed by
 * {@code chainsim schema --sweep}; {@code GeneratedFilesTest} keeps it fresh).
 */
public final class SweepFileDocs {
  /** The schema's file name, beside the example sweep files in {@code scenarios/}. */
  public static final String SCHEMA_FILE = "sweep.schema.json";

  private SweepFileDocs() {}

  /** The schema as pretty-printed JSON text ending in a newline. */
  public static String schema() {
    ObjectNode schema = SchemaGenerator.schema(SweepFormat.Sweep.class, SCHEMA_FILE, "chainsim sweep file",
        "A sweep of a scenario for `chainsim sweep FILE`: the scenario, and the grid of values per key (vary) or the"
            + " variants one by one (variants). Generated from the sweep file's records by `chainsim schema --sweep`;"
            + " see docs/sweep.md.");
    anyScalar(schema.at("/$defs/Dimension/properties/values/items"));
    // a variant is a map of key path to value: inline, instead of a definition named for a Java type
    ObjectNode variant = ((ObjectNode) schema.at("/properties/variants")).putObject("items");
    variant.put("type", "object");
    variant.putObject("additionalProperties");
    anyScalar(variant.get("additionalProperties"));
    ((ObjectNode) schema.get("$defs")).remove("Map_String.String_");
    return SchemaGenerator.write(schema);
  }

  /** A value to set is any scalar as written (the records read it as text). */
  private static void anyScalar(JsonNode node) {
    if (!(node instanceof ObjectNode value)) {
      throw new IllegalStateException("the sweep schema has no value node where expected");
    }
    value.remove("type");
    value.putArray("type").add("string").add("number").add("boolean");
  }
}

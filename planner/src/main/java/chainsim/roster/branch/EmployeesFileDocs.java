package chainsim.roster.branch;

import chainsim.scenario.FormatReference;
import chainsim.scenario.SchemaGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What is generated from {@link EmployeesFormat}, as for the scenario: the JSON Schema editors
 * complete an employees file with ({@code scenarios/employees.schema.json}, also printed by
 * {@code chainsim schema --employees}) and the reference tables of {@code docs/roster.md}.
 */
public final class EmployeesFileDocs {
  private EmployeesFileDocs() {}

  /** The schema as pretty-printed JSON text ending in a newline. */
  public static String schema() {
    ObjectNode schema = SchemaGenerator.schema(EmployeesFormat.Branch.class, "employees.schema.json",
        "chainsim employees file", "A branch's employees file for `chainsim plan roster`. Generated from the"
            + " employees file's records by `chainsim schema --employees`; see docs/roster.md.");
    oneDayLeave(schema);
    return SchemaGenerator.write(schema);
  }

  /** The short form the reader accepts for a leave: a date alone. */
  private static void oneDayLeave(ObjectNode schema) {
    JsonNode leave = schema.at("/$defs/Leave");
    if (!(leave instanceof ObjectNode range)) {
      throw new IllegalStateException("the schema has no $defs/Leave");
    }
    ObjectNode either = range.objectNode();
    ArrayNode oneOf = either.putArray("oneOf");
    ObjectNode day = oneOf.addObject();
    day.put("type", "string");
    day.put("pattern", EmployeesFormat.DATE);
    day.put("description", "A date alone: a one-day leave.");
    oneOf.add(range);
    ((ObjectNode) schema.get("$defs")).set("Leave", either);
  }

  /** {@code docs/roster.md} with its generated reference replaced by the current one. */
  public static String reference(String document) {
    return FormatReference.splice(document, EmployeesFormat.Branch.class);
  }
}

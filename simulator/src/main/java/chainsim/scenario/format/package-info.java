/**
 * Input files described by records, read with the scenario's machinery and open to every module: the
 * records (snake_case keys, jakarta constraints, {@code @JsonPropertyDescription}) are the one description of a
 * format; {@link chainsim.scenario.format.RecordFile} reads a YAML file into a located tree, checks its shape
 * against them (unknown keys with a suggestion, types, required keys, ranges, patterns, duplicate ids), binds
 * every part whose shape is right and leaves the rules between values to the format's own reader, each
 * problem located as {@code file:line:column: key.path: message}. The JSON Schema
 * ({@link chainsim.scenario.SchemaGenerator#generate(Class, String, String, String)}) and the reference tables
 * ({@link chainsim.scenario.FormatReference#splice(String, Class)}) come from the same records.
 *
 * <p>The scenario is the first such format; the roster's employees file is another.
 */
package chainsim.scenario.format;

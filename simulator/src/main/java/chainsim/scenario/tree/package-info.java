/**
 * The public API of chainsim's input files, for every module that reads one (the scenario, its overlays, the
 * employees file): a YAML file read into a located tree ({@link chainsim.scenario.tree.YamlTreeReader}:
 * {@link chainsim.scenario.tree.MapNode}, {@link chainsim.scenario.tree.ListNode},
 * {@link chainsim.scenario.tree.ScalarNode}, each with its {@link chainsim.scenario.tree.Position}), and how a
 * value reads in a message ({@link chainsim.scenario.tree.Names}, {@link chainsim.scenario.tree.Numbers},
 * "did you mean" {@link chainsim.scenario.tree.Suggestions}).
 *
 * <p>{@code scenario.source} (overlays, {@code extends}) and {@code scenario.validation} (the checks) are the
 * scenario's internals; other modules use this package and {@code chainsim.scenario} only, which
 * {@code ArchitectureTest} checks.
 */
package chainsim.scenario.tree;

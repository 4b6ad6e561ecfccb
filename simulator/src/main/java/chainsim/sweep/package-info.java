/**
 * Scenario sweeps: the grid of variants a {@code chainsim sweep} runs ({@link chainsim.sweep.SweepGrid}, from
 * {@code --vary KEY=v1,v2,...}), each a scenario with some values set ({@link chainsim.sweep.ScenarioVariant}:
 * an overlay that {@code extends} the scenario, loaded and validated like any file). Every variant runs with the
 * scenario's seed, so the variants differ by what was varied and not by luck (common random numbers).
 */
package chainsim.sweep;

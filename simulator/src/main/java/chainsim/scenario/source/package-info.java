/**
 * The scenario's internals: a scenario file resolved with its bases (Overlays: extends, each base once, by real
 * path, never above the scenarios' root), overlays merged keeping each node's origin (OverlayMerge), and the
 * resolved tree as JSON for binding (TreeJson). Other modules use chainsim.scenario and chainsim.scenario.tree
 * instead.
 */
package chainsim.scenario.source;

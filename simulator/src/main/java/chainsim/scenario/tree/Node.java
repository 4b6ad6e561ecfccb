package chainsim.scenario.tree;

/**
 * A value of a scenario file as written, remembering where: a map, a list or a scalar. Overlays
 * merge these trees and keep every node's origin, so a problem in a base file points into the
 * base file.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {
  Position position();

  /** How the value reads in a message: "a map", "a list", "a number", "a string", ... */
  String describe();
}

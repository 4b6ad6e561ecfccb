package chainsim.scenario.source;

import chainsim.scenario.tree.Node;
import chainsim.scenario.tree.MapNode;
import chainsim.scenario.tree.ListNode;
import chainsim.scenario.tree.ScalarNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;

/** A located tree as Jackson nodes, for binding into the records once validation has passed. */
public final class TreeJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private TreeJson() {}

  public static JsonNode toJson(Node node) {
    if (node instanceof MapNode m) {
      ObjectNode o = F.objectNode();
      m.entries().forEach((k, e) -> o.set(k, toJson(e.value())));
      return o;
    }
    if (node instanceof ListNode l) {
      ArrayNode a = F.arrayNode();
      l.items().forEach(i -> a.add(toJson(i)));
      return a;
    }
    ScalarNode s = (ScalarNode) node;
    switch (s.kind()) {
      case INT:
        BigInteger v = s.integer();
        return v.bitLength() < 63 ? F.numberNode(v.longValue()) : F.numberNode(v);
      case FLOAT:
        return F.numberNode(s.number());
      case BOOL:
        return F.booleanNode(s.bool());
      case NULL:
        return F.nullNode();
      default:
        return F.textNode(s.text());
    }
  }
}

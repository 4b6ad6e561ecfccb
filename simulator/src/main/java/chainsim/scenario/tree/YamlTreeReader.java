package chainsim.scenario.tree;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioMapper;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one YAML document into a located tree with Jackson's streaming parser (the factory of
 * {@link ScenarioMapper}, so its limits apply). Nothing in the file chooses a Java type: tags
 * other than YAML's core ones are refused. Aliases are expanded here, within limits, because the
 * streaming parser leaves them as names; the limits keep a "billion laughs" file from exploding.
 *
 * <p>Every failure, a syntax error as much as a limit, becomes a {@link Problem} with a position.
 */
public final class YamlTreeReader {
  /** Most nodes a file may expand to once aliases are replaced by what they name. */
  public static final int MAX_EXPANDED_NODES = 1_000_000;

  private static final YAMLFactory FACTORY = (YAMLFactory) ScenarioMapper.yaml().getFactory();
  private static final String CORE_TAG = "tag:yaml.org,2002:";
  private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");

  /** A plain integer or decimal: Jackson hands over numbers longer than it reads as strings. */
  private static final java.util.regex.Pattern PLAIN_INT = java.util.regex.Pattern.compile("[-+]?[0-9][0-9_]*");
  private static final java.util.regex.Pattern PLAIN_FLOAT =
      java.util.regex.Pattern.compile("[-+]?([0-9][0-9_]*)?\\.[0-9_]+([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+");

  private final Path file;
  private final String text;
  private final YAMLParser parser;
  private final Map<String, Node> anchors = new HashMap<>();
  private final Map<Node, Long> sizes = new java.util.IdentityHashMap<>();
  private long expandedNodes;
  private int aliases;

  /** Thrown inside the reader to stop at the first fatal problem; never leaves this class. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Stop(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private YamlTreeReader(Path file, String text, YAMLParser parser) {
    this.file = file;
    this.text = text;
    this.parser = parser;
  }

  /** Recently read documents: bases are read again for every variant, and trees are immutable. */
  private static final int CACHED_DOCUMENTS = 32;

  private record Cached(String text, Node tree) {}

  private static final Map<Path, Cached> CACHE = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(CACHED_DOCUMENTS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Cached> eldest) {
          return size() > CACHED_DOCUMENTS;
        }
      });

  /**
   * The tree of a document, or null when it could not be read (the reason is added to problems).
   * An empty document is an empty map. A document read before with exactly the same text under
   * the same path gives the same tree without parsing it again.
   */
  public static Node read(String text, Path file, List<Problem> problems) {
    Cached hit = CACHE.get(file);
    if (hit != null && hit.text().equals(text)) {
      return hit.tree();
    }
    List<Problem> found = new ArrayList<>();
    Node tree = parse(text, file, found);
    problems.addAll(found);
    if (tree != null && found.isEmpty()) {
      CACHE.put(file, new Cached(text, tree));
    }
    return tree;
  }

  private static Node parse(String text, Path file, List<Problem> problems) {
    YAMLParser parser = null;
    try {
      parser = (YAMLParser) FACTORY.createParser(text);
      // Duplicate keys are reported below, with both lines.
      parser.disable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      YamlTreeReader reader = new YamlTreeReader(file, text, parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new MapNode(Position.startOf(file), Map.of());
      }
      Node root = reader.value(first, 1);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        problems.add(reader.problem(parser.currentTokenLocation(), "a scenario file holds one YAML document; remove the second"));
        return null;
      }
      return root;
    } catch (Stop stop) {
      problems.add(stop.problem);
    } catch (JacksonException | RuntimeException e) {
      problems.add(fromParserError(e, file, text, parser));
    } catch (IOException e) {
      problems.add(new Problem(file, 1, 1, "", "cannot read: " + e.getMessage()));
    } catch (StackOverflowError e) {
      problems.add(new Problem(file, 1, 1, "", "the file is nested too deeply to read"));
    } finally {
      close(parser);
    }
    return null;
  }

  private static void close(YAMLParser parser) {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException | RuntimeException e) {
      // Nothing left to read; the problem, if any, is already recorded.
    }
  }

  private Node value(JsonToken token, int depth) throws IOException {
    if (depth > ScenarioMapper.MAX_NESTING_DEPTH) {
      throw new Stop(
          problem(parser.currentTokenLocation(), "nested deeper than " + ScenarioMapper.MAX_NESTING_DEPTH + " levels"));
    }
    checkTag();
    Position at = position(parser.currentTokenLocation());
    String anchor = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token.isScalarValue()
        ? parser.getObjectId() : null;
    Node node;
    if (token == JsonToken.START_OBJECT) {
      node = map(at, depth);
    } else if (token == JsonToken.START_ARRAY) {
      node = list(at, depth);
    } else if (token == JsonToken.VALUE_STRING && parser.isCurrentAlias()) {
      return alias(parser.getText(), at);
    } else {
      node = scalar(token, at);
    }
    count(1);
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private MapNode map(Position at, int depth) throws IOException {
    Map<String, MapNode.Entry> entries = new LinkedHashMap<>();
    long size = 1;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (t != JsonToken.FIELD_NAME) {
        throw new Stop(problem(parser.currentTokenLocation(), "expected a key"));
      }
      String key = parser.currentName();
      Position keyAt = position(parser.currentTokenLocation());
      Node v = value(parser.nextToken(), depth + 1);
      MapNode.Entry previous = entries.get(key);
      if (previous != null) {
        throw new Stop(
            new Problem(file, keyAt.line(), keyAt.column(), "",
                "duplicate key " + Names.quote(key) + " (first at line " + previous.keyPosition().line() + ")"));
      }
      entries.put(key, new MapNode.Entry(key, keyAt, v));
      size += sizes.getOrDefault(v, 1L);
    }
    MapNode node = new MapNode(at, entries);
    sizes.put(node, size);
    return node;
  }

  private ListNode list(Position at, int depth) throws IOException {
    List<Node> items = new ArrayList<>();
    long size = 1;
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      Node v = value(t, depth + 1);
      items.add(v);
      size += sizes.getOrDefault(v, 1L);
    }
    ListNode node = new ListNode(at, items);
    sizes.put(node, size);
    return node;
  }

  private ScalarNode scalar(JsonToken token, Position at) throws IOException {
    switch (token) {
      case VALUE_NUMBER_INT:
        return new ScalarNode(at, ScalarNode.Kind.INT, parser.getText());
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(at, ScalarNode.Kind.FLOAT, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE: {
        // YAML 1.1 (this parser) also reads yes/no/on/off as booleans; YAML 1.2 (editors, the
        // schema) reads them as strings. The file means what editors show: a string.
        String raw = parser.getText();
        if (raw != null && !raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
          return new ScalarNode(at, ScalarNode.Kind.STRING, raw);
        }
        return new ScalarNode(at, ScalarNode.Kind.BOOL, token == JsonToken.VALUE_TRUE ? "true" : "false");
      }
      case VALUE_NULL:
        return new ScalarNode(at, ScalarNode.Kind.NULL, "null");
      case VALUE_STRING: {
        String value = parser.getText();
        if (parser.getTypeId() == null && !quoted()) {
          if (PLAIN_INT.matcher(value).matches()) {
            return new ScalarNode(at, ScalarNode.Kind.INT, value);
          }
          if (PLAIN_FLOAT.matcher(value).matches()) {
            return new ScalarNode(at, ScalarNode.Kind.FLOAT, value);
          }
        }
        return new ScalarNode(at, ScalarNode.Kind.STRING, value);
      }
      default:
        throw new Stop(new Problem(file, at.line(), at.column(), "", "unsupported YAML value (" + token + ")"));
    }
  }

  /** True when the current scalar was written in quotes (a string, whatever it looks like). */
  private boolean quoted() {
    JsonLocation loc = parser.currentTokenLocation();
    long offset = loc == null ? -1 : loc.getCharOffset();
    if (offset < 0 || offset >= text.length()) {
      return true;
    }
    char c = text.charAt((int) offset);
    return c == '"' || c == '\'' || c == '|' || c == '>';
  }

  /** An alias stands for the node its anchor named; the same immutable node is shared. */
  private Node alias(String name, Position at) {
    Node target = anchors.get(name);
    if (target == null) {
      throw new Stop(new Problem(file, at.line(), at.column(), "", "unknown alias *" + Names.clip(name)));
    }
    if (++aliases > ScenarioMapper.MAX_ALIASES) {
      throw new Stop(
          new Problem(file, at.line(), at.column(), "", "more than " + ScenarioMapper.MAX_ALIASES + " aliases"));
    }
    long size = sizes.getOrDefault(target, 1L);
    count(size);
    return target;
  }

  private void count(long nodes) {
    expandedNodes += nodes;
    if (expandedNodes > MAX_EXPANDED_NODES) {
      Position at = position(parser.currentTokenLocation());
      throw new Stop(
          new Problem(file, at.line(), at.column(), "",
              "the file expands to more than " + MAX_EXPANDED_NODES + " values (aliases repeated too often)"));
    }
  }

  /** Tags could name types; only YAML's core ones, which name none, are accepted. */
  private void checkTag() throws IOException {
    String tag = parser.getTypeId();
    if (tag == null || tag.isEmpty()) {
      return;
    }
    String core = tag.startsWith(CORE_TAG) ? tag.substring(CORE_TAG.length()) : tag;
    if (!CORE_TAGS.contains(core)) {
      Position at = position(parser.currentTokenLocation());
      throw new Stop(
          new Problem(file, at.line(), at.column(), "", "YAML tag " + Names.quote(shownTag(tag))
              + " is not allowed in a scenario"));
    }
  }

  /** A tag as it was written: {@code !!str}, {@code !custom} (the parser drops the '!'), {@code !<tag:x>}. */
  static String shownTag(String tag) {
    if (tag.startsWith(CORE_TAG)) {
      return "!!" + tag.substring(CORE_TAG.length());
    }
    if (tag.startsWith("!")) {
      return tag;
    }
    return tag.contains(":") ? "!<" + tag + ">" : "!" + tag;
  }

  private Position position(JsonLocation loc) {
    if (loc == null) {
      return Position.startOf(file);
    }
    return new Position(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
  }

  private Problem problem(JsonLocation loc, String message) {
    Position p = position(loc);
    return new Problem(file, p.line(), p.column(), "", message);
  }

  /** A parser's complaint as a located problem, its text without the parser's multi-line excerpt. */
  static Problem fromParserError(Throwable e, Path file, String text, YAMLParser parser) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof org.yaml.snakeyaml.reader.ReaderException r) {
        int[] at = lineAndColumn(text, r.getPosition());
        return new Problem(file, at[0], at[1], "",
            String.format("YAML: character U+%04X is not allowed in a scenario file", r.getCodePoint()));
      }
      if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
        String what = m.getProblem() == null ? m.getContext() : m.getProblem();
        String context = m.getContext() != null && m.getProblem() != null ? " (" + m.getContext() + ")" : "";
        return new Problem(
            file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1, "",
            "YAML syntax: " + what + context);
      }
    }
    int line = 1;
    int column = 1;
    String message = e.getMessage();
    JsonLocation where = null;
    if (e instanceof JacksonException j) {
      message = j.getOriginalMessage();
      where = j.getLocation();
    }
    if ((where == null || where.getLineNr() < 1) && parser != null) {
      where = parser.currentLocation();
    }
    if (where != null && where.getLineNr() > 0) {
      line = where.getLineNr();
      column = Math.max(1, where.getColumnNr());
    }
    if (message != null && message.contains("nesting depth")) {
      return new Problem(file, line, column, "", "nested deeper than " + ScenarioMapper.MAX_NESTING_DEPTH + " levels");
    } else if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("code point")) {
      message = "the file is larger than " + ScenarioMapper.MAX_FILE_BYTES + " characters";
    }
    return new Problem(file, line, column, "", "YAML: " + (message == null ? e.getClass().getSimpleName() : message));
  }

  /** 1-based line and column of a character index. */
  private static int[] lineAndColumn(String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}

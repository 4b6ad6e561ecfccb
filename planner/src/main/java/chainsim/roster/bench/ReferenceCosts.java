package chainsim.roster.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The costs to compare with, read from the README.md that sits next to the instances: best-known
 * costs from its Markdown table rows ({@code | sprint01 | 56 | sprint06 | 54 |}) and the peer's
 * costs from its bullet lines ({@code - sprint01 58, sprint02 60}). Missing figures stay empty.
 */
public final class ReferenceCosts {

  private static final Pattern INSTANCE = Pattern.compile("[A-Za-z][A-Za-z_]*\\d+");
  private static final Pattern BULLET_PAIR = Pattern.compile("([A-Za-z][A-Za-z_]*\\d+)\\s+(\\d+)");

  private final Map<String, Integer> bestKnown;
  private final Map<String, Integer> peer;

  public ReferenceCosts(Map<String, Integer> bestKnown, Map<String, Integer> peer) {
    this.bestKnown = Map.copyOf(bestKnown);
    this.peer = Map.copyOf(peer);
  }

  public static ReferenceCosts none() {
    return new ReferenceCosts(Map.of(), Map.of());
  }

  public static ReferenceCosts read(Path readme) throws IOException {
    if (!Files.isRegularFile(readme)) {
      return none();
    }
    return parse(Files.readAllLines(readme));
  }

  static ReferenceCosts parse(List<String> lines) {
    Map<String, Integer> best = new HashMap<>();
    Map<String, Integer> peer = new HashMap<>();
    for (String raw : lines) {
      String line = raw.trim();
      if (line.startsWith("|")) {
        String[] cells = line.split("\\|");
        for (int i = 1; i + 1 < cells.length; i++) {
          String name = cells[i].trim();
          String value = cells[i + 1].trim();
          if (INSTANCE.matcher(name).matches() && value.matches("\\d+")) {
            best.put(name, Integer.parseInt(value));
            i++;
          }
        }
      } else if (line.startsWith("- ")) {
        Matcher m = BULLET_PAIR.matcher(line);
        while (m.find()) {
          peer.put(m.group(1), Integer.parseInt(m.group(2)));
        }
      }
    }
    return new ReferenceCosts(best, peer);
  }

  public OptionalInt bestKnown(String instance) {
    Integer v = bestKnown.get(instance);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }

  public OptionalInt peer(String instance) {
    Integer v = peer.get(instance);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }
}

package chainsim.staffing;

import chainsim.staffing.domain.Moves;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staffing-moves.csv}: a plan's moves per branch line and month of its window, zeros
 * included, so a later re-plan knows exactly what was decided and where the plan had a say. (The
 * headcount-plan overlay holds targets, from which hires cannot be told apart from the team the
 * branch already had.)
 */
public final class MovesFile {
  public static final String NAME = "staffing-moves.csv";
  static final String HEADER = "branch,role,skill,month,hires,releases,transfers_in,transfer_from";

  private final Map<String, Moves> moves;

  private MovesFile(Map<String, Moves> moves) {
    this.moves = moves;
  }

  public static MovesFile empty() {
    return new MovesFile(Map.of());
  }

  /** One row of the file. */
  public record Row(String branch, String role, String skill, int month, Moves moves) {}

  public static String write(List<Row> rows) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) {
      Moves m = r.moves();
      out.append(String.join(",", r.branch(), r.role(), r.skill(), Integer.toString(r.month()),
          Integer.toString(m.hires()), Integer.toString(m.releases()), Integer.toString(m.transfersIn()),
          m.transferFrom() == null ? "" : m.transferFrom())).append('\n');
    }
    return out.toString();
  }

  /**
   * Reads a previous plan: its directory (holding {@value #NAME}) or the file itself.
   *
   * @throws StaffingInputException when it is missing or malformed
   */
  public static MovesFile read(Path path) {
    Path file = Files.isDirectory(path) ? path.resolve(NAME) : path;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StaffingInputException("previous plan: cannot read " + file + " (" + e.getMessage() + ")");
    }
    if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
      throw new StaffingInputException("previous plan: " + file + " does not start with the header " + HEADER);
    }
    Map<String, Moves> moves = new LinkedHashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",", -1);
      try {
        if (f.length != 8) {
          throw new IllegalArgumentException("expected 8 fields, found " + f.length);
        }
        int month = Integer.parseInt(f[3]);
        Moves m = new Moves(count(f[4]), count(f[5]), count(f[6]), f[7].isEmpty() ? null : f[7]);
        if (m.transfersIn() > 0 && m.transferFrom() == null) {
          throw new IllegalArgumentException("transfers_in without transfer_from");
        }
        moves.put(key(f[0], f[1], f[2], month), m);
      } catch (IllegalArgumentException e) {
        throw new StaffingInputException("previous plan: " + file + ":" + (n + 1) + ": " + e.getMessage());
      }
    }
    return new MovesFile(Collections.unmodifiableMap(moves));
  }

  private static int count(String text) {
    int n = Integer.parseInt(text);
    if (n < 0) {
      throw new IllegalArgumentException("negative count " + n);
    }
    return n;
  }

  /** The previous plan's moves of a line in a month, or null where it did not plan. */
  public Moves at(String branch, String role, String skill, int month) {
    return moves.get(key(branch, role, skill, month));
  }

  public boolean isEmpty() {
    return moves.isEmpty();
  }

  /** Every row, in file order. */
  public List<Map.Entry<String, Moves>> entries() {
    return new ArrayList<>(moves.entrySet());
  }

  private static String key(String branch, String role, String skill, int month) {
    return branch + "/" + role + "/" + skill + "@" + month;
  }
}

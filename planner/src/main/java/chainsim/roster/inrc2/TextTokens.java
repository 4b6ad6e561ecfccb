package chainsim.roster.inrc2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The whitespace-separated words of a competition text file, each with its line and column. */
final class TextTokens {

  private record Token(String text, int line, int column) {
  }

  private final Path file;
  private final List<Token> tokens = new ArrayList<>();
  private int next;

  TextTokens(Path file) {
    this.file = file;
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      int c = 0;
      while (c < line.length()) {
        if (Character.isWhitespace(line.charAt(c)) || line.charAt(c) == '\uFEFF') {
          c++;
          continue;
        }
        int from = c;
        while (c < line.length() && !Character.isWhitespace(line.charAt(c))) {
          c++;
        }
        tokens.add(new Token(line.substring(from, c), l + 1, from + 1));
      }
    }
  }

  Path file() {
    return file;
  }

  boolean atEnd() {
    return next >= tokens.size();
  }

  String peek() {
    return atEnd() ? null : tokens.get(next).text();
  }

  Inrc2FormatException error(String problem) {
    if (atEnd()) {
      int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
      return new Inrc2FormatException(file, line, 1, problem + ", found the end of the file");
    }
    Token t = tokens.get(next);
    return new Inrc2FormatException(file, t.line(), t.column(), problem + ", found '" + t.text() + "'");
  }

  /** An error at the word just read. */
  Inrc2FormatException errorAtPrevious(String problem) {
    Token t = tokens.get(Math.max(0, next - 1));
    return new Inrc2FormatException(file, t.line(), t.column(), problem);
  }

  String word(String what) {
    if (atEnd()) {
      throw error("expected " + what);
    }
    return tokens.get(next++).text();
  }

  void expect(String keyword) {
    if (atEnd() || !tokens.get(next).text().equals(keyword)) {
      throw error("expected " + keyword);
    }
    next++;
  }

  /** {@code KEY = n} or {@code KEY n}. */
  int counted(String keyword) {
    expect(keyword);
    if ("=".equals(peek())) {
      next++;
    }
    return integer(keyword + " count");
  }

  int integer(String what) {
    String w = word(what);
    try {
      int v = Integer.parseInt(w);
      if (v < 0) {
        throw errorAtPrevious(what + " must not be negative: " + w);
      }
      return v;
    } catch (NumberFormatException e) {
      throw errorAtPrevious("expected " + what + " (a whole number), found '" + w + "'");
    }
  }

  /** {@code (a,b)}. */
  int[] pair(String what) {
    String w = word(what);
    if (!w.matches("\\(\\d+,\\d+\\)")) {
      throw errorAtPrevious("expected " + what + " as (a,b), found '" + w + "'");
    }
    String[] parts = w.substring(1, w.length() - 1).split(",");
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }
}

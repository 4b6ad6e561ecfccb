package chainsim.scenario.source;

import chainsim.scenario.Problem;
import chainsim.scenario.ScenarioMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an input file's text (a scenario, an employees file): size checked before reading, UTF-8
 * checked while decoding, a byte-order mark dropped.
 */
public final class SourceFile {
  private SourceFile() {}

  /** The text of a scenario file, or null with a problem when it is missing, too large or not UTF-8. */
  static String read(Path file, List<Problem> problems) {
    return read(file, "a scenario", ScenarioMapper.MAX_FILE_BYTES, problems);
  }

  /**
   * The text of a file, or null with a problem when it is missing, too large or not UTF-8.
   *
   * @param kind what the file is, with its article, for messages: "a scenario", "an employees file"
   */
  public static String read(Path file, String kind, long maxBytes, List<Problem> problems) {
    try {
      if (Files.isDirectory(file)) {
        problems.add(new Problem(file, 1, 1, "", "is a directory, not " + kind + (kind.endsWith("file") ? "" : " file")));
        return null;
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        problems.add(new Problem(file, 1, 1, "", "the file has " + size + " bytes; " + kind + " may have at most "
            + maxBytes));
        return null;
      }
      return decode(Files.readAllBytes(file), file, problems);
    } catch (NoSuchFileException e) {
      problems.add(new Problem(file, 1, 1, "", "file not found"));
    } catch (IOException e) {
      problems.add(new Problem(file, 1, 1, "", "cannot read the file: " + e.getMessage()));
    }
    return null;
  }

  /** Text checked for size and for characters YAML cannot hold. */
  static String check(String text, Path file, List<Problem> problems) {
    if (text.length() > ScenarioMapper.MAX_FILE_BYTES) {
      problems.add(new Problem(file, 1, 1, "",
          "the file has " + text.length() + " characters; a scenario may have at most " + ScenarioMapper.MAX_FILE_BYTES));
      return null;
    }
    return text;
  }

  private static String decode(byte[] bytes, Path file, List<Problem> problems) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes);
      int line = 1;
      int column = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      problems.add(new Problem(file, line, column, "", "the file is not valid UTF-8 text"));
      return null;
    }
  }

  private static int firstInvalidByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : 0;
  }
}

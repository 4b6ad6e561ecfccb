package chainsim.roster.inrc2;

import java.nio.file.Path;

/** An INRC-II file that cannot be read; the message is one line, {@code file:line:column: problem}. */
public final class Inrc2FormatException extends chainsim.input.InputException {

  private static final long serialVersionUID = 1L;

  public Inrc2FormatException(Path file, int line, int column, String problem) {
    super(file.getFileName() + ":" + line + ":" + column + ": " + problem);
  }
}

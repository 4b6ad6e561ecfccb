package chainsim.roster.inrc;

import java.nio.file.Path;

/** An INRC-2010 file that cannot be rostered; the message is one line naming the file and line. */
public final class InrcFormatException extends chainsim.input.InputException {

  private static final long serialVersionUID = 1L;

  public InrcFormatException(Path file, int line, String problem) {
    super(file.getFileName() + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}

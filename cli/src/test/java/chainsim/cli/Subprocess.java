package chainsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code chainsim} as its own process, the way a user runs it: {@link ChainsimCommand#main}, the
 * real logging configuration, standard output and standard error apart.
 */
final class Subprocess {
  record Result(int exit, String out, String err) {}

  private Subprocess() {}

  static Result chainsim(String... args) throws IOException, InterruptedException {
    return chainsimWithHeap("512m", args);
  }

  /** With a Java heap of this size, e.g. {@code 32m}. */
  static Result chainsimWithHeap(String heap, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ChainsimCommand.class.getName());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("chainsim-out", ".txt");
    Path err = Files.createTempFile("chainsim-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chainsim " + String.join(" ", args) + " did not end within 120 s");
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}

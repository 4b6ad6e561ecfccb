package chainsim.expansion.surrogate;

import chainsim.engine.Simulation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A hash of the simulator's code (the jar or class directory {@link Simulation} comes from), part
 * of the surrogate's cache key: a surrogate learnt by another version of the model is never
 * reused. Computed once per process; where the code cannot be read, every process gets a
 * fingerprint of its own, so a cache it cannot vouch for is rebuilt rather than trusted.
 */
final class ModelFingerprint {
  private static String value;

  private ModelFingerprint() {}

  static synchronized String of() {
    if (value == null) {
      value = compute();
    }
    return value;
  }

  private static String compute() {
    try {
      Path code = Path.of(Simulation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (Files.isDirectory(code)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(code)) {
          files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path f : files) {
          digest.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
          digest.update(Files.readAllBytes(f));
        }
      } else {
        // a jar: its entries' names, sizes and checksums, read from the central directory
        try (ZipFile zip = new ZipFile(code.toFile())) {
          List<? extends ZipEntry> entries = zip.stream().filter(e -> !e.isDirectory())
              .sorted(Comparator.comparing(ZipEntry::getName)).toList();
          for (ZipEntry e : entries) {
            digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
            digest.update(ByteBuffer.allocate(16).putLong(e.getCrc()).putLong(e.getSize()).array());
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      return "unread-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }
  }
}

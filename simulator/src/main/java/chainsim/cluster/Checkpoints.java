package chainsim.cluster;

import chainsim.metrics.ReplicationResult;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Finished batches on disk, so a run that stopped (its coordinator killed, Ctrl-C, a power cut)
 * can be resumed with only the rest recomputed. They live in a hidden directory beside the run
 * directory, {@code .NAME.batches/KEY/batch-000012.cbor.gz}, where the key ties them to exactly
 * one computation (scenario hash, seed, replications, batch size): a changed scenario or seed
 * never reuses them. Each file is every replication of a batch, whole, in CBOR (doubles stay
 * exact), gzipped, written to a temporary name and moved into place, so a file is there whole or
 * not at all. The directory is removed once the run directory is written.
 */
public final class Checkpoints {
  private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
  private static final TypeReference<List<ReplicationResult>> BATCH = new TypeReference<>() {};

  private final Path directory;

  private Checkpoints(Path directory) {
    this.directory = directory;
  }

  /**
   * The checkpoints of a computation whose run directory will be {@code runDirectory}: the
   * resolved scenario as run (its {@code scenario.yaml} text), the seed and the batches.
   */
  public static Checkpoints beside(Path runDirectory, String scenarioYaml, BatchPlan plan, long seed) {
    Path absolute = runDirectory.toAbsolutePath().normalize();
    String key = String.format(Locale.ROOT, "%s-seed%d-r%d-b%d", sha256(scenarioYaml).substring(0, 16), seed,
        plan.replications(), plan.batchSize());
    return new Checkpoints(absolute.resolveSibling("." + absolute.getFileName() + ".batches").resolve(key));
  }

  /** Where the batches are kept. */
  public Path directory() {
    return directory;
  }

  /** A batch checkpointed earlier, or empty when there is none. */
  public Optional<List<ReplicationResult>> read(int batch) {
    Path file = file(batch);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      return Optional.of(CBOR.readValue(in, BATCH));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file, e);
    }
  }

  /** Keeps a finished batch, its replications in index order. */
  public void write(int batch, List<ReplicationResult> replications) {
    Path file = file(batch);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      Files.createDirectories(directory);
      try (OutputStream out = new FastGzip(Files.newOutputStream(partial))) {
        CBOR.writerFor(BATCH).writeValue(out, replications);
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the checkpoint " + file, e);
    }
  }

  /** Removes the checkpoints, and the hidden parent directory when nothing else is left in it. */
  public void delete() {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
      try (Stream<Path> left = Files.list(directory.getParent())) {
        if (left.findAny().isEmpty()) {
          Files.deleteIfExists(directory.getParent());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the checkpoints " + directory, e);
    }
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private Path file(int batch) {
    return directory.resolve(String.format(Locale.ROOT, "batch-%06d.cbor.gz", batch));
  }

  /** Checkpoints are written while the run goes on: the fastest level, not the smallest file. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}

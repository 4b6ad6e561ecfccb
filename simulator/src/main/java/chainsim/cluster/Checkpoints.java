package chainsim.cluster;

import chainsim.metrics.ReplicationResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finished batches on disk, so a run that stopped (its coordinator killed, Ctrl-C, a power cut)
 * can be resumed with only the rest recomputed. They live in a hidden directory beside the run
 * directory, {@code .NAME.batches/KEY/batch-000012.bin}, where the key ties them to exactly
 * one computation (scenario hash, seed, replications, batch size): a changed scenario or seed
 * never reuses them. Each file is every replication of a batch, whole, as the {@link ReplicationCodec}
 * frames the workers sent (doubles stay exact; nothing is encoded or compressed again on the
 * coordinator), written to a temporary name and moved into place, so a file is there whole or not
 * at all. The directory is removed once the run directory is written.
 *
 * <p>A file is {@code CSB1}, the number of replications, then each frame's length and bytes. Files
 * of the earlier format ({@code batch-000012.cbor.gz}) are not read: a resume after the upgrade
 * computes those batches again.
 */
public final class Checkpoints {
  /** The first four bytes of a checkpoint file. */
  private static final byte[] MAGIC = {'C', 'S', 'B', '1'};

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
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a chainsim checkpoint");
      }
      int count = in.readInt();
      List<ReplicationResult> replications = new ArrayList<>(Math.max(0, Math.min(count, 1 << 16)));
      for (int i = 0; i < count; i++) {
        int length = in.readInt();
        if (length < 0 || length > ReplicationCodec.MAX_RAW_BYTES) {
          throw new IOException("a replication of " + length + " bytes");
        }
        replications.add(ReplicationCodec.decode(in.readNBytes(length)));
      }
      return Optional.of(replications);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (EOFException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file + ": it ends early", e);
    } catch (IllegalArgumentException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file, new IOException(e.getMessage(), e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the checkpoint " + file, e);
    }
  }

  /** Keeps a finished batch, its replications in index order. */
  public void write(int batch, List<ReplicationResult> replications) {
    writeFrames(batch, replications.stream().map(ReplicationCodec::encode).toList());
  }

  /** Keeps a finished batch given as its replications' {@link ReplicationCodec} frames, in index order. */
  public void writeFrames(int batch, List<byte[]> frames) {
    Path file = file(batch);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      Files.createDirectories(directory);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial),
          1 << 16))) {
        out.write(MAGIC);
        out.writeInt(frames.size());
        for (byte[] frame : frames) {
          out.writeInt(frame.length);
          out.write(frame);
        }
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
    return directory.resolve(String.format(Locale.ROOT, "batch-%06d.bin", batch));
  }
}

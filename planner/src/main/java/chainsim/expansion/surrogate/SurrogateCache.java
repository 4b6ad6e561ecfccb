package chainsim.expansion.surrogate;

import chainsim.scenario.Mode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Surrogates on disk, one file per cache key ({@link SurrogateSpec#cacheKey}), so that planning
 * the same scenario again (another time limit, another objective, a pin) skips the simulations;
 * the openings learnt while planning are kept too.
 * A file that cannot be read is ignored and rebuilt; files are written whole or not at all.
 */
public final class SurrogateCache {
  private static final int MAGIC = 0x63735355; // "csSU"

  private final Path directory;

  public SurrogateCache(Path directory) {
    this.directory = directory;
  }

  public Path file(String key) {
    return directory.resolve("surrogate-" + key + ".bin.gz");
  }

  public Optional<Surrogate> load(String key, Valuation valuation) {
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
      if (in.readInt() != MAGIC || in.readInt() != SurrogateSpec.FORMAT || !in.readUTF().equals(key)) {
        return Optional.empty();
      }
      int reps = in.readInt();
      int months = in.readInt();
      double[][] headOffice = new double[reps][months];
      for (double[] row : headOffice) {
        for (int m = 0; m < months; m++) {
          row[m] = in.readDouble();
        }
      }
      int n = in.readInt();
      List<RegionModeRuns> runs = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        String region = in.readUTF();
        Mode mode = Mode.valueOf(in.readUTF());
        String template = in.readUTF();
        double exitFactor = in.readDouble();
        int count = in.readInt();
        List<String> industries = new ArrayList<>();
        int[] firms = new int[count];
        for (int i = 0; i < count; i++) {
          industries.add(in.readUTF());
          firms[i] = in.readInt();
        }
        CandidateRun empty = readRun(in);
        CandidateRun[] single = new CandidateRun[count];
        for (int i = 0; i < count; i++) {
          single[i] = readRun(in);
        }
        CandidateRun all = count > 1 ? readRun(in) : single[0];
        runs.add(RegionModeRuns.of(region, mode, template, List.copyOf(industries), firms, empty, single, all,
            exitFactor, valuation));
      }
      Surrogate surrogate = new Surrogate(headOffice, runs, valuation);
      int learnt = in.readInt();
      for (int k = 0; k < learnt; k++) {
        Surrogate.Key opening = new Surrogate.Key(in.readUTF(), Mode.valueOf(in.readUTF()), in.readLong());
        surrogate.learn(opening, readRun(in));
      }
      return Optional.of(surrogate);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  public void save(String key, Surrogate surrogate) throws IOException {
    Files.createDirectories(directory);
    Path tmp = Files.createTempFile(directory, ".surrogate-", ".tmp");
    try {
      try (OutputStream raw = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
        out.writeInt(MAGIC);
        out.writeInt(SurrogateSpec.FORMAT);
        out.writeUTF(key);
        out.writeInt(surrogate.replications());
        out.writeInt(surrogate.months());
        for (double[] row : surrogate.headOffice()) {
          for (double v : row) {
            out.writeDouble(v);
          }
        }
        out.writeInt(surrogate.runs().size());
        for (RegionModeRuns rm : surrogate.runs()) {
          out.writeUTF(rm.region());
          out.writeUTF(rm.mode().name());
          out.writeUTF(rm.template());
          out.writeDouble(rm.exitFactor());
          out.writeInt(rm.industries().size());
          for (int i = 0; i < rm.industries().size(); i++) {
            out.writeUTF(rm.industries().get(i));
            out.writeInt(rm.firms()[i]);
          }
          writeRun(out, rm.empty());
          for (CandidateRun run : rm.single()) {
            writeRun(out, run);
          }
          if (rm.industries().size() > 1) {
            writeRun(out, rm.all());
          }
        }
        var learnt = surrogate.learnt();
        out.writeInt(learnt.size());
        for (var e : learnt.entrySet()) {
          out.writeUTF(e.getKey().region());
          out.writeUTF(e.getKey().mode().name());
          out.writeLong(e.getKey().mask());
          writeRun(out, e.getValue());
        }
      }
      Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writeRun(DataOutputStream out, CandidateRun run) throws IOException {
    out.writeInt(run.industries().size());
    for (String i : run.industries()) {
      out.writeUTF(i);
    }
    out.writeInt(run.replications());
    out.writeInt(run.months());
    writeMatrix(out, run.companyFlow());
    writeMatrix(out, run.oneOff());
    out.writeBoolean(run.stakeProfit() != null);
    if (run.stakeProfit() != null) {
      writeMatrix(out, run.stakeProfit());
    }
    out.writeBoolean(run.ownFlowMean() != null);
    if (run.ownFlowMean() != null) {
      for (double v : run.ownFlowMean()) {
        out.writeDouble(v);
      }
    }
    for (double v : run.revenueByIndustry()) {
      out.writeDouble(v);
    }
  }

  private static void writeMatrix(DataOutputStream out, float[][] matrix) throws IOException {
    for (float[] row : matrix) {
      for (float v : row) {
        out.writeFloat(v);
      }
    }
  }

  private static CandidateRun readRun(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> industries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      industries.add(in.readUTF());
    }
    int reps = in.readInt();
    int months = in.readInt();
    float[][] flow = readMatrix(in, reps, months);
    float[][] oneOff = readMatrix(in, reps, months);
    float[][] profit = in.readBoolean() ? readMatrix(in, reps, months) : null;
    double[] own = null;
    if (in.readBoolean()) {
      own = new double[months];
      for (int m = 0; m < months; m++) {
        own[m] = in.readDouble();
      }
    }
    double[] revenue = new double[count];
    for (int i = 0; i < count; i++) {
      revenue[i] = in.readDouble();
    }
    return new CandidateRun(List.copyOf(industries), flow, oneOff, profit, own, revenue);
  }

  private static float[][] readMatrix(DataInputStream in, int rows, int cols) throws IOException {
    float[][] m = new float[rows][cols];
    for (float[] row : m) {
      for (int c = 0; c < cols; c++) {
        row[c] = in.readFloat();
      }
    }
    return m;
  }
}

package chainsim.roster.bench;

import chainsim.roster.domain.Roster;
import chainsim.roster.inrc.InrcCostEvaluator;
import chainsim.roster.inrc.InrcInstance;
import chainsim.roster.inrc.InrcRosterMapper;
import chainsim.roster.inrc.InrcSolutionWriter;
import chainsim.roster.inrc.InrcXmlReader;
import chainsim.roster.solver.RosterSolver;
import chainsim.roster.solver.RosterSolverSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Solves INRC-2010 instances one after the other and scores each result with the competition's
 * evaluator (not the solver's own score), so the table reports the competition's cost.
 */
public final class RosterBenchmark {

  private RosterBenchmark() {
  }

  /** The {@code *.xml} files of a directory, sorted by name. */
  public static List<Path> instanceFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  public static String instanceName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".xml".length());
  }

  /**
   * Reads every file first, so a bad file fails the run before any time is spent solving.
   *
   * @param solutions where to write each roster as {@code <instance>.solution.xml} in the
   *     competition's solution format, for checking with another validator; null for nowhere
   * @param progress receives one line per instance as it finishes
   */
  public static List<BenchmarkRow> run(List<Path> files, ReferenceCosts references, RosterSolverSettings settings,
      Path solutions, Consumer<String> progress) throws IOException {
    List<InrcInstance> instances = new ArrayList<>();
    for (Path file : files) {
      instances.add(InrcXmlReader.read(file));
    }
    List<BenchmarkRow> rows = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      InrcInstance inrc = instances.get(i);
      String name = instanceName(files.get(i));
      Roster roster = InrcRosterMapper.toRoster(inrc);
      RosterSolver.Result result = RosterSolver.solve(roster, settings);
      Map<String, String[]> solution = InrcRosterMapper.toInrcSolution(result.roster());
      InrcCostEvaluator.Cost cost = InrcCostEvaluator.evaluate(inrc, solution);
      if (solutions != null) {
        Files.createDirectories(solutions);
        InrcSolutionWriter.write(solutions.resolve(name + ".solution.xml"),
            InrcSolutionWriter.xml(inrc, solution, "chainsim", cost.total()));
      }
      java.util.OptionalInt first = result.searchRosters().size() < 2 ? java.util.OptionalInt.empty()
          : java.util.OptionalInt.of(InrcCostEvaluator.evaluate(inrc,
              InrcRosterMapper.toInrcSolution(result.searchRosters().get(0))).total());
      BenchmarkRow row = new BenchmarkRow(name, cost.total(), cost.feasible(), references.bestKnown(name),
          references.peer(name), result.timeToBestMillis() / 1000.0, result.movesPerSecond(),
          cost.byConstraint(), first);
      rows.add(row);
      Double gap = row.gapPercent();
      progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: cost %d%s%s%s, best found after %.1f s (%,.0f moves/s); %s",
          i + 1, instances.size(), name, row.cost(), row.feasible() ? "" : " INFEASIBLE",
          first.isPresent() ? " (first search " + first.getAsInt() + ")" : "",
          gap == null ? "" : String.format(Locale.ROOT, " (best known %d, %+.1f %%)", row.bestKnown().getAsInt(), gap),
          row.timeToBestSeconds(), row.movesPerSecond(), byConstraint(cost)));
    }
    return rows;
  }

  /** The cost's non-zero terms, largest first (ties by name): where a roster pays, to compare with a best one. */
  static String byConstraint(InrcCostEvaluator.Cost cost) {
    List<Map.Entry<String, Integer>> terms = new ArrayList<>(cost.byConstraint().entrySet());
    terms.removeIf(t -> t.getValue() == 0);
    terms.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder text = new StringBuilder("by constraint:");
    for (Map.Entry<String, Integer> t : terms) {
      text.append(' ').append(t.getKey()).append(' ').append(t.getValue());
    }
    return terms.isEmpty() ? "by constraint: none" : text.toString();
  }
}

package chainsim.cli;

import chainsim.expansion.ExpansionPlanner;
import chainsim.input.Durations;
import chainsim.planning.Cancellation;
import chainsim.report.plan.PlanRow;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainsim bench plan SCENARIO}: the expansion planner against the greedy baseline and the
 * scenario's own plan, at several time limits, all checked by full simulation on the same seeds.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark the expansion planner: plan at each time limit (from the same surrogate and greedy start; openings"
          + " learnt in one run are not kept for the next), then simulate each"
          + " plan, the greedy baseline and the scenario's own plan with the same seed and replications.",
      "Prints a Markdown table: simulated expected NPV (± std. error), the paired difference from greedy,"
          + " P(cash < 0), P(cash < reserve), the surrogate's NPV, and moves per second."
    })
public final class BenchPlanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path file;

  @Option(names = "--time-limits", paramLabel = "LIST", split = ",", defaultValue = "10s,60s,300s",
      description = "Search times to compare (default: ${DEFAULT-VALUE}).")
  List<String> timeLimits;

  @Option(names = "--validation-replications", paramLabel = "N",
      description = "Replications of each simulation (default: planning.expansion.validation_replications).")
  Integer validationReplications;

  @CommandLine.Mixin ThreadsOption threads;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Where surrogates are cached (default: target/chainsim-cache).")
  Path cache;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to this Markdown file.")
  Path out;


  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(file);
    List<Duration> limits = new ArrayList<>();
    for (String t : timeLimits) {
      limits.add(Durations.parse(t, "--time-limits"));
    }
    int reps = validationReplications != null ? validationReplications
        : loaded.scenario().planning().expansion().validationReplications();
    if (reps < 2 || reps > 100_000) {
      throw new BadInputException("--validation-replications must be between 2 and 100000, not " + reps);
    }
    int workers = threads.workers();
    Path cacheDir = cache != null ? cache : Path.of("target", "chainsim-cache");
    Cancellation cancellation = new Cancellation();
    Interrupts.cancelOnFirstInterrupt(cancellation, () -> {});
    List<ExpansionPlanner.Result> outcomes = new ArrayList<>();
    for (int i = 0; i < limits.size() && !cancellation.isCancelled(); i++) {
      PlanProgress progress = new PlanProgress(System.err, System.console() != null, limits.get(i).toMillis());
      try {
        outcomes.add(ExpansionPlanner.plan(loaded,
            new ExpansionPlanner.Request(limits.get(i), null, cacheDir, workers, reps, i == 0, false), progress,
            cancellation));
      } finally {
        progress.end();
      }
    }
    if (outcomes.isEmpty()) {
      spec.commandLine().getErr().println("chainsim: stopped before the first plan existed; nothing to compare");
      spec.commandLine().getErr().flush();
      return ChainsimCommand.EXIT_RUN_FAILURE;
    }
    String table = table(loaded, limits, outcomes, reps, workers);
    PrintWriter printer = spec.commandLine().getOut();
    printer.print(table);
    printer.flush();
    if (out != null) {
      Files.writeString(out, table, StandardCharsets.UTF_8);
    }
    return ChainsimCommand.EXIT_OK;
  }

  static String table(LoadedScenario loaded, List<Duration> limits, List<ExpansionPlanner.Result> outcomes, int reps,
      int threads) {
    StringBuilder t = new StringBuilder();
    ExpansionPlanner.Result first = outcomes.get(0);
    t.append(String.format(Locale.ROOT, "Expansion planner benchmark: %s, seed %d, %d replications per plan"
            + " (replications 0..%d for every plan), %d threads; surrogate %s (%.0f s, %d simulations x %d"
            + " replications).%n%n", loaded.scenario().name(), loaded.scenario().seed(), reps, reps - 1, threads,
        first.surrogate().fromCache() ? "from the cache" : "built", first.surrogate().seconds(),
        first.surrogate().simulations(), first.surrogate().replications()));
    t.append("| plan | search | E[NPV] simulated ± s.e. | vs greedy (paired) ± s.e. | P(cash < 0) | P(cash < reserve)"
        + " | lowest P5 cash | held back / months late | E[NPV] surrogate | surrogate vs simulated | modes used"
        + " | hard score | moves/s | moves | rounds, openings learnt | restarts, ended by |\n");
    t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
    for (int i = 0; i < outcomes.size(); i++) {
      ExpansionPlanner.Result o = outcomes.get(i);
      String search = String.format(Locale.ROOT, "%ds%s", limits.get(i).toSeconds(),
          o.solve().stoppedEarly() ? " (stopped)" : "");
      row(t, "planner", search, PlanRow.of(o.planner(), o.rules(), first.greedy()), modes(o.planner()),
          Long.toString(o.solve().movesPerSecond()), Long.toString(o.solve().moves()),
          o.solve().rounds() + ", " + o.solve().learnt() + (o.solve().greedyKept() ? " (greedy kept)" : ""),
          o.solve().enumerated() > 0 ? "enumerated" : o.solve().restarts() + ", " + o.solve().stoppedBy());
    }
    row(t, "greedy", "-", PlanRow.of(first.greedy(), first.rules(), first.greedy()), modes(first.greedy()), "-", "-",
        "-", "-");
    if (first.manual() != null) {
      row(t, "scenario's plan", "-", PlanRow.of(first.manual(), first.rules(), first.greedy()), modes(first.manual()),
          "-", "-", "-", "-");
    }
    return t.toString();
  }

  /** The plan's openings by mode, in the modes' order: "3 direct, 5 partner". */
  static String modes(ExpansionPlanner.Evaluated e) {
    java.util.Map<chainsim.scenario.Mode, Integer> count = new java.util.EnumMap<>(chainsim.scenario.Mode.class);
    e.openings().forEach(o -> count.merge(o.mode(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    count.forEach((m, n) -> parts.add(n + " " + m.key()));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static void row(StringBuilder t, String plan, String search, PlanRow r, String modes, String speed,
      String moves, String rounds, String restarts) {
    t.append(String.format(Locale.ROOT,
        "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s | %s | %s | %s |%n", plan,
        search,
        r.simulated() ? m(r.simulatedNpv().mean()) + " ± " + m(r.simulatedNpv().stdError()) : "-",
        r.versusGreedy() == null ? "-" : m(r.versusGreedy().mean()) + " ± " + m(r.versusGreedy().stdError()),
        r.simulated() ? pct(r.simulatedBelowZero().mean()) : "-",
        r.simulated() ? pct(r.simulatedBelowReserve().mean()) : "-",
        r.simulated() ? m(r.simulatedLowestQuantileCash()) : "-",
        r.simulated() ? String.format(Locale.ROOT, "%.2f / %.1f", r.simulatedNeverOpened(), r.simulatedDelayMonths())
            : "-",
        m(r.surrogateNpv()),
        r.simulated() ? String.format(Locale.ROOT, "%+.1f%%",
            100 * (r.surrogateNpv() - r.simulatedNpv().mean()) / Math.abs(r.simulatedNpv().mean())) : "-",
        modes, r.hardScore(), speed, moves, rounds, restarts));
  }

  private static String m(double yuan) {
    return String.format(Locale.ROOT, "%.1fM", yuan / 1e6);
  }

  private static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p * 100);
  }
}

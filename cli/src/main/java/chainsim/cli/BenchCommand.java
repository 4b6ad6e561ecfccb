package chainsim.cli;

import chainsim.engine.Simulation;
import chainsim.engine.actor.ActorEngine;
import chainsim.montecarlo.Throughput;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainsim bench [FILE]}: the engines' speed and memory on a scenario, in one run: the
 * actor engine against the sequential engine on the same model code. Subcommands benchmark the
 * planners.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Without a subcommand: firm-months per second of the sequential engine (1 thread) and the actor engine"
          + " (1 thread, all cores) in several rounds, their ratios (median and spread), the collectors' time, the"
          + " machine's load, and heap bytes per client firm, measured in one run.",
      "Subcommands benchmark the planners."
    },
    subcommands = {BenchRosterCommand.class, BenchRosterWeeklyCommand.class, BenchPlanCommand.class,
        BenchClusterCommand.class})
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "scenarios/national.yaml",
      description = "Scenario (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--replications", paramLabel = "N", defaultValue = "80",
      description = "Replications per measured configuration (default: ${DEFAULT-VALUE}).")
  int replications;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Rounds of the three configurations; ratios are given as the median across rounds"
          + " (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "6",
      description = "Replications run first to warm the JIT (default: ${DEFAULT-VALUE}).")
  int warmup;

  @CommandLine.Mixin ThreadsOption threads;

  @Option(names = "--in-flight", paramLabel = "K[,K...]", split = ",",
      description = "Replications the actor engine keeps in flight per thread; several values measure each in"
          + " every round (default: the setting, -Dchainsim.actor.inFlightPerThread, else 2).")
  List<Integer> inFlight;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table as Markdown to this file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    LoadedScenario loaded = ScenarioLoader.load(file);
    if (replications < 1 || warmup < 0 || rounds < 1) {
      throw new BadInputException("--replications and --rounds must be at least 1 and --warmup at least 0");
    }
    List<Integer> perThread = inFlight == null ? List.of(ActorEngine.inFlightPerThread()) : inFlight;
    if (perThread.stream().anyMatch(k -> k < 1)) {
      throw new BadInputException("--in-flight: each value must be at least 1");
    }
    int cores = threads.workers();
    Simulation simulation = new Simulation(loaded.scenario());
    PrintWriter err = spec.commandLine().getErr();
    Throughput throughput = new Throughput(simulation);
    Throughput.Memory memory = throughput.memory(cores);
    List<Throughput.Measurement> runs = throughput.measure(rounds, replications, warmup, cores, perThread, line -> {
      err.println("bench: " + line);
      err.flush();
    });
    String table = table(loaded, simulation, runs, memory, cores, perThread);
    PrintWriter printer = spec.commandLine().getOut();
    printer.print(table);
    printer.flush();
    if (out != null) {
      Files.writeString(out, table);
    }
    return ChainsimCommand.EXIT_OK;
  }

  static String table(LoadedScenario loaded, Simulation sim, List<Throughput.Measurement> runs,
      Throughput.Memory memory, int cores, List<Integer> inFlightPerThread) {
    StringBuilder t = new StringBuilder();
    t.append(String.format(Locale.ROOT, "Scenario %s: %,d target firms x %d months; %d cores available; heap max %d MiB;"
            + " actor engine replications in flight per thread: %s%n%n",
        loaded.scenario().name(), sim.world().initialFirms(), sim.months(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        String.join(", ", inFlightPerThread.stream().map(String::valueOf).toList())));
    t.append("| engine | threads | rounds | median firm-months/s | median vs sequential | lowest | highest"
        + " | median GC share |\n");
    t.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Throughput.Summary s : Throughput.summarize(runs)) {
      t.append(String.format(Locale.ROOT, "| %s | %d | %d | %,.0f | %.2fx | %.2fx | %.2fx | %.1f%% |%n", s.engine(),
          s.threads(), s.rounds(), s.medianFirmMonthsPerSecond(), s.medianRatio(), s.lowestRatio(), s.highestRatio(),
          100 * s.medianGcShare()));
    }
    t.append("\nRound by round (a ratio is against the sequential engine of the same round; load is the system's"
        + " one-minute average before and after):\n\n");
    t.append("| round | engine | threads | replications | seconds | firm-months/s | vs sequential | GC ms | GCs"
        + " | load |\n");
    t.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    double base = 0;
    for (Throughput.Measurement m : runs) {
      if (m.engine().equals("sequential")) {
        base = m.firmMonthsPerSecond();
      }
      t.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.2f | %,.0f | %.2fx | %d | %d | %s |%n", m.round(),
          m.engine(), m.threads(), m.replications(), m.seconds(), m.firmMonthsPerSecond(),
          m.firmMonthsPerSecond() / base, m.gcMillis(), m.gcCount(), load(m.loadBefore()) + " → "
              + load(m.loadAfter())));
    }
    t.append(String.format(Locale.ROOT,
        "%nHeap per client firm: %.1f bytes. Measured as the actor engine runs on %d thread(s): %d replications"
            + " in flight, each stepped through all %d months (firms born, scratch arrays grown) and held, then the"
            + " heap after a collection: %,d bytes / (%d x %,d target firms). Of it the firm arrays: %.1f bytes"
            + " per target firm (%,.0f slots per replication by the end). Besides, each replication adds %,d"
            + " bytes of series to the store across replications (%.1f bytes per target firm).%n",
        memory.bytesPerFirm(), cores, memory.replications(), memory.months(), memory.bytes(), memory.replications(),
        memory.firms(), memory.populationBytesPerFirm(), memory.slotsPerReplication(),
        memory.storeBytesPerReplication(), memory.storeBytesPerReplication() / (double) memory.firms()));
    return t.toString();
  }

  private static String load(double average) {
    return average < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", average);
  }
}

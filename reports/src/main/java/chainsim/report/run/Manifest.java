package chainsim.report.run;

import java.util.List;

/**
 * How a run was made: the chainsim version, the scenario (its file, name and the hash of its
 * resolved form), the seed and replications actually used, the engine, and the command line. It
 * is the one file that records the invocation; the others depend only on scenario and seed.
 */
public record Manifest(
    String chainsimVersion,
    String scenarioName,
    String scenarioFile,
    String scenarioSha256,
    long seed,
    int replications,
    String engine,
    List<String> commandLine) {}

package chainsim.cli;

import chainsim.roster.branch.EmployeesFileDocs;
import chainsim.scenario.SchemaGenerator;
import chainsim.sweep.SweepFileDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chainsim schema [--employees | --sweep] [--out FILE]}: the JSON Schema of scenario, employees or sweep files. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of scenario files, generated from the scenario model.",
      "Editors use it through the '# yaml-language-server: $schema=chainsim.schema.json' line;",
      "the copy committed as scenarios/chainsim.schema.json is regenerated with --out.",
      "With --employees, the schema of a branch's employees file (docs/roster.md) instead,",
      "committed as scenarios/employees.schema.json.",
      "With --sweep, the schema of a sweep file (docs/sweep.md), committed as scenarios/sweep.schema.json."
    })
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--employees", description = "The schema of employees files (chainsim plan roster) instead.")
  boolean employees;

  @Option(names = "--sweep", description = "The schema of sweep files (chainsim sweep FILE) instead.")
  boolean sweep;

  @Override
  public Integer call() {
    if (employees && sweep) {
      throw new BadInputException("--employees and --sweep: one schema at a time");
    }
    String schema = employees ? EmployeesFileDocs.schema() : sweep ? SweepFileDocs.schema() : SchemaGenerator.generate();
    if (out == null) {
      spec.commandLine().getOut().print(schema);
      spec.commandLine().getOut().flush();
    } else {
      write(out, schema);
    }
    return ChainsimCommand.EXIT_OK;
  }

  /** A file the user named: what stops it being written is theirs to fix (exit 2), in a sentence. */
  static void write(Path file, String text) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot write " + file + ": it is a directory");
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new BadInputException("cannot write " + file + ": the directory " + parent + " does not exist");
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException("cannot write " + file + ": " + ChainsimCommand.reason(e));
    }
  }
}

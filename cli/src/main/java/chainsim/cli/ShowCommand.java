package chainsim.cli;

import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ParameterCatalog;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenarioMapper;
import chainsim.scenario.Uncertain;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chainsim show --resolved FILE} and {@code chainsim show --parameters FILE}. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a scenario as the engine sees it, for review.")
final class ShowCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = ScenarioMapper.json();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static final class What {
    @Option(
        names = "--resolved",
        description = "The fully merged scenario as YAML: bases applied, every default written out, stable key order.")
    boolean resolved;

    @Option(
        names = "--parameters",
        description = "Every uncertain number: its key path, distribution and when it is drawn.")
    boolean parameters;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
  Path file;

  @Override
  public Integer call() throws ScenarioException {
    LoadedScenario loaded = ScenarioLoader.load(file);
    PrintWriter out = spec.commandLine().getOut();
    if (what.resolved) {
      out.print(loaded.resolvedYaml());
    } else {
      ParameterCatalog catalog = ParameterCatalog.of(loaded.scenario());
      int width = catalog.parameters().keySet().stream().mapToInt(String::length).max().orElse(0);
      catalog.parameters().forEach((path, u) ->
          out.println(String.format("%-" + width + "s  %-11s  %s", path, u.draw().key(), describe(u))));
    }
    out.flush();
    return ChainsimCommand.EXIT_OK;
  }

  /** {@code triangular min=30000 mode=50000 max=80000}, or the number for a fixed value. */
  static String describe(Uncertain u) {
    JsonNode node = JSON.valueToTree(u);
    if (!node.isObject()) {
      return "fixed " + plain(node);
    }
    StringBuilder sb = new StringBuilder(node.get("dist").asText());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("dist") && !e.getKey().equals("draw")) {
        sb.append(' ').append(e.getKey()).append('=').append(plain(e.getValue()));
      }
    }
    return sb.toString();
  }

  private static String plain(JsonNode n) {
    if (n.isArray()) {
      StringBuilder sb = new StringBuilder("[");
      n.forEach(v -> sb.append(sb.length() > 1 ? "," : "").append(plain(v)));
      return sb.append(']').toString();
    }
    return n.isNumber() ? chainsim.scenario.tree.Numbers.plain(n.doubleValue()) : n.asText();
  }
}

package chainsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The Kubernetes manifests in {@code examples/kubernetes/} stay in step with the command: every
 * container's arguments parse as a chainsim command line, the port the bootstrap looks for is
 * named as the worker's settings say, and the Job reaches the workers through their service.
 */
class KubernetesExamplesTest {
  private static final Path EXAMPLES = Path.of("../examples/kubernetes");

  /** Every document of a multi-document YAML file, by its kind and name. */
  private static Map<String, JsonNode> documents(String file) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<String, JsonNode> byName = new TreeMap<>();
    try (var parser = yaml.getFactory().createParser(EXAMPLES.resolve(file).toFile())) {
      for (JsonNode doc : yaml.readValues(parser, JsonNode.class).readAll()) {
        byName.put(doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText(), doc);
      }
    }
    return byName;
  }

  /** The container's arguments, with Kubernetes' $(POD_IP) as a real address. */
  private static String[] args(JsonNode workload) {
    List<String> args = new ArrayList<>();
    ((ArrayNode) workload.at("/spec/template/spec/containers/0/args"))
        .forEach(a -> args.add(a.asText().replace("$(POD_IP)", "10.1.2.3")));
    return args.toArray(String[]::new);
  }

  @Test
  void theWorkersBootstrapThroughTheApiServerOnThePortNamedManagement() throws IOException {
    Map<String, JsonNode> docs = documents("workers.yaml");
    assertThat(docs).containsKeys("ServiceAccount/chainsim-worker", "Role/chainsim-pod-reader",
        "RoleBinding/chainsim-worker-reads-pods", "Deployment/chainsim-worker", "Service/chainsim-worker");
    JsonNode deployment = docs.get("Deployment/chainsim-worker");
    CommandLine.ParseResult parsed = ChainsimCommand.newCommandLine().parseArgs(args(deployment));
    CommandLine.ParseResult worker = parsed.subcommand();
    assertThat(worker.commandSpec().name()).isEqualTo("worker");
    assertThat(worker.matchedOptionValue("--bootstrap", "")).isEqualTo("kubernetes-api");
    assertThat(worker.matchedOptionValue("--service", "")).isEqualTo(
        deployment.at("/spec/template/metadata/labels/app").asText());
    assertThat(deployment.at("/spec/template/spec/containers/0/ports").findValuesAsText("name"))
        .contains("management", "remoting");
    assertThat(docs.get("Service/chainsim-worker").at("/spec/clusterIP").asText()).as("headless").isEqualTo("None");
  }

  @Test
  void theRunJobJoinsThroughTheWorkersServiceAsCoordinator() throws IOException {
    JsonNode job = documents("run-job.yaml").get("Job/chainsim-national");
    CommandLine.ParseResult run = ChainsimCommand.newCommandLine().parseArgs(args(job)).subcommand();
    assertThat(run.commandSpec().name()).isEqualTo("run");
    assertThat(run.matchedOption("--cluster").getValue().toString()).isEqualTo("chainsim-worker:2552");
    assertThat(run.matchedOption("--bind").getValue().toString()).isEqualTo("10.1.2.3:2553");
  }
}

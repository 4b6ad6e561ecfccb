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
 * named as the worker's settings say, the Job finds the workers by the bootstrap with an account
 * that may list pods, and every node mounts the cert-manager secret where its {@code --tls-pem} looks.
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
  void theRunJobFindsTheWorkersByTheBootstrapWithThePodReadersAccount() throws IOException {
    Map<String, JsonNode> workers = documents("workers.yaml");
    JsonNode job = documents("run-job.yaml").get("Job/chainsim-national");
    CommandLine.ParseResult run = ChainsimCommand.newCommandLine().parseArgs(args(job)).subcommand();
    assertThat(run.commandSpec().name()).isEqualTo("run");
    assertThat(run.matchedOptionValue("--cluster-bootstrap", "")).isEqualTo("kubernetes-api");
    assertThat(run.matchedOptionValue("--service", "")).isEqualTo(
        workers.get("Deployment/chainsim-worker").at("/spec/template/metadata/labels/app").asText());
    assertThat(run.matchedOption("--cluster")).as("no seed address").isNull();
    assertThat(run.matchedOption("--bind").getValue().toString()).isEqualTo("10.1.2.3:2553");
    assertThat(job.at("/spec/template/spec/serviceAccountName").asText()).as("the account the pod-reader Role is bound"
        + " to").isEqualTo(workers.get("RoleBinding/chainsim-worker-reads-pods").at("/subjects/0/name").asText());
  }

  @Test
  void everyNodeMountsTheCertificateSecretWhereItsTlsPemOptionLooks() throws IOException {
    Map<String, JsonNode> tls = documents("tls.yaml");
    JsonNode certificate = tls.get("Certificate/chainsim-tls");
    String secret = certificate.at("/spec/secretName").asText();
    assertThat(certificate.at("/spec/privateKey/algorithm").asText()).as("Pekko's PEM transport reads RSA keys")
        .isEqualTo("RSA");
    assertThat(tls.get("Issuer/chainsim-ca").at("/spec/ca/secretName").asText())
        .isEqualTo(tls.get("Certificate/chainsim-ca").at("/spec/secretName").asText());
    assertThat(tls.get("Certificate/chainsim-ca").at("/spec/isCA").asBoolean()).isTrue();
    for (JsonNode workload : List.of(documents("workers.yaml").get("Deployment/chainsim-worker"),
        documents("run-job.yaml").get("Job/chainsim-national"))) {
      CommandLine.ParseResult parsed = ChainsimCommand.newCommandLine().parseArgs(args(workload)).subcommand();
      String dir = parsed.matchedOption("--tls-pem").getValue().toString();
      JsonNode pod = workload.at("/spec/template/spec");
      String volume = null;
      for (JsonNode v : pod.path("volumes")) {
        if (secret.equals(v.at("/secret/secretName").asText())) {
          volume = v.path("name").asText();
        }
      }
      assertThat(volume).as(workload.at("/metadata/name").asText() + " has the secret as a volume").isNotNull();
      boolean mounted = false;
      for (JsonNode m : pod.at("/containers/0/volumeMounts")) {
        mounted |= m.path("name").asText().equals(volume) && m.path("mountPath").asText().equals(dir);
      }
      assertThat(mounted).as(workload.at("/metadata/name").asText() + " mounts it at --tls-pem " + dir).isTrue();
    }
  }
}

package chainsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/architecture.md, checked rather than only described: the modules depend one way
 * ({@code cli → reports → planner → simulator}), Pekko stays in the actor engine, OptaPlanner stays out of the
 * simulator, other modules use the scenario's public API (never {@code scenario.source} or
 * {@code scenario.validation}), and every package says what it is in a {@code package-info.java}.
 *
 * <p>A class's module is where it was compiled (its module's {@code target/classes} in the reactor, or its
 * module's jar), not its package name, so a package added to a module is covered without listing it here.
 */
class ArchitectureTest {
  private static final List<String> MODULES = List.of("simulator", "planner", "reports", "cli");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.isJar() || location.contains("chainsim-"))
        .importPackages("chainsim");
  }

  /** A chainsim class compiled in {@code module}. */
  static DescribedPredicate<JavaClass> inModule(String module) {
    return DescribedPredicate.describe("in module " + module, c -> moduleOf(c).equals(module));
  }

  static String moduleOf(JavaClass c) {
    String uri = c.getSource().map(s -> s.getUri().toString()).orElse("");
    for (String module : MODULES) {
      if (uri.contains("/" + module + "/target/") || uri.contains("chainsim-" + module + "-")) {
        return module;
      }
    }
    return "unknown";
  }

  @Test
  void everyChainsimClassBelongsToAModule() {
    assertThat(classes).isNotEmpty();
    assertThat(classes.stream().filter(c -> moduleOf(c).equals("unknown")).map(JavaClass::getName)).isEmpty();
    for (String module : MODULES) {
      assertThat(classes.stream().filter(c -> moduleOf(c).equals(module))).as(module).isNotEmpty();
    }
  }

  @Test
  void modulesDependOneWayCliReportsPlannerSimulator() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("simulator").definedBy(inModule("simulator"))
        .layer("planner").definedBy(inModule("planner"))
        .layer("reports").definedBy(inModule("reports"))
        .layer("cli").definedBy(inModule("cli"))
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("reports").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("planner").mayOnlyBeAccessedByLayers("reports", "cli")
        .whereLayer("simulator").mayOnlyBeAccessedByLayers("planner", "reports", "cli")
        .check(classes);
  }

  @Test
  void pekkoOnlyInTheActorEngine() {
    noClasses().that().resideOutsideOfPackages("chainsim.engine.actor..", "chainsim.engine.cluster..",
            "chainsim.cluster..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.pekko..")
        .because("the business rules are plain Java; actors are thin shells around them (docs/architecture.md)")
        .check(classes);
  }

  @Test
  void noOptaPlannerInTheSimulator() {
    noClasses().that(inModule("simulator"))
        .should().dependOnClassesThat().resideInAPackage("org.optaplanner..")
        .because("nothing in the simulator knows about planning")
        .check(classes);
  }

  @Test
  void otherModulesUseTheScenariosPublicApiNotItsInternals() {
    noClasses().that().resideOutsideOfPackage("chainsim.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("chainsim.scenario.source..", "chainsim.scenario.validation..")
        .because("scenario.source and scenario.validation are the scenario's internals: other code uses"
            + " chainsim.scenario, chainsim.scenario.tree and chainsim.scenario.format")
        .check(classes);
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path root = repositoryRoot();
    for (String module : MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        List<String> missing = files.filter(Files::isDirectory)
            .filter(ArchitectureTest::holdsJava)
            .filter(d -> !Files.exists(d.resolve("package-info.java")))
            .map(d -> sources.relativize(d).toString().replace('\\', '.').replace('/', '.'))
            .sorted().toList();
        assertThat(missing).as("packages of %s without a package-info.java", module).isEmpty();
      }
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path repositoryRoot() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("simulator/src/main/java")) && Files.isDirectory(d.resolve("cli"))) {
        return d;
      }
    }
    throw new IllegalStateException("no chainsim checkout above " + Path.of("").toAbsolutePath());
  }
}

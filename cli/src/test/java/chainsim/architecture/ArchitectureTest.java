package chainsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import chainsim.planning.Cancellation;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The architecture of docs/architecture.md, checked rather than only described: the modules depend one way
 * ({@code cli → reports → planner → simulator}), Pekko stays in the actor engine, OptaPlanner stays out of the
 * simulator, other modules use the scenario's public API (never {@code scenario.source} or
 * {@code scenario.validation}), every package says what it is in a {@code package-info.java}, and the
 * planners keep the planner template (a {@code ConstraintProvider} in {@code chainsim.<x>.solver}, the planning
 * solution and entities in {@code chainsim.<x>.domain}, {@code <X>Planner} in {@code chainsim.<x>} with one static
 * {@code plan(..., listener, cancellation)}, and no {@code stop()} or volatile fields to stop a planner).
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

  /** The planners' root packages: {@code chainsim.<x>} of the planner template. */
  private static final String[] PLANNERS = {"chainsim.expansion", "chainsim.staffing", "chainsim.roster"};

  @Test
  void constraintProvidersLiveInTheirPlannersSolverPackage() {
    classes().that().implement(ConstraintProvider.class)
        .should().resideInAPackage("chainsim.*.solver")
        .because("the planner template: chainsim.<x>.solver holds the planner's ConstraintProvider"
            + " (docs/architecture.md)")
        .check(classes);
  }

  @Test
  void planningSolutionsAndEntitiesLiveInTheirPlannersDomainPackage() {
    classes().that().areAnnotatedWith(PlanningSolution.class).or().areAnnotatedWith(PlanningEntity.class)
        .should().resideInAPackage("chainsim.*.domain")
        .because("the planner template: chainsim.<x>.domain holds the planning solution, its entities and facts")
        .check(classes);
  }

  @Test
  void everyPlannerIsInItsPlannersRootPackageWithTheSameStaticPlan() {
    classes().that(inModule("planner")).and().areTopLevelClasses().and().haveSimpleNameEndingWith("Planner")
        .should().resideInAnyPackage(PLANNERS)
        .andShould(planFromARequestWithAListenerAndACancellation())
        .because("the planner template: <X>Planner.plan(scenario, request, listener, cancellation)")
        .check(classes);
    assertThat(classes.stream().filter(c -> c.getSimpleName().endsWith("Planner") && c.isTopLevelClass()
        && moduleOf(c).equals("planner")).map(JavaClass::getName).sorted())
        .containsExactly("chainsim.expansion.ExpansionPlanner", "chainsim.roster.RosterPlanner",
            "chainsim.staffing.StaffingPlanner");
  }

  @Test
  void plannersAreStoppedByACancellationNotByStopMethodsOrVolatileFields() {
    DescribedPredicate<JavaClass> plannerCode = DescribedPredicate.describe("in module planner, but Cancellation",
        c -> moduleOf(c).equals("planner") && !c.isEquivalentTo(Cancellation.class));
    noFields().that().areDeclaredInClassesThat(plannerCode)
        .should().haveModifier(JavaModifier.VOLATILE)
        .because("a planner stops through chainsim.planning.Cancellation, not through flags of its own")
        .check(classes);
    noMethods().that().areDeclaredInClassesThat(plannerCode)
        .should().haveName("stop")
        .because("a planner stops through chainsim.planning.Cancellation")
        .check(classes);
  }

  /**
   * Public static {@code plan} methods only, at least one, each ending with the planner's own
   * {@code Listener} and a {@code Cancellation} (an overload may add how simulations are prepared after them).
   */
  private static ArchCondition<JavaClass> planFromARequestWithAListenerAndACancellation() {
    return new ArchCondition<>("have public static plan(..., Listener, Cancellation[, simulations]) methods only") {
      @Override
      public void check(JavaClass planner, ConditionEvents events) {
        List<JavaMethod> plans = planner.getMethods().stream().filter(m -> m.getName().equals("plan")).toList();
        if (plans.isEmpty()) {
          events.add(SimpleConditionEvent.violated(planner, planner.getName() + " has no plan method"));
        }
        for (JavaMethod m : plans) {
          List<String> types = m.getRawParameterTypes().stream().map(JavaClass::getName).toList();
          int at = types.indexOf(Cancellation.class.getName());
          boolean shaped = m.getModifiers().contains(JavaModifier.PUBLIC)
              && m.getModifiers().contains(JavaModifier.STATIC)
              && at >= 2 && at >= types.size() - 2
              && types.get(at - 1).equals(planner.getName() + "$Listener");
          if (!shaped) {
            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " is not public static"
                + " plan(..., " + planner.getSimpleName() + ".Listener, Cancellation[, simulations])"));
          }
        }
      }
    };
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

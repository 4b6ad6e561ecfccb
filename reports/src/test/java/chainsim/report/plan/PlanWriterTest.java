package chainsim.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.expansion.ExpansionPlanner;
import chainsim.montecarlo.EngineKind;
import chainsim.montecarlo.MonteCarlo;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.planning.Cancellation;
import chainsim.report.html.Lang;
import chainsim.report.run.AtomicDirectory;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import chainsim.scenario.ScenariosRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's files: plan.yaml loads, is the plan, and runs; the report stands alone; the summary says what matters. */
class PlanWriterTest {
  static final Path FIXTURE = Path.of("../planner/src/test/resources/expansion/two-cities.yaml");

  @TempDir static Path cache;
  @TempDir Path dir;

  static ExpansionPlanner.Result outcome;

  @BeforeAll
  static void plan() throws Exception {
    outcome = plan(ScenarioLoader.load(FIXTURE));
  }

  static ExpansionPlanner.Result plan(LoadedScenario loaded) throws Exception {
    return ExpansionPlanner.plan(loaded, new ExpansionPlanner.Request(null, 5_000L, cache, 2, 2),
        new ExpansionPlanner.Listener() {}, Cancellation.none());
  }

  static PlanDocument document(ExpansionPlanner.Result o) {
    return PlanDocument.of(o, "chainsim plan expansion two-cities.yaml", "5,000 moves", Lang.EN);
  }

  @Test
  void planYamlExtendsACopyOfTheScenarioWhenTheOriginalIsOutOfReachAndRuns() throws Exception {
    Path target = dir.resolve("plan");
    AtomicDirectory.write(target, false, d -> new PlanWriter(document(outcome), target).writeInto(d));
    assertThat(target.resolve("plan.yaml")).exists();
    assertThat(target.resolve("base.yaml")).exists();
    assertThat(Files.readString(target.resolve("plan.yaml"))).contains("extends: \"base.yaml\"")
        .contains("- { id: suzhou-branch, remove: true }");

    Scenario planned = ScenarioLoader.load(target.resolve("plan.yaml")).scenario();
    assertThat(planned.expansion()).isEqualTo(outcome.planner().openings());
    assertThat(planned.expansion()).isNotEmpty();
    MonteCarloResult run = MonteCarlo.run(new Simulation(planned.withRun(planned.seed(), 2)), 2, 1,
        EngineKind.SEQUENTIAL, n -> {});
    // the same plan, seed and replications as the planner's own check: the same NPVs
    assertThat(run.npvByReplication()).containsExactly(outcome.planner().simulated().npvByReplication());
  }

  @Test
  void planYamlInheritsTheOpeningsEveryPlanKeepsAndReplacesTheRest() throws Exception {
    String text = Files.readString(FIXTURE).replace(
        "  - { id: suzhou-branch, month: 1, region: suzhou, mode: direct, template: small_direct }",
        "  - { id: suzhou-branch, month: 1, region: suzhou, mode: direct, template: small_direct }\n"
            + "  - { id: suzhou-sub, month: 1, region: suzhou, mode: partner, template: desk, remote_sales: false }\n"
            + "  - { id: wuxi-desk, month: 4, region: wuxi, mode: partner, template: desk }");
    Path file = dir.resolve("kept.yaml");
    Files.writeString(file, text);
    ExpansionPlanner.Result o = plan(ScenarioLoader.load(file));
    Opening sub = o.loaded().scenario().expansion().get(1);
    assertThat(o.planner().openings()).contains(sub);
    Path target = dir.resolve("plan");
    AtomicDirectory.write(target, false, d -> new PlanWriter(document(o), target).writeInto(d));
    String plan = Files.readString(target.resolve("plan.yaml"));
    assertThat(plan).contains("# kept as the scenario has them: suzhou-sub")
        .contains("- { id: suzhou-branch, remove: true }").contains("- { id: wuxi-desk, remove: true }")
        .doesNotContain("id: suzhou-sub, remove");
    Scenario planned = ScenarioLoader.load(target.resolve("plan.yaml")).scenario();
    assertThat(planned.expansion()).isEqualTo(o.planner().openings());
    MonteCarloResult run = MonteCarlo.run(new Simulation(planned.withRun(planned.seed(), 2)), 2, 1,
        EngineKind.SEQUENTIAL, n -> {});
    assertThat(run.npvByReplication()).containsExactly(o.planner().simulated().npvByReplication());
  }

  @Test
  void planYamlExtendsTheScenarioItselfWhenItLiesUnderTheScenariosRoot() throws Exception {
    Path root = dir.resolve("repo");
    Files.createDirectories(root.resolve("scenarios"));
    Files.writeString(root.resolve(ScenariosRoot.MARKER), "{}");
    Path scenario = root.resolve("scenarios/two-cities.yaml");
    Files.copy(FIXTURE, scenario);
    ExpansionPlanner.Result o = plan(ScenarioLoader.load(scenario));
    Path target = root.resolve("plans/next");
    AtomicDirectory.write(target, false, d -> new PlanWriter(document(o), target).writeInto(d));
    assertThat(target.resolve("base.yaml")).doesNotExist();
    assertThat(Files.readString(target.resolve("plan.yaml"))).contains("extends: \"../../scenarios/two-cities.yaml\"");
    assertThat(ScenarioLoader.load(target.resolve("plan.yaml")).scenario().expansion())
        .isEqualTo(o.planner().openings());
  }

  @Test
  void theReportIsOneFileWithEchartsAndTheDataInlined() throws Exception {
    String html = PlanReport.html(document(outcome));
    assertThat(html).startsWith("<!doctype html>").contains("<script type=\"application/json\" id=\"plan-data\">")
        .contains("echarts.init").contains("Cells: region &times; industry").contains("Score explanation")
        .contains("reserve held at confidence").contains("greedy").contains("scenario&#39;s plan".replace("&#39;", "'"));
    assertThat(html.length()).isGreaterThan(500_000); // the library itself
    assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContain("<link ");
    String data = PlanReport.data(document(outcome));
    assertThat(data).contains("\"fans\"").contains("\"p5\"").contains("\"soft\"");
    // every object's keys in one order, whatever the JVM: the soft costs were a Map.of, whose order changes
    // from one JVM to the next (so the page's bytes did)
    assertThat(data).containsPattern("\\{\"name\":\"[^\"]+\",\"yuan\":-?\\d+}")
        .doesNotContainPattern("\\{\"yuan\":");
  }

  @Test
  void thePlanIsWrittenInChineseByDefaultAndInEnglishOnRequestWithTheSameNumbers() {
    PlanDocument zh = PlanDocument.of(outcome, "chainsim plan expansion two-cities.yaml", "5,000 moves");
    PlanDocument en = zh.withLanguage(Lang.EN);
    assertThat(zh.lang()).isEqualTo(Lang.ZH);
    String zhMd = PlanSummary.markdown(zh);
    String enMd = PlanSummary.markdown(en);
    assertThat(zhMd).startsWith("# 扩张计划：two-cities\n").contains("## 计划比较").contains("## 开业")
        .contains("## 得分解释").contains("| 约束 | 硬 | 软（元） | 匹配数 |").contains("- 一年现金流闸门：")
        .doesNotContain("Plans compared").doesNotContain("every direct branch projected");
    assertThat(enMd).isEqualTo(PlanSummary.markdown(document(outcome))).startsWith("# Expansion plan: two-cities\n")
        .contains("## Plans compared");
    assertThat(PlanSummary.verdict(zh)).startsWith(zh.planner().simulated() ? "模拟结果" : "在代理模型上");
    assertThat(numbers(zhMd)).isEqualTo(numbers(enMd));
    assertThat(numbers(PlanSummary.table(zh))).isEqualTo(numbers(PlanSummary.table(en)));

    String zhHtml = PlanReport.html(zh);
    String enHtml = PlanReport.html(en);
    assertThat(zhHtml).contains("<html lang=\"zh-CN\">").contains("<title>扩张计划：two-cities</title>")
        .contains("<h2>结论</h2>").contains("<h2>计划比较</h2>").contains("<h2>得分解释</h2>")
        .contains("<h2>代理模型与模拟</h2>").contains("name: '储备'");
    assertThat(enHtml).contains("<html lang=\"en\">").contains("<title>Expansion plan: two-cities</title>")
        .contains("<h2>Verdict</h2>").contains("name: 'reserve'").contains("' (surrogate)'");
    assertThat(PlanReport.data(zh)).isEqualTo(PlanReport.data(en));
    assertThat(numbers(zhHtml.substring(zhHtml.indexOf("<body>"), zhHtml.indexOf("<script"))))
        .isEqualTo(numbers(enHtml.substring(enHtml.indexOf("<body>"), enHtml.indexOf("<script"))));
  }

  /** The figures of a page (numbers with their separators and units), sorted: a language may order a sentence otherwise. */
  private static List<String> numbers(String page) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?[0-9]+(?:[,.][0-9]+)*%?").matcher(page);
    while (m.find()) {
      out.add(m.group());
    }
    java.util.Collections.sort(out);
    return out;
  }

  @Test
  void theSummaryComparesThePlansAndExplainsTheScore() {
    String md = PlanSummary.markdown(document(outcome));
    assertThat(md).startsWith("# Expansion plan: two-cities")
        .contains("|  | planner | greedy | scenario's plan |")
        .contains("difference from greedy, simulated, paired")
        .contains("## Openings").contains("## Score explanation").contains("| expected NPV | 0 |")
        .contains("| one-year cash-flow gate | 0 | 0 | 0 |")
        .contains("every plan checked with 2 replications");
    for (Opening o : outcome.planner().openings()) {
      assertThat(md).contains(o.id());
    }
  }

  /** After a stop the plan may not be simulated while greedy was: the lead line says which were and which not. */
  @Test
  void theLeadLineSaysWhichPlansWereSimulatedWhenNotAllWere() {
    ExpansionPlanner.Result stopped = new ExpansionPlanner.Result(outcome.loaded(), outcome.rules(), outcome.surrogate(),
        outcome.solve(), unsimulated(outcome.planner()), outcome.greedy(), unsimulated(outcome.manual()),
        outcome.validationReplications(), outcome.notes(), outcome.robustness());
    String md = PlanSummary.markdown(document(stopped));
    assertThat(md).doesNotContain("every plan checked")
        .contains("; checked with 2 replications of the full simulation, same seed and replications for all: greedy;"
            + " not simulated, surrogate figures only: planner, scenario's plan.");
    String zh = PlanSummary.markdown(PlanDocument.of(stopped, "chainsim plan expansion two-cities.yaml", "5,000 moves"));
    assertThat(zh).contains("用完整模拟的 2 次重复检验（各计划种子和重复次数相同）：greedy；未经完整模拟、只有代理模型数字：planner, scenario's plan");
    ExpansionPlanner.Result none = new ExpansionPlanner.Result(outcome.loaded(), outcome.rules(), outcome.surrogate(),
        outcome.solve(), unsimulated(outcome.planner()), unsimulated(outcome.greedy()), unsimulated(outcome.manual()),
        outcome.validationReplications(), outcome.notes(), outcome.robustness());
    assertThat(PlanSummary.markdown(document(none))).contains("; not checked by full simulation.");
  }

  private static ExpansionPlanner.Evaluated unsimulated(ExpansionPlanner.Evaluated e) {
    return new ExpansionPlanner.Evaluated(e.label(), e.openings(), e.plan(), e.score(), e.constraints(), e.projection(),
        e.outlook(), null);
  }

  @Test
  void theEmployeesFilesFollowThePlanFromItsDirectory() throws Exception {
    // national.yaml names the team of suzhou-direct, which a plan may replace by suzhou-direct-q1
    Path scenarios = dir.resolve("scenarios");
    Files.createDirectories(scenarios.resolve("employees"));
    Files.writeString(scenarios.resolve("employees/team.yaml"), "# the team\n");
    Files.writeString(scenarios.resolve("two-cities.yaml"), Files.readString(FIXTURE)
        .replace("planning:\n", "planning:\n  roster:\n    employees_files: { suzhou-branch: employees/team.yaml }\n"));
    LoadedScenario loaded = ScenarioLoader.load(scenarios.resolve("two-cities.yaml"));
    Opening kept = loaded.scenario().expansion().get(0);
    assertThat(kept.id()).isEqualTo("suzhou-branch");
    Opening replacement = new Opening("suzhou-direct-q2", 4, "suzhou", List.of("software"),
        chainsim.scenario.Mode.DIRECT, "small_direct", null, null, null, null, null, null, null, null);

    // a plan that keeps the branch: its file, from the plan's directory
    Path keeps = dir.resolve("out/keeps");
    Files.createDirectories(keeps);
    new PlanScenarioFile(loaded, List.of(kept, replacement), "keeps it").writeInto(keeps, keeps);
    Scenario keeping = ScenarioLoader.load(keeps.resolve("plan.yaml")).scenario();
    assertThat(keeping.planning().roster().employeesFiles())
        .containsExactly(java.util.Map.entry("suzhou-branch", "../../scenarios/employees/team.yaml"));
    assertThat(keeps.resolve(keeping.planning().roster().employeesFiles().get("suzhou-branch")).normalize())
        .isRegularFile();

    // a plan that replaces it: the entry goes (it would name an opening that is not there)
    Path replaces = dir.resolve("out/replaces");
    Files.createDirectories(replaces);
    new PlanScenarioFile(loaded, List.of(replacement), "replaces it").writeInto(replaces, replaces);
    assertThat(Files.readString(replaces.resolve("plan.yaml")))
        .contains("      suzhou-branch: ~   # not in this plan; its team: \"../../scenarios/employees/team.yaml\"\n");
    assertThat(ScenarioLoader.load(replaces.resolve("plan.yaml")).scenario().planning().roster().employeesFiles())
        .isEmpty();
  }

  @Test
  void aPlanWithoutOpeningsStillWritesAFileThatLoads() throws Exception {
    LoadedScenario loaded = outcome.loaded();
    Path file = dir.resolve("plan.yaml");
    new PlanScenarioFile(loaded, List.of(), "no openings").writeInto(dir, dir);
    assertThat(ScenarioLoader.load(file).scenario().expansion()).isEmpty();
  }
}

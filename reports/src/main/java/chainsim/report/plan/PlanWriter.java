package chainsim.report.plan;

import chainsim.scenario.LoadedScenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a plan's directory: {@code plan.yaml} (and its {@code base.yaml} when needed), the plan
 * report and {@code plan-summary.md}. It loads the {@code plan.yaml} it wrote and checks that it
 * resolves to the plan's openings: a plan file that does not round-trip is never written.
 */
public final class PlanWriter {
  private final PlanDocument document;
  private final Path target;
  private final Path shown;

  /** @param target the directory the contents will be moved to (the plan file's base path is relative to it) */
  public PlanWriter(PlanDocument document, Path target) {
    this(document, target, target);
  }

  /**
   * @param shown the directory the plan is to be run from, as its header names it (where a caller
   *     moves the target after writing it)
   */
  public PlanWriter(PlanDocument document, Path target, Path shown) {
    this.document = document;
    this.target = target;
    this.shown = shown;
  }

  public void writeInto(Path directory) throws IOException {
    LoadedScenario input = document.outcome().loaded();
    String header = "Expansion plan for " + input.scenario().name() + ", by chainsim plan expansion:\n  "
        + document.command() + "\nRun it with: chainsim run " + shown.resolve(PlanScenarioFile.PLAN);
    new PlanScenarioFile(input, document.outcome().planner().openings(), header).writeInto(directory, target);
    roundTrip(directory.resolve(PlanScenarioFile.PLAN));
    Files.writeString(directory.resolve(PlanReport.FILE), PlanReport.html(document), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(PlanSummary.FILE), PlanSummary.markdown(document), StandardCharsets.UTF_8);
  }

  private void roundTrip(Path plan) {
    try {
      var loaded = ScenarioLoader.load(plan).scenario();
      List<String> got = loaded.expansion().stream().map(o -> o.id() + "@" + o.month()).toList();
      List<String> want = document.outcome().planner().openings().stream().map(o -> o.id() + "@" + o.month()).toList();
      if (!got.equals(want)) {
        throw new IllegalStateException("plan.yaml resolves to other openings than the plan's: " + got);
      }
    } catch (ScenarioException e) {
      throw new IllegalStateException("plan.yaml does not load: " + e.getMessage(), e);
    }
  }
}

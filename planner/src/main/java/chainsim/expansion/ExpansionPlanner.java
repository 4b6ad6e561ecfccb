package chainsim.expansion;

import chainsim.engine.Simulation;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionPlan;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.solver.ChainOutlook;
import chainsim.expansion.solver.ChainProjection;
import chainsim.expansion.solver.ExpansionConstraintProvider;
import chainsim.expansion.solver.ExpansionSolverConfig;
import chainsim.expansion.surrogate.RestartBaseline;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.SurrogateBuilder;
import chainsim.expansion.surrogate.SurrogateCache;
import chainsim.expansion.surrogate.SurrogateRefiner;
import chainsim.expansion.surrogate.SurrogateSpec;
import chainsim.expansion.surrogate.Valuation;
import chainsim.montecarlo.MonteCarloResult;
import chainsim.planning.Cancellation;
import chainsim.scenario.LoadedScenario;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioException;
import chainsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code chainsim plan expansion}, without the terminal: learn the surrogate (or read it from the
 * cache), build the greedy baseline, solve from it, explain the score, and check the plan, the
 * greedy baseline and the scenario's own plan with the full simulator on the same seeds.
 */
public final class ExpansionPlanner {

  /**
   * @param timeLimit the solver's wall-clock limit; null for none (then {@code searchMoves})
   * @param searchMoves moves to evaluate (tests: the same on any machine); null for none
   * @param cacheDirectory where surrogates are kept; null for no cache
   * @param validationReplications replications of each full-simulation check; 0 skips the checks
   * @param checkBaselines also check the greedy baseline and the scenario's own plan (a benchmark
   *     that plans several times checks them once)
   * @param keepLearnt start from the openings earlier plans learnt (in the cache) and add this
   *     plan's; a benchmark starts every run from the same surrogate instead
   * @param unimprovedTimeLimit the search stops when its best plan has not improved for this long;
   *     null for the scenario's {@code planning.expansion.unimproved_time_limit} (none by default)
   */
  public record Request(Duration timeLimit, Long searchMoves, Path cacheDirectory, int threads,
      int validationReplications, boolean checkBaselines, boolean keepLearnt, Duration unimprovedTimeLimit) {

    public Request(Duration timeLimit, Long searchMoves, Path cacheDirectory, int threads,
        int validationReplications) {
      this(timeLimit, searchMoves, cacheDirectory, threads, validationReplications, true, true);
    }

    public Request(Duration timeLimit, Long searchMoves, Path cacheDirectory, int threads,
        int validationReplications, boolean checkBaselines, boolean keepLearnt) {
      this(timeLimit, searchMoves, cacheDirectory, threads, validationReplications, checkBaselines, keepLearnt, null);
    }
  }

  /** What the planner reports while it works; called from its own threads too. */
  public interface Listener {
    default void surrogate(int done, int total) {}

    default void solving(long millis, HardSoftLongScore best, long movesPerSecond) {}

    default void learning(int done, int total) {}

    default void simulating(String plan, int done, int total) {}
  }

  public record SurrogateInfo(boolean fromCache, double seconds, int simulations, int replications, Path file) {}

  /**
   * @param millis search time, all rounds
   * @param rounds search rounds, each followed by learning the openings its plan uses
   * @param learnt openings simulated as such and learnt while planning
   * @param learnSeconds time spent learning them
   * @param greedyKept the greedy baseline scored best of all candidates, and is the plan
   * @param restarts search rounds started from a ruined best plan (ruin and recreate)
   * @param enumerated plans scored by enumerating the whole space; 0 when it was searched
   * @param stoppedBy what ended the search: "moves", "time limit", "unimproved time", "enumerated" or "stopped"
   */
  public record SolveStats(long millis, long moves, long movesPerSecond, boolean stoppedEarly, int rounds,
      int learnt, double learnSeconds, boolean greedyKept, int restarts, long enumerated, String stoppedBy) {}

  /** One constraint's share of a score: its total and how many times it matched. */
  public record ConstraintTotal(String name, long hard, long soft, int matches) {}

  /**
   * A plan with what the surrogate and, when checked, the simulator say about it.
   *
   * @param plan the cell decisions (for the scenario's own plan, as the surrogate reads it)
   * @param simulated the full simulation's result; null when not checked
   */
  public record Evaluated(String label, List<Opening> openings, ExpansionPlan plan, HardSoftLongScore score,
      List<ConstraintTotal> constraints, ChainProjection projection, ChainOutlook outlook,
      MonteCarloResult simulated) {}

  /** @param robustness the plan's openings' contributions and payback, and its regret in stress futures */
  public record Result(LoadedScenario loaded, ExpansionRules rules, SurrogateInfo surrogate, SolveStats solve,
      Evaluated planner, Evaluated greedy, Evaluated manual, int validationReplications, List<String> notes,
      PlanRobustness robustness) {}

  /**
   * Plans the expansion.
   *
   * @param cancellation stops early and keeps the best plan found: ends the search (the plan is then
   *     not checked by full simulation), or the finalists' simulations, the repair or the checks if they
   *     have begun (a plan simulated before the stop keeps its simulation). Cancelled while the
   *     surrogate is being learnt, this throws {@link InterruptedException}: there is no plan yet.
   */
  public static Result plan(LoadedScenario loaded, Request settings, Listener listener, Cancellation cancellation)
      throws InterruptedException {
    return plan(loaded, settings, listener, cancellation, Simulation::new);
  }

  /**
   * @param simulations prepares the checks' simulations (by default from month 1). The surrogate
   *     learns each opening alone from month 1 and judges the cash from month 1 on.
   */
  public static Result plan(LoadedScenario loaded, Request settings, Listener listener, Cancellation cancellation,
      Function<Scenario, Simulation> simulations) throws InterruptedException {
    return new ExpansionPlanner(loaded, settings, listener, cancellation, simulations, null).run();
  }

  /**
   * A re-plan from an as-of state: what was decided before it is a fact, the rest is planned.
   *
   * @param asOfMonth the last month of history, k
   * @param decided ids of the scenario's openings executed or committed at the as-of month (pinned
   *     in the scenario): valued together by the simulation restarted from the as-of state, and
   *     kept out of the rules a plan breaks
   * @param simulations prepares a scenario restarted from the as-of state
   */
  public record Restart(int asOfMonth, java.util.Set<String> decided, Function<Scenario, Simulation> simulations) {
    public Restart {
      decided = java.util.Set.copyOf(decided);
    }
  }

  /**
   * Re-plans from the as-of state of {@code restart}: the surrogate values a plan as the decided
   * openings' restarted simulation plus the free openings' stand-alone runs ({@link RestartBaseline}),
   * the capital rules judge the months after the as-of month from the cash there, and the checks
   * simulate from the as-of state.
   */
  public static Result plan(LoadedScenario loaded, Request settings, Listener listener, Cancellation cancellation,
      Restart restart) throws InterruptedException {
    return new ExpansionPlanner(loaded, settings, listener, cancellation, restart.simulations(), restart).run();
  }

  private final LoadedScenario loaded;
  private final Scenario scenario;
  private final Request settings;
  private final Listener listener;
  private final Cancellation cancellation;
  private final Function<Scenario, Simulation> simulations;
  private final Restart restart;
  private final List<String> notes = new ArrayList<>();
  private SurrogateInfo surrogateInfo;

  private ExpansionPlanner(LoadedScenario loaded, Request settings, Listener listener, Cancellation cancellation,
      Function<Scenario, Simulation> simulations, Restart restart) {
    this.loaded = loaded;
    this.scenario = loaded.scenario();
    this.settings = settings;
    this.listener = listener;
    this.cancellation = cancellation;
    this.simulations = simulations;
    this.restart = restart;
  }

  /** The plan, the greedy baseline and the scenario's own plan, as evaluated so far. */
  private record Candidates(Evaluated planner, Evaluated greedy, Evaluated own) {}

  private Result run() throws InterruptedException {
    SurrogateSpec spec = cellsToDecide();
    Map<String, Entry> previous = previousPlan();
    Surrogate surrogate = surrogateUnlessCancelled(spec);
    RestartBaseline baseline = restartFromAsOf(surrogate);
    SolverFactory<ExpansionPlan> factory =
        SolverFactory.create(ExpansionSolverConfig.of(scenario.seed(), settings.timeLimit(), settings.searchMoves()));
    SolutionManager<ExpansionPlan, HardSoftLongScore> explainer = SolutionManager.create(factory);
    ExpansionPlan greedy = ExpansionProblem.of(scenario, surrogate, previous);
    GreedyBaseline.decide(greedy, factory);
    selection = settings.validationReplications() > 0
        ? new SimulatedSelection(scenario, greedy.getContext().rules(),
        settings.validationReplications(), settings.threads(), simulations) : null;
    AsOfOpenings asOf = baseline == null ? null
        : new AsOfOpenings(scenario, surrogate, decidedOpenings(), baseline, simulations, settings.threads());
    double luck = centreBaseline(surrogate, baseline);
    learnFromAsOf(asOf, List.of(greedy));
    SurrogateCorrection correction = correctSurrogate(greedy, surrogate);
    ExpansionPlan start = startFromGreedy(greedy, surrogate, previous);
    PlanSearch search = new PlanSearch(scenario, settings, listener,
        new SurrogateRefiner(scenario, spec, surrogate, settings.threads()), asOf, cancellation);
    PlanSearch.Result found = search.run(start, greedy, explainer, factory);
    cacheLearntOpenings(found, spec, surrogate);
    ExpansionPlan best = chooseBySimulation(found, greedy, explainer);
    learnFromAsOf(asOf, List.of(best, greedy));
    ExpansionPlan manual = manualPlan(surrogate, previous);
    Candidates evaluated = new Candidates(
        evaluate("planner", best, PlanOpenings.toScenario(scenario, best.getCells()), explainer),
        evaluate("greedy", greedy, PlanOpenings.toScenario(scenario, greedy.getCells()), explainer),
        scenario.expansion().isEmpty() ? null : evaluate("scenario's plan", manual, scenario.expansion(), explainer));
    Candidates checked = greedySimulatedOnce(checkBySimulation(evaluated));
    String corrected = correctedNote(checked.planner(), correction, surrogate);
    if (corrected != null) {
      notes.add(corrected);
    }
    List<ExpansionPlan> simulatedPlans = new ArrayList<>(List.of(greedy));
    simulatedPlans.addAll(found.ranked());
    String gap = replanGap(checked.planner(), surrogate, luck, simulatedPlans);
    if (gap != null) {
      notes.add(gap);
    }
    PlanRobustness robustness = PlanRobustness.of(scenario, best, checked.planner().openings(),
        checked.planner().simulated(), found.ranked(), greedy);
    return new Result(loaded, greedy.getContext().rules(), surrogateInfo, found.stats(), checked.planner(),
        checked.greedy(), checked.own(), settings.validationReplications(), notes, robustness);
  }

  /** Greedy's simulation from the selection of the plan, when the checks did not simulate it again. */
  private Candidates greedySimulatedOnce(Candidates c) {
    MonteCarloResult simulated = c.greedy().simulated() == null && selection != null
        ? selection.simulated(c.greedy().openings()) : null;
    return simulated == null ? c : new Candidates(c.planner(), withSimulation(c.greedy(), simulated), c.own());
  }

  /** The surrogate's cells, when {@code planning.expansion} leaves any to decide from its first quarter on. */
  private SurrogateSpec cellsToDecide() {
    SurrogateSpec spec;
    try {
      spec = SurrogateSpec.of(scenario);
    } catch (IllegalArgumentException e) {
      throw new PlanningInputException(e.getMessage());
    }
    if (spec.regions().isEmpty() || spec.modes().isEmpty()) {
      throw new PlanningInputException("planning.expansion leaves no cell to decide: no candidate region,"
          + " industry with firms, or mode");
    }
    int quarters = ExpansionRules.of(scenario).quarters();
    if (scenario.planning().expansion().firstQuarter() > quarters) {
      throw new PlanningInputException("planning.expansion.first_quarter " + scenario.planning().expansion().firstQuarter()
          + " is after the last quarter the planner may open in (" + quarters + ")");
    }
    return spec;
  }

  /** The surrogate, learnt or from the cache; a cancellation while it is learnt leaves no plan. */
  private Surrogate surrogateUnlessCancelled(SurrogateSpec spec) throws InterruptedException {
    long t0 = System.nanoTime();
    Surrogate surrogate;
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      surrogate = surrogate(spec, t0);
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped while learning the surrogate");
    }
    return surrogate;
  }

  /**
   * In a re-plan, the decided openings simulated from the as-of state on the surrogate's
   * replications become the surrogate's baseline (see {@link RestartBaseline}).
   */
  private RestartBaseline restartFromAsOf(Surrogate surrogate) throws InterruptedException {
    if (restart == null) {
      return null;
    }
    List<Opening> decided = decidedOpenings();
    int reps = surrogate.replications();
    Simulation simulation = restart.simulations().apply(scenario.withExpansion(decided).withRun(scenario.seed(), reps));
    RestartBaseline baseline;
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      baseline = RestartBaseline.simulate(simulation, restart.asOfMonth(), restart.decided(), reps, settings.threads(),
          surrogate.valuation(), scenario.capital().initial().mean());
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped while simulating the decided openings from the as-of state");
    }
    surrogate.restartFrom(baseline);
    double cash = java.util.Arrays.stream(baseline.startCash()).average().orElse(Double.NaN);
    notes.add(String.format(java.util.Locale.ROOT, "re-plan from the as-of state (month %d): the %d openings executed"
        + " or committed before it are valued by their simulation restarted from that state on the surrogate's %d"
        + " replications (E[NPV] %.1fM), the free openings by what each adds to them simulated from that state (the"
        + " openings the plans use; until learnt, by their stand-alone runs from month 1); the capital rules judge"
        + " months %d to %d from the cash at month %d (%.1fM), not capital.initial (%.1fM)",
        restart.asOfMonth(), decided.size(), reps, baseline.meanNpv(surrogate.valuation()) / 1e6,
        restart.asOfMonth() + 1, surrogate.months(), restart.asOfMonth(), cash / 1e6,
        scenario.capital().initial().mean() / 1e6));
    return baseline;
  }

  /** A re-plan's decided openings (executed or committed at the as-of state), in the scenario's order. */
  private List<Opening> decidedOpenings() {
    return scenario.expansion().stream().filter(o -> restart.decided().contains(o.id())).toList();
  }

  /**
   * A re-plan with validation replications: the decided openings simulated on them too, and the
   * surrogate's baseline moved to their mean (the luck of the surrogate's few replications taken
   * out of every plan alike; see {@link RestartBaseline#shifted}). Returns the move, yuan; 0 when
   * there is none.
   */
  private double centreBaseline(Surrogate surrogate, RestartBaseline baseline) {
    if (baseline == null || selection == null || cancellation.isCancelled()) {
      return 0;
    }
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      int reps = settings.validationReplications();
      MonteCarloResult decided = selection.simulate(decidedOpenings(),
          done -> listener.simulating("decided openings", done, reps));
      double luck = mean(decided) - baseline.meanNpv(surrogate.valuation());
      surrogate.restartFrom(baseline.shifted(luck, surrogate.valuation()));
      return luck;
    } catch (InterruptedException e) {
      notes.add("stopped while simulating the decided openings on the validation replications: the baseline is"
          + " the surrogate's replications' own");
      return 0;
    } finally {
      Thread.interrupted();
    }
  }

  /** A re-plan: these plans' free openings learnt from the as-of state (see {@link AsOfOpenings}). */
  private void learnFromAsOf(AsOfOpenings asOf, List<ExpansionPlan> plans) {
    if (asOf == null || cancellation.isCancelled()) {
      return;
    }
    int total = asOf.unknown(plans).size();
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      asOf.learn(plans, done -> listener.learning(done, total));
    } catch (InterruptedException e) {
      notes.add("stopped while learning free openings from the as-of state: the others are valued alone from month 1");
    } finally {
      Thread.interrupted();
    }
  }

  /** A re-plan's surrogate against its restarted simulation, taken apart (see {@link ReplanGap}); null in a plan from month 1. */
  private String replanGap(Evaluated planner, Surrogate surrogate, double luck, List<ExpansionPlan> simulatedPlans) {
    if (restart == null || planner.simulated() == null || selection == null || cancellation.isCancelled()) {
      return null;
    }
    return ReplanGap.note(planner, surrogate, luck, simulatedPlans, selection, settings.validationReplications());
  }


  /** The greedy openings stay as the search's start; what it left out, the construction heuristic decides. */
  private ExpansionPlan startFromGreedy(ExpansionPlan greedy, Surrogate surrogate, Map<String, Entry> previous) {
    ExpansionPlan start = ExpansionProblem.of(scenario, surrogate, previous);
    for (int i = 0; i < start.getCells().size(); i++) {
      CellDecision cell = start.getCells().get(i);
      Entry decided = greedy.getCells().get(i).getEntry();
      if (!cell.isPinned() && decided.entered()) {
        cell.setEntry(decided);
      }
    }
    return start;
  }

  /** Keeps the openings the search learnt in the cache, for the next plan (unless told to start afresh). */
  private void cacheLearntOpenings(PlanSearch.Result found, SurrogateSpec spec, Surrogate surrogate) {
    if (found.learnt() > 0 && settings.cacheDirectory() != null && settings.keepLearnt()) {
      try {
        new SurrogateCache(settings.cacheDirectory()).save(spec.cacheKey(scenario), surrogate);
      } catch (IOException e) {
        notes.add("could not cache the learnt openings in " + settings.cacheDirectory() + ": " + e.getMessage());
      }
    }
  }

  /**
   * The plan, and unless told otherwise the greedy baseline and the scenario's own plan, checked by
   * full simulation; not after a cancellation, and a cancellation during the checks keeps what was
   * checked.
   */
  private Candidates checkBySimulation(Candidates c) {
    int reps = settings.validationReplications();
    if (reps <= 0) {
      return c;
    }
    if (cancellation.isCancelled()) {
      Candidates made = simulatedBeforeTheStop(c);
      notes.add(made.planner().simulated() != null
          ? "stopped early: the plan was simulated in full before the stop (on the validation replications, as a"
              + " finalist or a repaired plan, or as greedy) and its figures are that simulation's; a plan not"
              + " simulated by then shows the surrogate's figures only"
          : "stopped early: the plan was not checked by full simulation, and openings it uses that were not yet"
              + " learnt are scored on the surrogate's estimates; chainsim run plan.yaml checks it");
      return made;
    }
    Evaluated planner = c.planner();
    Evaluated greedy = c.greedy();
    Evaluated own = c.own();
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      planner = check(planner, reps);
      if (settings.checkBaselines()) {
        greedy = check(greedy, reps);
        if (own != null) {
          own = check(own, reps);
        }
      }
    } catch (InterruptedException e) {
      notes.add("the full-simulation check was interrupted; figures without a simulation are the surrogate's");
    } finally {
      Thread.interrupted(); // the plan is written next: a stale interrupt would close its files
    }
    return new Candidates(planner, greedy, own);
  }

  /** The plans with the simulations the selection made of them before a stop (none when it made none). */
  private Candidates simulatedBeforeTheStop(Candidates c) {
    if (selection == null) {
      return c;
    }
    return new Candidates(simulatedIfMade(c.planner()), simulatedIfMade(c.greedy()),
        c.own() == null ? null : simulatedIfMade(c.own()));
  }

  private Evaluated simulatedIfMade(Evaluated e) {
    MonteCarloResult made = e.simulated() == null ? selection.simulated(e.openings()) : null;
    return made == null ? e : withSimulation(e, made);
  }

  /** The full simulations of this planning, each plan once; null without validation replications. */
  private SimulatedSelection selection;

  private Surrogate surrogate(SurrogateSpec spec, long t0) throws InterruptedException {
    Valuation valuation = new Valuation(scenario.capital(), scenario.horizon().months());
    String key = spec.cacheKey(scenario);
    SurrogateCache cache = settings.cacheDirectory() == null ? null : new SurrogateCache(settings.cacheDirectory());
    SurrogateBuilder builder = new SurrogateBuilder(scenario, spec);
    if (cache != null) {
      var hit = cache.load(key, valuation);
      if (hit.isPresent()) {
        surrogateInfo = new SurrogateInfo(true, (System.nanoTime() - t0) / 1e9, builder.tasks(), spec.replications(),
            cache.file(key));
        Surrogate s = hit.get();
        return settings.keepLearnt() ? s : new Surrogate(s.headOffice(), s.runs(), s.valuation());
      }
    }
    int total = builder.tasks();
    Surrogate built = builder.build(settings.threads(), done -> listener.surrogate(done, total));
    Path file = null;
    if (cache != null) {
      try {
        cache.save(key, built);
        file = cache.file(key);
      } catch (IOException e) {
        notes.add("could not cache the surrogate in " + settings.cacheDirectory() + ": " + e.getMessage());
      }
    }
    surrogateInfo = new SurrogateInfo(false, (System.nanoTime() - t0) / 1e9, total, spec.replications(), file);
    return built;
  }

  /** The decisions of {@code planning.expansion.previous_plan}, or null when there is none. */
  private Map<String, Entry> previousPlan() {
    String path = scenario.planning().expansion().previousPlan();
    if (path == null) {
      return null;
    }
    Path base = loaded.file().toAbsolutePath().getParent();
    Path file = base.resolve(path).normalize();
    if (!Files.isRegularFile(file)) {
      throw new PlanningInputException("planning.expansion.previous_plan: " + path + " not found (relative to "
          + loaded.file() + ")");
    }
    try {
      Scenario previous = ScenarioLoader.load(file).scenario();
      return PlanOpenings.fromScenario(scenario, previous.expansion());
    } catch (ScenarioException e) {
      throw new PlanningInputException("planning.expansion.previous_plan " + path + " is not a valid scenario: "
          + e.getMessage());
    }
  }

  /** The scenario's own plan as cell decisions, for the surrogate's view of it. */
  private ExpansionPlan manualPlan(Surrogate surrogate, Map<String, Entry> previous) {
    ExpansionPlan plan = ExpansionProblem.of(scenario, surrogate, previous);
    Map<String, Entry> decided = PlanOpenings.fromScenario(scenario, scenario.expansion());
    for (CellDecision c : plan.getCells()) {
      c.setEntry(decided.getOrDefault(c.getId(), Entry.NOT_ENTERED));
    }
    return plan;
  }

  private Evaluated evaluate(String label, ExpansionPlan plan, List<Opening> openings,
      SolutionManager<ExpansionPlan, HardSoftLongScore> explainer) {
    ScoreExplanation<ExpansionPlan, HardSoftLongScore> explanation = explainer.explain(plan);
    List<ConstraintTotal> totals = new ArrayList<>();
    for (ConstraintMatchTotal<HardSoftLongScore> t : explanation.getConstraintMatchTotalMap().values()) {
      if (t.getConstraintMatchCount() == 0 && ExpansionConstraintProvider.PINNED_NAMES.contains(t.getConstraintName())) {
        continue; // breaks by decisions taken before a re-plan: listed only when there are some
      }
      totals.add(new ConstraintTotal(t.getConstraintName(), t.getScore().hardScore(),
          t.getScore().softScore(), t.getConstraintMatchCount()));
    }
    // constraints without a match are part of the explanation too: they hold
    for (String name : ExpansionConstraintProvider.NAMES) {
      if (totals.stream().noneMatch(t -> t.name().equals(name))) {
        totals.add(new ConstraintTotal(name, 0, 0, 0));
      }
    }
    totals.sort(java.util.Comparator.comparingInt(ExpansionPlanner::constraintOrder));
    ChainProjection projection = ChainProjection.of(plan.getCells());
    return new Evaluated(label, openings, plan, explanation.getScore(), totals, projection,
        ChainOutlook.of(plan.getContext().rules(), projection), null);
  }

  /** The explanation's order: the rules, then the breaks by decisions taken before a re-plan. */
  private static int constraintOrder(ConstraintTotal t) {
    int i = ExpansionConstraintProvider.NAMES.indexOf(t.name());
    return i >= 0 ? i : ExpansionConstraintProvider.NAMES.size() + ExpansionConstraintProvider.PINNED_NAMES.indexOf(t.name());
  }

  /**
   * Simulates the greedy baseline and corrects the surrogate by what that simulation shows it
   * misses (see {@link SurrogateCorrection}), so the search ranks plans on the corrected
   * surrogate; null (and an uncorrected surrogate) without validation replications or when stopped.
   */
  private SurrogateCorrection correctSurrogate(ExpansionPlan greedy, Surrogate surrogate) {
    if (selection == null || cancellation.isCancelled()) {
      return null;
    }
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      int reps = settings.validationReplications();
      return selection.correct(greedy, surrogate, done -> listener.simulating("greedy", done, reps));
    } catch (InterruptedException e) {
      notes.add("stopped while simulating the greedy baseline: the search ranked plans on the uncorrected surrogate");
      return null;
    } finally {
      Thread.interrupted();
    }
  }

  /**
   * The plan: the search's best on the (corrected) surrogate, or, with validation replications, the
   * best in full simulation of its finalists, their repairs and greedy among those no riskier than
   * greedy (see {@link SimulatedSelection}).
   */
  private ExpansionPlan chooseBySimulation(PlanSearch.Result found, ExpansionPlan greedy,
      SolutionManager<ExpansionPlan, HardSoftLongScore> scorer) {
    if (selection == null || cancellation.isCancelled()) {
      return found.best();
    }
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      int reps = settings.validationReplications();
      int budget = scenario.planning().expansion().repairSimulations();
      int[] repairs = {0};
      RiskRepair repair = budget == 0 ? null : new RiskRepair(selection, scorer, openings -> {
        int k = ++repairs[0];
        return selection.simulate(openings, done -> listener.simulating("repair " + k, done, reps));
      }, cancellation, budget);
      SimulatedSelection.Choice choice = selection.choose(found.ranked(), found.frontier(), greedy,
          (k, done) -> listener.simulating("finalist " + k, done, reps), repair);
      notes.add("finalists simulated on the validation replications (the best " + SimulatedSelection.FINALISTS
          + " on the corrected surrogate and greedy; the plan is the best objective among those below zero and below"
          + " the reserve in no more replications than greedy): " + describe(choice.finalists()));
      notes.add(frontierNote(found.frontier(), choice.frontier()));
      if (choice.repair() != null) {
        RiskRepair.Outcome o = choice.repair();
        notes.add(String.format(java.util.Locale.ROOT, "repair of the finalists riskier than greedy, predicted on the"
            + " surrogate corrected by greedy's and the finalists' simulations (per mode: %s): %d of %d"
            + " simulations (planning.expansion.repair_simulations), %.0f s, ended by %s%s",
            choice.repairCorrection().describe().isEmpty() ? "none" : choice.repairCorrection().describe(),
            o.simulations(), budget, o.seconds(), o.endedBy(),
            o.simulated().isEmpty() ? "" : ": " + describe(choice.repaired())));
      }
      return choice.plan();
    } catch (InterruptedException e) {
      notes.add("stopped while simulating the finalists: the plan is the search's best on the surrogate");
      return found.best();
    } finally {
      Thread.interrupted();
    }
  }

  /** Points of the risk frontier listed in its note; the rest are counted. */
  static final int FRONTIER_LISTED = 12;

  /** What the risk frontier held and what its bisection simulated. */
  private static String frontierNote(RiskFrontier frontier, List<SimulatedSelection.Finalist> walked) {
    List<String> points = new ArrayList<>();
    for (RiskFrontier.Point p : frontier.points()) {
      if (points.size() == FRONTIER_LISTED) {
        points.add("…");
        break;
      }
      points.add(RiskFrontier.describe(p));
    }
    return String.format(java.util.Locale.ROOT, "risk frontier (the plans no other beats on both the corrected"
        + " surrogate's score and the mean lowest cash of its %.0f%% worst replications, above greedy's %s; drawn from"
        + " %d plans, the candidates and every plan a search round held as its best): %d plans%s; bisection for the"
        + " best no riskier than greedy in full simulation, %d of at most %d simulations%s",
        RiskFrontier.TAIL * 100, RiskFrontier.describe(frontier.greedy()), frontier.considered(),
        frontier.points().size(), points.isEmpty() ? "" : " (" + String.join("; ", points) + ")", walked.size(),
        SimulatedSelection.FRONTIER_SIMULATIONS, walked.isEmpty() ? "" : ": " + describe(walked));
  }

  private static String describe(List<SimulatedSelection.Finalist> finalists) {
    List<String> parts = new ArrayList<>();
    for (SimulatedSelection.Finalist f : finalists) {
      parts.add(String.format(java.util.Locale.ROOT, "%s%s: E[NPV] %.1fM, objective %.1fM, %s%s",
          f.chosen() ? "chosen " : "", f.openings(), f.meanNpv() / 1e6, f.objective() / 1e6, f.risk(),
          f.noRiskier() ? "" : ", riskier than greedy"));
    }
    return String.join("; ", parts);
  }

  /**
   * The plan's surrogate E[NPV], corrected by what the greedy baseline's full simulation showed the
   * surrogate misses (the search ranked on it), beside the plan's own simulated E[NPV] and the
   * uncorrected figure. Null without a correction or a simulation of the plan.
   */
  static String correctedNote(Evaluated planner, SurrogateCorrection correction, Surrogate surrogate) {
    if (planner.simulated() == null || correction == null) {
      return null;
    }
    double fixed = planner.outlook().meanNpv();
    var factors = surrogate.correction();
    surrogate.correct(java.util.Map.of());
    double raw;
    try {
      raw = SurrogateCorrection.meanNpv(planner.plan());
    } finally {
      surrogate.correct(factors);
    }
    double simulated = mean(planner.simulated());
    return String.format(java.util.Locale.ROOT, "surrogate corrected by the greedy baseline's full simulation"
        + " (per mode: %s), the search ranks on it: the plan's E[NPV] %.1fM against %.1fM simulated (%+.1f%%;"
        + " uncorrected %.1fM, %+.1f%%)",
        correction.describe().isEmpty() ? "none" : correction.describe(), fixed / 1e6, simulated / 1e6,
        100 * (fixed - simulated) / Math.abs(simulated), raw / 1e6,
        100 * (raw - simulated) / Math.abs(simulated));
  }

  static double mean(MonteCarloResult result) {
    return java.util.Arrays.stream(result.npvByReplication()).average().orElse(Double.NaN);
  }

  private Evaluated check(Evaluated e, int reps) throws InterruptedException {
    IntConsumer progress = done -> listener.simulating(e.label(), done, reps);
    MonteCarloResult result = selection != null && reps == settings.validationReplications()
        ? selection.simulate(e.openings(), progress)
        : PlanCheck.simulate(scenario, e.openings(), reps, settings.threads(), progress, simulations);
    return withSimulation(e, result);
  }

  private static Evaluated withSimulation(Evaluated e, MonteCarloResult result) {
    return new Evaluated(e.label(), e.openings(), e.plan(), e.score(), e.constraints(), e.projection(), e.outlook(),
        result);
  }

}

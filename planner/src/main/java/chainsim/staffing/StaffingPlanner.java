package chainsim.staffing;

import chainsim.engine.Simulation;
import java.util.function.Function;
import chainsim.montecarlo.EngineKind;
import chainsim.planning.Cancellation;
import chainsim.scenario.Opening;
import chainsim.scenario.Scenario;
import chainsim.scenario.StaffingPlanning;
import chainsim.staffing.domain.StaffingPlan;
import chainsim.staffing.forecast.WorkloadForecast;
import chainsim.staffing.solver.StaffingSolver;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staffing planner from end to end: check the request against the scenario, forecast the
 * workload by simulation, build the problem, solve it, and explain the result.
 */
public final class StaffingPlanner {
  private StaffingPlanner() {}

  /**
   * What to plan. Nulls take the scenario's settings ({@code planning.staffing}) and seed.
   *
   * @param unimprovedSteps stop after this many steps without a better plan (null: a default that
   *     grows with the problem); the time limit caps the search either way
   */
  public record Request(Integer firstMonth, Integer replications, Long seed, Duration timeLimit,
      Integer unimprovedSteps, int threads, EngineKind engine, MovesFile previous) {
    public static Request defaults() {
      return new Request(null, null, null, null, null, Runtime.getRuntime().availableProcessors(), EngineKind.ACTOR,
          MovesFile.empty());
    }
  }

  /** Hears how far the planner got. */
  public interface Listener {
    /** The forecast starts: {@code replications} replications of months 1..{@code lastMonth}. */
    default void forecasting(int replications, int lastMonth) {}

    default IntConsumer forecastProgress() {
      return done -> {};
    }

    /** The solver starts on a problem of that size. */
    default void solving(int branches, int lines, int lineMonths, Duration timeLimit) {}
  }

  /**
   * Plans the staffing.
   *
   * @param cancellation stops early: during the forecast there is no plan yet (this throws
   *     {@link InterruptedException}); during the search, the best plan found so far is the result
   */
  public static StaffingResult plan(Scenario scenario, Request request, Listener listener, Cancellation cancellation)
      throws InterruptedException {
    return plan(scenario, request, listener, cancellation, Simulation::new);
  }

  /**
   * @param simulations prepares the workload forecast's scenario for simulation: from month 1, or
   *     restarted from an as-of state when rebalancing
   */
  public static StaffingResult plan(Scenario scenario, Request request, Listener listener, Cancellation cancellation,
      Function<Scenario, Simulation> simulations) throws InterruptedException {
    StaffingPlanning settings = scenario.planning().staffing();
    int first = request.firstMonth() != null ? request.firstMonth() : settings.firstMonth();
    int window = settings.windowMonths();
    int last = first + window - 1;
    int horizon = scenario.horizon().months();
    if (first < 1 || last > horizon) {
      throw new StaffingInputException("the planning window, months " + first + " to " + last + " (first_month "
          + first + ", window_months " + window + "), must lie within the horizon of " + horizon + " months");
    }
    List<Opening> staffed = WorkloadForecast.staffedOpenings(scenario, last);
    if (staffed.isEmpty()) {
      throw new StaffingInputException("nothing to plan: no direct branch or equity channel opens by month " + last);
    }
    checkPrevious(request.previous(), staffed);
    int replications = request.replications() != null ? request.replications() : settings.forecastReplications();
    if (replications < 1 || replications > 10_000) {
      throw new StaffingInputException("forecast replications must be between 1 and 10000, not " + replications);
    }
    long seed = request.seed() != null ? request.seed() : scenario.seed();
    Duration limit = request.timeLimit() != null ? request.timeLimit() : chainsim.input.Durations.parse(settings.timeLimit(), "planning.staffing.time_limit");

    listener.forecasting(replications, last);
    WorkloadForecast forecast;
    try (Cancellation.Registration interrupting = cancellation.interruptsThisThread()) {
      forecast = WorkloadForecast.run(scenario, first, window, settings.serviceLevel(), replications,
          seed, request.threads(), request.engine(), listener.forecastProgress(), simulations);
    }
    if (Thread.interrupted()) {
      throw new InterruptedException("stopped while forecasting the workload");
    }
    StaffingPlan problem = StaffingProblem.build(scenario, settings, forecast, request.previous());
    listener.solving(problem.branches().size(), problem.lines().size(), problem.lineMonths().size(), limit);
    int unimproved = request.unimprovedSteps() != null ? request.unimprovedSteps()
        : Math.max(2_000, 10 * problem.lineMonths().size());
    StaffingPlan solved =
        StaffingSolver.solve(problem, seed, new StaffingSolver.Limits(limit, unimproved, null), cancellation);
    return new StaffingResult(scenario, solved, forecast, seed);
  }

  private static void checkPrevious(MovesFile previous, List<Opening> staffed) {
    Set<String> ids = new HashSet<>();
    staffed.forEach(o -> ids.add(o.id()));
    for (var e : previous.entries()) {
      String branch = e.getKey().substring(0, e.getKey().indexOf('/'));
      if (!ids.contains(branch)) {
        throw new StaffingInputException("previous plan: branch '" + branch
            + "' is not a direct branch or equity channel open in this window; is it a plan of another scenario?");
      }
    }
  }
}

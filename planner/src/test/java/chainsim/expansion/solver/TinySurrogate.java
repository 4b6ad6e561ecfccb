package chainsim.expansion.solver;

import chainsim.expansion.domain.Cell;
import chainsim.expansion.domain.CellDecision;
import chainsim.expansion.domain.Entry;
import chainsim.expansion.domain.ExpansionContext;
import chainsim.expansion.domain.ExpansionRules;
import chainsim.expansion.surrogate.CandidateRun;
import chainsim.expansion.surrogate.RegionModeRuns;
import chainsim.expansion.surrogate.Surrogate;
import chainsim.expansion.surrogate.Valuation;
import chainsim.scenario.Capital;
import chainsim.scenario.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A surrogate written by hand for constraint tests: 12 months, 4 replications, no discounting
 * and no terminal value (so an NPV is the sum of the flows), no head-office costs, and every
 * mode in every region with the same paths unless a test says otherwise.
 */
final class TinySurrogate {
  static final int MONTHS = 12;
  static final int REPS = 4;
  static final double INITIAL = 1_000_000;

  private final List<RegionModeRuns> runs = new ArrayList<>();
  private ExpansionRules rules = rules(0.0);

  static ExpansionRules rules(double changePenalty) {
    return new ExpansionRules(4, 1, 1, true, 3, Set.of(Mode.DIRECT, Mode.EQUITY), INITIAL, 200_000, 0.75, true, 0.25,
        0.5, 0.25, changePenalty);
  }

  TinySurrogate rules(ExpansionRules r) {
    this.rules = r;
    return this;
  }

  /** A region with one industry per name, each mode's runs having these flows per replication and age. */
  TinySurrogate region(String region, List<String> industries, Mode mode, double[][] flowByRepAndAge,
      double[] ownFlowByAge) {
    int k = industries.size();
    CandidateRun empty = run(List.of(), new double[REPS][MONTHS], ownFlowByAge, mode);
    CandidateRun[] single = new CandidateRun[k];
    for (int i = 0; i < k; i++) {
      single[i] = run(List.of(industries.get(i)), flowByRepAndAge, ownFlowByAge, mode);
    }
    CandidateRun all = k == 1 ? single[0] : run(industries, flowByRepAndAge, ownFlowByAge, mode);
    int[] firms = new int[k];
    java.util.Arrays.fill(firms, 100);
    runs.add(RegionModeRuns.of(region, mode, mode.key(), List.copyOf(industries), firms, empty, single, all, 0.0,
        valuation()));
    return this;
  }

  static double[][] constant(double first, double after) {
    double[][] f = new double[REPS][MONTHS];
    for (double[] row : f) {
      java.util.Arrays.fill(row, after);
      row[0] = first;
    }
    return f;
  }

  private static CandidateRun run(List<String> industries, double[][] flow, double[] own, Mode mode) {
    float[][] f = new float[REPS][MONTHS];
    for (int r = 0; r < REPS; r++) {
      for (int m = 0; m < MONTHS; m++) {
        f[r][m] = (float) flow[r][m];
      }
    }
    double[] revenue = new double[industries.size()];
    java.util.Arrays.fill(revenue, 1.0);
    return new CandidateRun(industries, f, new float[REPS][MONTHS], null,
        mode == Mode.DIRECT ? own.clone() : null, revenue);
  }

  static Valuation valuation() {
    return new Valuation(
        new Capital(chainsim.scenario.Uncertain.fixed(INITIAL), 0.2, 0.0, chainsim.scenario.Uncertain.fixed(0.0)), MONTHS);
  }

  ExpansionContext context() {
    return new ExpansionContext(rules, new Surrogate(new double[REPS][MONTHS], runs, valuation()));
  }

  /** A cell decision of this surrogate; {@code bit} is the industry's position in its region. */
  static CellDecision cell(ExpansionContext context, String region, String industry, int bit, Entry entry) {
    return new CellDecision(new Cell(region, industry, 100, bit), context, entry, false, false, null);
  }
}

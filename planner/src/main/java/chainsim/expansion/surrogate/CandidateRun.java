package chainsim.expansion.surrogate;

import java.util.List;

/**
 * What one opening did when simulated alone, replication by replication and month by month
 * since it opened (index 0 is the opening month). Replication {@code r} here is replication
 * {@code r} of the full simulation: same seed, same parameter draws, so sums across openings
 * keep the tail risk that shared parameters (a template's conversion rate, a product's price)
 * put into a whole plan.
 *
 * @param industries the industries the opening served (empty: an opening in an empty market)
 * @param companyFlow the company's net cash flow due to the opening, including its share of
 *     central support and its set-up or stake price, in yuan: {@code [replication][age]}
 * @param oneOff what the terminal value's run-rate adds back to {@code companyFlow} to leave it out:
 *     the set-up costs and stake price inside it, less the stake's dividends (valued by the exit
 *     value instead), in yuan: {@code [replication][age]}
 * @param stakeProfit equity channels: the local firm's profit after the platform fee, which the
 *     stake's exit value is a multiple of; null for other modes
 * @param ownFlowMean direct branches: the branch's own operating cash flow, mean across
 *     replications, by age: what the one-year cash-flow gate looks at; null for other modes
 * @param revenueByIndustry revenue signed in each of {@code industries}, summed over months and
 *     replications: how a multi-industry opening's sales spread over its industries
 */
public record CandidateRun(
    List<String> industries,
    float[][] companyFlow,
    float[][] oneOff,
    float[][] stakeProfit,
    double[] ownFlowMean,
    double[] revenueByIndustry) {

  public int replications() {
    return companyFlow.length;
  }

  public int months() {
    return companyFlow[0].length;
  }
}

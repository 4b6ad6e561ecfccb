package chainsim.client;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The client parameters of one segment in one month. Parameters drawn per month (event
 * randomness) get one draw per segment and month; the others keep their replication value.
 */
public record MonthlyClientDraws(
    double healthDrift, double churnHealthy, double churnUnhealthy, double recallSuccess, double complaintRate) {

  public static MonthlyClientDraws draw(ClientRules rules, UniformRandomProvider rng) {
    return new MonthlyClientDraws(
        rules.healthDrift.draw(rng),
        rules.churnHealthy.draw(rng),
        rules.churnUnhealthy.draw(rng),
        rules.recallSuccess.draw(rng),
        rules.complaintRate.draw(rng));
  }
}

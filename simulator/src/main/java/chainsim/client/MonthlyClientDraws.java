package chainsim.client;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The client parameters of one segment in one month. Parameters drawn per month (event
 * randomness) get one draw per segment and month; the others keep their replication value.
 *
 * @param followOns the month's follow-on order and milestone chances
 * @param leakageByOwner the month's chance that a client of each owner code is taken solo (agents)
 */
public record MonthlyClientDraws(
    double healthDrift,
    double churnHealthy,
    double churnUnhealthy,
    double recallSuccess,
    double complaintRate,
    float initialHealth,
    float recallBoost,
    FollowOnTables followOns,
    double[] leakageByOwner) {

  /**
   * @param rng the segment's stream of the month for client parameters
   * @param followOnRng the segment's stream of the month for follow-on and milestone chances, or
   *     null when none is drawn per month ({@link ClientRules#followOnsVary})
   */
  public static MonthlyClientDraws draw(ClientRules rules, UniformRandomProvider rng, UniformRandomProvider followOnRng,
      double[] leakageByOwner) {
    return new MonthlyClientDraws(
        rules.healthDrift.draw(rng),
        rules.churnHealthy.draw(rng),
        rules.churnUnhealthy.draw(rng),
        rules.recallSuccess.draw(rng),
        rules.complaintRate.draw(rng),
        clampHealth(rules.initialHealthParam.draw(rng)),
        (float) rules.recallBoost.draw(rng),
        rules.followOnsOfMonth(followOnRng),
        leakageByOwner);
  }

  private static float clampHealth(double health) {
    return (float) Math.max(0.0, Math.min(100.0, health));
  }
}

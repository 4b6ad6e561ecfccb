package chainsim.market;

/**
 * One sampled firm's state at the end of a month, for the clients sample output: a lead or a
 * client, or the month it left the pipeline (churned, leaked, closed, or a lead whose need lapsed).
 *
 * @param owner the entity of the client or lead, or -1
 * @param tenureMonths months as a client in the current spell (0 when not a client)
 * @param tier the client tier, or empty when not a client
 */
public record ClientSnapshot(
    int segment,
    int firm,
    int month,
    byte stage,
    int owner,
    float health,
    int products,
    float revenueToDate,
    byte milestones,
    int tenureMonths,
    String tier) {}

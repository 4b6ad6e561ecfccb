package chainsim.market;

/** One sampled firm's state at the end of a month, for the clients sample output. */
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
    String tier) {}

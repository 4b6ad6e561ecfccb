package chainsim.client;

import chainsim.random.Param;
import chainsim.random.Purpose;
import chainsim.random.RandomStreams;

/**
 * The chance per month that a client of each owner is taken solo by its agent (跑单): zero for
 * owners that are not agents. A rate drawn per month is drawn from the agent's own stream of the
 * month, so every segment the agent sells in sees the same month.
 */
public final class Leakage {
  private final Param[] byOwner;
  private final long[] ownerStreamKey;
  private final RandomStreams streams;
  private final int replication;
  private final double[] replicationRates;
  private final boolean variesByMonth;

  /**
   * @param byOwner the leakage parameter of each owner code (null for owners that are not agents)
   * @param ownerStreamKey the stream key of each owner code's entity
   */
  public Leakage(Param[] byOwner, long[] ownerStreamKey, RandomStreams streams, int replication) {
    this.byOwner = byOwner;
    this.ownerStreamKey = ownerStreamKey;
    this.streams = streams;
    this.replication = replication;
    this.replicationRates = new double[byOwner.length];
    boolean varies = false;
    for (int o = 0; o < byOwner.length; o++) {
      if (byOwner[o] != null) {
        replicationRates[o] = byOwner[o].value();
        varies |= byOwner[o].drawnEachUse();
      }
    }
    this.variesByMonth = varies;
  }

  /** No agents: nobody leaks. */
  public static Leakage none(int owners) {
    return new Leakage(new Param[owners], new long[owners], null, 0);
  }

  /** The rates of a month, by owner code. */
  public double[] of(int month) {
    if (!variesByMonth) {
      return replicationRates;
    }
    double[] rates = replicationRates.clone();
    for (int o = 0; o < byOwner.length; o++) {
      if (byOwner[o] != null && byOwner[o].drawnEachUse()) {
        rates[o] = byOwner[o].draw(streams.stream(replication, ownerStreamKey[o], month, Purpose.LEAKAGE_MONTH.key()));
      }
    }
    return rates;
  }

  public int owners() {
    return byOwner.length;
  }
}

package chainsim.headoffice;

import chainsim.scenario.PartnerTemplate;
import chainsim.scenario.Policies;
import chainsim.selling.Completion;
import chainsim.selling.Subcontract;
import chainsim.world.World;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The head office's dispatch of three-no orders, and its evaluation of the partners (seed 000:
 * 评价反馈).
 *
 * <p>Each order goes to an open partner that has every skill the order needs, reaches the
 * client's region, and has room: the signing desk's own partner first (a partner-only entry),
 * else the best score, ties to the partner whose id sorts first. A partner's score is its rating
 * less {@code policies.subcontract.price_weight} times its revenue share; its rating is its
 * observed quality times its observed on-time share, each an exponential moving average of what it
 * delivered (weight {@code policies.subcontract.rating_weight} for each new observation), starting
 * from its template's quality and from always on time. Orders no partner can take go back to the
 * signing side. Room is what each partner last reported it would still take.
 *
 * <p>The month's orders are dispatched in a random order drawn from the head office's dispatch
 * stream ({@link #order}), so which seller's orders find room first does not depend on the order
 * of the sellers.
 */
final class Dispatcher {
  private final World world;
  private final List<PartnerProfile> partners;
  private final double[] free;
  private final double priceWeight;
  private final double ratingWeight;
  /** Observed quality and on-time share of each partner (by position in the partner list). */
  private final double[] quality;
  private final double[] onTime;
  private final String[] ids;

  Dispatcher(World world, List<PartnerProfile> partners, Policies.Subcontract policy) {
    this.world = world;
    this.partners = partners;
    this.free = new double[partners.size()];
    this.priceWeight = policy.priceWeight();
    this.ratingWeight = policy.ratingWeight();
    this.quality = new double[partners.size()];
    this.onTime = new double[partners.size()];
    this.ids = new String[partners.size()];
    for (int p = 0; p < partners.size(); p++) {
      quality[p] = partners.get(p).quality();
      onTime[p] = 1.0;
      ids[p] = world.entities().get(partners.get(p).entity()).id();
    }
  }

  /** Sets a partner's room for this month (by position in the partner list). */
  void room(int partner, double hours) {
    free[partner] = hours;
  }

  /**
   * Shuffles the month's subcontracts in place (Fisher-Yates from the dispatch stream); a list of
   * fewer than two is left alone and draws nothing.
   */
  static <T> void order(List<T> requests, UniformRandomProvider rng) {
    for (int i = requests.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      if (j != i) {
        requests.set(i, requests.set(j, requests.get(i)));
      }
    }
  }

  /** The position in the partner list of the partner that takes the order, or -1. */
  int dispatch(Subcontract s, int sellerRegion, int preferredEntity) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < partners.size(); p++) {
      PartnerProfile partner = partners.get(p);
      boolean fits = free[p] >= s.hours() && (partner.skillMask() & s.skillMask()) == s.skillMask()
          && reaches(partner, sellerRegion);
      if (!fits) {
        continue;
      }
      if (partner.entity() == preferredEntity) {
        best = p;
        break;
      }
      double score = score(p);
      if (best < 0 || score > bestScore || (score == bestScore && ids[p].compareTo(ids[best]) < 0)) {
        best = p;
        bestScore = score;
      }
    }
    if (best >= 0) {
      free[best] -= s.hours();
    }
    return best;
  }

  /** A partner's dispatch score: its rating less the price weight times its revenue share. */
  double score(int partner) {
    return rating(partner) - priceWeight * partners.get(partner).revenueShare();
  }

  /** Observed quality times observed on-time share. */
  double rating(int partner) {
    return quality[partner] * onTime[partner];
  }

  /** Observed quality (the "can't do well" comparison). */
  double quality(int partner) {
    return quality[partner];
  }

  /** The evaluation of a finished order: its quality, and whether it came on time. */
  void observe(int partner, Completion c) {
    quality[partner] += ratingWeight * (c.quality() - quality[partner]);
    onTime[partner] += ratingWeight * ((c.late() ? 0.0 : 1.0) - onTime[partner]);
  }

  /** The evaluation of a failed order: not delivered, so not on time. */
  void observeFailure(int partner) {
    onTime[partner] += ratingWeight * (0.0 - onTime[partner]);
  }

  /** Whether a partner reaches clients of a region. */
  boolean reaches(PartnerProfile partner, int region) {
    PartnerTemplate.Reach reach = partner.reach();
    return reach == PartnerTemplate.Reach.NATIONAL
        || partner.region() == region
        || (reach == PartnerTemplate.Reach.NEIGHBOURS && world.neighbours(partner.region(), region));
  }
}

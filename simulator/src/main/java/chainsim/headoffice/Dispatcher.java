package chainsim.headoffice;

import chainsim.scenario.PartnerTemplate;
import chainsim.selling.Subcontract;
import chainsim.world.World;
import java.util.List;

/**
 * The head office's dispatch of three-no orders: each goes to an open partner that has every
 * skill the order needs, reaches the client's region, and has room; the signing desk's own
 * partner first, then the best quality, then plan order. Orders no partner can take go back to
 * the signing side. Room is what each partner last reported it would still take.
 */
final class Dispatcher {
  private final World world;
  private final List<PartnerProfile> partners;
  private final double[] free;

  Dispatcher(World world, List<PartnerProfile> partners) {
    this.world = world;
    this.partners = partners;
    this.free = new double[partners.size()];
  }

  /** Sets a partner's room for this month (by position in the partner list). */
  void room(int partner, double hours) {
    free[partner] = hours;
  }

  /** The position in the partner list of the partner that takes the order, or -1. */
  int dispatch(Subcontract s, int sellerRegion, int preferredEntity) {
    int best = -1;
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
      if (best < 0 || partner.quality() > partners.get(best).quality()) {
        best = p;
      }
    }
    if (best >= 0) {
      free[best] -= s.hours();
    }
    return best;
  }

  private boolean reaches(PartnerProfile partner, int region) {
    PartnerTemplate.Reach reach = partner.reach();
    return reach == PartnerTemplate.Reach.NATIONAL
        || partner.region() == region
        || (reach == PartnerTemplate.Reach.NEIGHBOURS && world.neighbours(partner.region(), region));
  }
}

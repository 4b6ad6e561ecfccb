package chainsim.headoffice;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.engine.Simulation;
import chainsim.market.Order;
import chainsim.random.RandomStreams;
import chainsim.scenario.PartnerTemplate;
import chainsim.scenario.Policies;
import chainsim.selling.Completion;
import chainsim.selling.Subcontract;
import chainsim.testing.Fixtures;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The dispatch choice: among the partners that fit (skills, reach, room), the signing desk's own
 * partner, else the best score (rating less price weight x revenue share), ties to the id that sorts
 * first; ratings follow the observed quality and punctuality; the month's orders go in a random
 * order, not the sellers' order.
 */
class DispatcherTest {
  /** Three partners in hz (entities 1..3 after the branch): ids p-c, p-b, p-a. */
  private final World world = new Simulation(Fixtures.yaml(Fixtures.deterministicBase("""
      partner_templates:
        - { id: helper, skills: [tax], capacity_hours_per_month: 100, revenue_share: 0.5 }
      """).replace("  - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }",
      """
        - { id: hz-direct, month: 1, region: hz, mode: direct, template: small }
        - { id: p-c, month: 1, region: hz, mode: partner, template: helper }
        - { id: p-b, month: 1, region: hz, mode: partner, template: helper }
        - { id: p-a, month: 1, region: hz, mode: partner, template: helper }""".stripLeading()))).world();

  private final Subcontract tenHours =
      new Subcontract(new Order(0, 1, 0, 0, 10000, Order.OUTBOUND, 1), Subcontract.Reason.NO_SKILL, new double[] {10}, 1);

  private int entity(String id) {
    return world.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().index();
  }

  private PartnerProfile partner(String id, double quality, double share) {
    return new PartnerProfile(entity(id), 0, 1, PartnerTemplate.Reach.REGION, quality, 100, share);
  }

  private static Policies.Subcontract policy(Double priceWeight, Double ratingWeight) {
    return new Policies.Subcontract(null, null, null, null, priceWeight, ratingWeight, null);
  }

  private Dispatcher dispatcher(Policies.Subcontract policy, PartnerProfile... partners) {
    Dispatcher d = new Dispatcher(world, List.of(partners), policy);
    for (int p = 0; p < partners.length; p++) {
      d.room(p, 100);
    }
    return d;
  }

  @Test
  void theCheaperPartnerWinsWhenItsPriceOutweighsItsLowerQuality() {
    PartnerProfile good = partner("p-c", 0.8, 0.6);  // score 0.8 - 0.6 = 0.20
    PartnerProfile cheap = partner("p-b", 0.7, 0.45); // score 0.7 - 0.45 = 0.25
    assertThat(dispatcher(policy(null, null), good, cheap).dispatch(tenHours, 0, -1)).isEqualTo(1);
    // price weight 0: quality alone, as before
    assertThat(dispatcher(policy(0.0, null), good, cheap).dispatch(tenHours, 0, -1)).isEqualTo(0);
    // price weight 0.5: 0.8 - 0.3 = 0.5 against 0.7 - 0.225 = 0.475
    assertThat(dispatcher(policy(0.5, null), good, cheap).dispatch(tenHours, 0, -1)).isEqualTo(0);
  }

  @Test
  void equalScoresGoToTheIdThatSortsFirstWhateverTheListOrder() {
    PartnerProfile c = partner("p-c", 0.7, 0.5);
    PartnerProfile b = partner("p-b", 0.7, 0.5);
    PartnerProfile a = partner("p-a", 0.7, 0.5);
    assertThat(dispatcher(policy(null, null), c, b, a).dispatch(tenHours, 0, -1)).isEqualTo(2);
    assertThat(dispatcher(policy(null, null), a, c, b).dispatch(tenHours, 0, -1)).isEqualTo(0);
    assertThat(dispatcher(policy(null, null), c, b).dispatch(tenHours, 0, -1)).isEqualTo(1);
  }

  @Test
  void theDesksOwnPartnerComesFirstAndRoomIsRespected() {
    PartnerProfile best = partner("p-a", 0.9, 0.3);
    PartnerProfile own = partner("p-c", 0.6, 0.6);
    Dispatcher d = dispatcher(policy(null, null), best, own);
    assertThat(d.dispatch(tenHours, 0, entity("p-c"))).isEqualTo(1);
    d.room(0, 5); // less than the order's 10 hours
    assertThat(d.dispatch(tenHours, 0, -1)).isEqualTo(1);
    d.room(1, 0);
    assertThat(d.dispatch(tenHours, 0, -1)).isEqualTo(-1);
  }

  @Test
  void ratingsFollowObservedQualityAndPunctuality() {
    PartnerProfile a = partner("p-a", 0.8, 0.5);
    PartnerProfile b = partner("p-b", 0.7, 0.5);
    Dispatcher d = dispatcher(policy(null, 0.5), a, b);
    assertThat(d.dispatch(tenHours, 0, -1)).isEqualTo(0);
    // a delivers late at quality 0.8: on-time share 1 -> 0.5, rating 0.8 x 0.5 = 0.4
    d.observe(0, new Completion(tenHours.order(), entity("p-a"), 0.5, 0f, 1, 0.8, true));
    assertThat(d.rating(0)).isEqualTo(0.4);
    assertThat(d.dispatch(tenHours, 0, -1)).isEqualTo(1);
    // b fails one: on-time 0.5, rating 0.35; a then delivers on time at 0.6: quality 0.7, on-time 0.75
    d.observeFailure(1);
    assertThat(d.rating(1)).isEqualTo(0.35);
    d.observe(0, new Completion(tenHours.order(), entity("p-a"), 0.5, 0f, 2, 0.6, false));
    assertThat(d.rating(0)).isCloseTo(0.7 * 0.75, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(d.dispatch(tenHours, 0, -1)).isEqualTo(0);
  }

  @Test
  void theMonthsOrdersAreDispatchedInARandomOrderNotTheSellersOrder() {
    RandomStreams streams = new RandomStreams(11);
    int[] firstPlace = new int[4];
    int months = 20_000;
    for (int m = 1; m <= months; m++) {
      List<Integer> requests = new ArrayList<>(List.of(0, 1, 2, 3));
      UniformRandomProvider rng = streams.stream(0, RandomStreams.key("headoffice"), m, 99);
      Dispatcher.order(requests, rng);
      assertThat(requests).containsExactlyInAnyOrder(0, 1, 2, 3);
      firstPlace[requests.get(0)]++;
    }
    // each seller's order goes first a quarter of the time: within 4 standard errors
    double se = Math.sqrt(0.25 * 0.75 / months);
    for (int count : firstPlace) {
      assertThat((double) count / months).isBetween(0.25 - 4 * se, 0.25 + 4 * se);
    }
  }
}

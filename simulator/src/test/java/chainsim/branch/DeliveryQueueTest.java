package chainsim.branch;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.market.Order;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An order's tag comes back with its progress, whatever order the orders finish in, and two equal
 * orders keep their own tags (a map keyed by the order could not tell them apart).
 */
class DeliveryQueueTest {

  @Test
  void eachOrderFinishesWithItsOwnTag() {
    DeliveryQueue<String> queue = new DeliveryQueue<>(1);
    Order slow = new Order(0, 1, 0, 0, 100.0, Order.OUTBOUND, 1);
    Order fast = new Order(0, 2, 0, 0, 100.0, Order.OUTBOUND, 1);
    queue.add(slow, "slow", new double[] {20}, 2); // at most 10 hours a month: two months
    queue.add(fast, "fast", new double[] {5}, 1);
    queue.add(fast, "fast again", new double[] {5}, 1); // equal to the one before, a job of its own
    List<String> finished = new ArrayList<>();
    double[] used = new double[1];
    queue.work(1, new double[] {100}, used, (order, tag, share, done) -> {
      if (done) {
        finished.add(tag);
      }
    });
    assertThat(finished).containsExactly("fast", "fast again");
    assertThat(used[0]).isEqualTo(20.0);
    queue.work(2, new double[] {100}, used, (order, tag, share, done) -> {
      if (done) {
        finished.add(tag + "@" + order.firm());
      }
    });
    assertThat(finished).containsExactly("fast", "fast again", "slow@1");
    assertThat(queue.size()).isZero();
  }
}

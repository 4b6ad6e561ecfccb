package chainsim.branch;

import chainsim.market.Order;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Orders being delivered by one entity's own staff, first in first out. An order needs hours of
 * some skills and takes at least its delivery months (at most hours / months per month of each
 * skill); capacity short of demand delays the orders at the back.
 *
 * <p>An order may carry a tag of the owner's ({@code T}, e.g. a partner's subcontract), handed back
 * with its progress: the owner needs no map keyed by the order (hashing a seven-field record per
 * order and month was a hot spot of the partners' month).
 */
public final class DeliveryQueue<T> {
  private final ArrayDeque<Job<T>> jobs = new ArrayDeque<>();
  private final int skills;
  /** Hours still to deliver per skill, across all orders: kept as orders are added and worked. */
  private final double[] queued;

  public DeliveryQueue(int skills) {
    this.skills = skills;
    this.queued = new double[skills];
  }

  /** Hears of the work done on each order in a month: the share of its hours, and whether it is finished. */
  public interface Progress {
    void progressed(Order order, double share, boolean finished);
  }

  /** Hears of the work done on each order in a month, with the order's tag. */
  public interface TaggedProgress<T> {
    void progressed(Order order, T tag, double share, boolean finished);
  }

  /** An order in delivery: hours left per skill, the most it can take per month, its due month. */
  static final class Job<T> {
    final Order order;
    final T tag;
    final double totalHours;
    final double[] remaining;
    final double[] perMonth;
    final int dueMonth;

    Job(Order order, T tag, double[] hours, int deliveryMonths) {
      this.order = order;
      this.tag = tag;
      this.remaining = hours.clone();
      double total = 0;
      for (double h : hours) {
        total += h;
      }
      this.totalHours = total;
      this.left = total;
      this.perMonth = new double[hours.length];
      for (int s = 0; s < hours.length; s++) {
        perMonth[s] = hours[s] / deliveryMonths;
      }
      this.dueMonth = order.month() + deliveryMonths;
    }

    double left;

    boolean done() {
      return left <= 1e-9;
    }
  }

  public void add(Order order, double[] hoursBySkill, int deliveryMonths) {
    add(order, null, hoursBySkill, deliveryMonths);
  }

  /** Queues an order with a tag that {@link #work(int, double[], double[], TaggedProgress)} hands back. */
  public void add(Order order, T tag, double[] hoursBySkill, int deliveryMonths) {
    jobs.add(new Job<>(order, tag, hoursBySkill, deliveryMonths));
    for (int s = 0; s < skills; s++) {
      queued[s] += hoursBySkill[s];
    }
  }

  /** Hours still to deliver, after last month's work, on orders past their due month. */
  private double overdue;

  /** Hours of a skill still to deliver on orders already accepted. */
  public double queuedHours(int skill) {
    return Math.max(0.0, queued[skill]);
  }

  public int size() {
    return jobs.size();
  }

  /**
   * Works a month: spends the capacity hours of each skill on the orders in turn and reports the
   * progress made on each order that moved. {@code used} receives the hours spent per skill.
   */
  public void work(int month, double[] capacity, double[] used, Progress progress) {
    work(month, capacity, used, (order, tag, share, finished) -> progress.progressed(order, share, finished));
  }

  /** {@link #work(int, double[], double[], Progress)}, handing back each order's tag with its progress. */
  public void work(int month, double[] capacity, double[] used, TaggedProgress<T> progress) {
    double[] left = capacity.clone();
    overdue = 0;
    for (Iterator<Job<T>> it = jobs.iterator(); it.hasNext(); ) {
      Job<T> job = it.next();
      double done = 0;
      for (int s = 0; s < skills; s++) {
        double hours = Math.min(job.remaining[s], Math.min(job.perMonth[s], left[s]));
        if (hours > 0) {
          job.remaining[s] -= hours;
          left[s] -= hours;
          used[s] += hours;
          queued[s] -= hours;
          done += hours;
        }
      }
      job.left -= done;
      boolean finished = job.done();
      if (!finished && job.dueMonth <= month) {
        overdue += job.left;
      }
      if (finished) {
        it.remove();
      }
      if (done > 0 || finished) {
        progress.progressed(job.order, job.tag, job.totalHours > 0 ? done / job.totalHours : 1.0, finished);
      }
    }
  }

  /** Hours still to deliver on orders past their due month, as of the last {@link #work}. */
  public double overdueHours() {
    return overdue;
  }
}

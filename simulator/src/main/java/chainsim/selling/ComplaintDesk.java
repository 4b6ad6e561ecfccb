package chainsim.selling;

import chainsim.market.Complaint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * How one branch or channel handles its clients' complaints against the service levels
 * (brief: acknowledge within 24 h, answer within 48 h), from its capacity. Complaints come in
 * severity classes (002: general and serious), each with its own levels and answer work; answers
 * to serious complaints go before general ones.
 *
 * <p>Complaints arrive at any hour of the month (a month is 30 days of 24 hours). The desk is open
 * {@code deskHoursPerDay} hours every day, closing at 18:00 (or open round the clock). Its
 * handlers, working in parallel, each take the next task when free: a new complaint's
 * acknowledgement first, else the oldest answer due; a task takes its staff hours of open desk
 * time (work stops when the desk closes and goes on when it opens). All of it comes out of the
 * month's complaint hours: when they are spent, what is left waits for next month's. A level is
 * breached when the acknowledgement or the answer comes later than its hours after the complaint
 * arrived, or when that moment passes while the complaint still waits; each breach is counted once,
 * in the month it happens, and a complaint's first breach costs its client health.
 *
 * <p>Plain Java: one instance per seller keeps the complaints still open and when each handler
 * is next free, from month to month.
 */
public final class ComplaintDesk {
  /** Hours in a month: 30 days. */
  public static final double MONTH_HOURS = 30 * 24;
  /** The desk closes at 18:00 (unless open round the clock). */
  static final double CLOSES_AT = 18;

  /** Service levels by severity class ({@link Complaint#severity}). */
  private final double[] acknowledgeWithin;
  private final double[] answerWithin;
  private final double opensAt;
  private final double openHours;
  private final List<Open> open = new ArrayList<>();
  /** When each handler is next free, in hours from the start of month 1. */
  private double[] freeAt = new double[0];

  /** A complaint being handled. */
  static final class Open {
    final Complaint complaint;
    final double arrival;
    /** When it was acknowledged (NaN while not). */
    double acknowledged = Double.NaN;
    double answered = Double.NaN;
    boolean acknowledgeBreached;
    boolean answerBreached;
    /** Position in arrival order, to break ties between answers due at the same moment. */
    int order;

    Open(Complaint complaint, double arrival) {
      this.complaint = complaint;
      this.arrival = arrival;
    }
  }

  /**
   * What a month of complaint handling came to: besides the counts, the complaints whose first
   * breach happened this month, those answered this month within both their levels (the
   * satisfaction follow-up finds their clients satisfied), and the serious complaints raised and
   * serious breaches.
   */
  public record MonthResult(int complaints, int acknowledgeBreaches, int answerBreaches, int stillOpen,
      List<Complaint> firstBreaches, List<Complaint> resolvedInTime, int seriousComplaints, int seriousBreaches) {}

  /** One class of complaints: the same levels for every complaint. */
  public ComplaintDesk(double acknowledgeWithinHours, double answerWithinHours, int deskHoursPerDay) {
    this(new double[] {acknowledgeWithinHours, acknowledgeWithinHours},
        new double[] {answerWithinHours, answerWithinHours}, deskHoursPerDay);
  }

  /** Service levels by severity class (general, serious). */
  public ComplaintDesk(double[] acknowledgeWithinHours, double[] answerWithinHours, int deskHoursPerDay) {
    this.acknowledgeWithin = acknowledgeWithinHours.clone();
    this.answerWithin = answerWithinHours.clone();
    this.openHours = Math.max(1, Math.min(24, deskHoursPerDay));
    this.opensAt = openHours >= 24 ? 0 : Math.max(0, CLOSES_AT - openHours);
  }

  /**
   * Handles a month.
   *
   * @param arrivalInMonth for each new complaint, its arrival in hours after the month began, in [0, 720)
   * @param handlers people handling complaints in parallel this month
   * @param hours staff hours the month has for complaints
   * @param acknowledgeHours staff hours to acknowledge one complaint
   * @param answerHours staff hours to answer one complaint
   */
  public MonthResult month(int month, List<Complaint> complaints, double[] arrivalInMonth, int handlers, double hours,
      double acknowledgeHours, double answerHours) {
    return month(month, complaints, arrivalInMonth, handlers, hours, acknowledgeHours,
        new double[] {answerHours, answerHours});
  }

  /**
   * Handles a month with the staff hours to answer a complaint by severity class.
   *
   * @param answerHours staff hours to answer one complaint, by severity class
   */
  public MonthResult month(int month, List<Complaint> complaints, double[] arrivalInMonth, int handlers, double hours,
      double acknowledgeHours, double[] answerHours) {
    double start = (month - 1) * MONTH_HOURS;
    admitInOrderOfArrival(complaints, arrivalInMonth, start);
    staff(handlers, start);
    MonthOfWork work = new MonthOfWork(start, hours, acknowledgeHours, answerHours);
    work.handleTasksWhileHoursLast();
    work.breachLevelsPassedWhileWaiting();
    open.removeIf(c -> !Double.isNaN(c.answered));
    return work.result(complaints);
  }

  /** The month's new complaints join the open ones, in order of arrival. */
  private void admitInOrderOfArrival(List<Complaint> complaints, double[] arrivalInMonth, double start) {
    Integer[] order = new Integer[complaints.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(arrivalInMonth[a], arrivalInMonth[b]));
    for (Integer i : order) {
      open.add(new Open(complaints.get(i), start + arrivalInMonth[i]));
    }
  }

  /**
   * One month's handling: the tasks waiting, the complaint hours left, and the breaches and
   * resolutions it comes to.
   */
  private final class MonthOfWork {
    private final double start;
    private final double end;
    private final double acknowledgeHours;
    private final double[] answerHours;
    private double budget;
    /** Acknowledgements in order of arrival. */
    private final ArrayDeque<Open> toAcknowledge = new ArrayDeque<>();
    /** Answers serious first, then in order of acknowledgement (then of arrival). */
    private final PriorityQueue<Open> toAnswer = new PriorityQueue<>(
        (a, b) -> a.complaint.severity() != b.complaint.severity()
            ? Integer.compare(b.complaint.severity(), a.complaint.severity())
            : a.acknowledged != b.acknowledged ? Double.compare(a.acknowledged, b.acknowledged)
            : Integer.compare(a.order, b.order));
    /** An answer that no longer fits the month's hours leaves them to acknowledgements. */
    private boolean answersFit = true;
    private final List<Complaint> breached = new ArrayList<>();
    private final List<Complaint> resolved = new ArrayList<>();
    private int acknowledgeBreaches;
    private int answerBreaches;
    private int seriousBreaches;

    MonthOfWork(double start, double hours, double acknowledgeHours, double[] answerHours) {
      this.start = start;
      this.end = start + MONTH_HOURS;
      this.budget = hours;
      this.acknowledgeHours = acknowledgeHours;
      this.answerHours = answerHours;
      int position = 0;
      for (Open c : open) {
        c.order = position++;
        if (Double.isNaN(c.acknowledged)) {
          toAcknowledge.add(c);
        } else {
          toAnswer.add(c);
        }
      }
    }

    /** The earliest free handler takes the next task, until the month, its hours or its tasks run out. */
    void handleTasksWhileHoursLast() {
      while (true) {
        int h = earliestHandler();
        if (h < 0) {
          return;
        }
        double now = nextOpen(Math.max(freeAt[h], start));
        if (now >= end || !takeNextTask(h, now)) {
          return;
        }
      }
    }

    /**
     * Handler {@code h}, free at {@code now}, takes a new complaint's acknowledgement, else the
     * answer due, else waits for the next of them. False when the month's work is over.
     */
    private boolean takeNextTask(int h, double now) {
      Open ack = toAcknowledge.peek();
      Open answer = answersFit ? toAnswer.peek() : null;
      boolean acknowledge;
      Open task;
      if (ack != null && ack.arrival <= now) {
        task = ack;
        acknowledge = true;
      } else if (answer != null && answer.acknowledged <= now) {
        task = answer;
        acknowledge = false;
      } else {
        double next = Math.min(ack == null ? Double.POSITIVE_INFINITY : ack.arrival,
            answer == null ? Double.POSITIVE_INFINITY : answer.acknowledged);
        if (next == Double.POSITIVE_INFINITY) {
          return false; // nothing left to do
        }
        freeAt[h] = next;
        return true;
      }
      double work = acknowledge ? acknowledgeHours : answerHours[task.complaint.severity()];
      if (work > budget + 1e-9) {
        if (acknowledge) {
          return false; // the month's complaint hours are spent: the rest waits for next month's
        }
        answersFit = false;
        return true;
      }
      budget -= work;
      double done = afterWork(now, work);
      freeAt[h] = done;
      if (acknowledge) {
        acknowledged(task, done);
      } else {
        answered(task, done);
      }
      return true;
    }

    private void acknowledged(Open task, double done) {
      toAcknowledge.poll();
      task.acknowledged = done;
      toAnswer.add(task);
      double level = acknowledgeWithin[task.complaint.severity()];
      if (!task.acknowledgeBreached && done - task.arrival > level + 1e-9) {
        breach(task, true);
      }
    }

    private void answered(Open task, double done) {
      toAnswer.poll();
      task.answered = done;
      if (!task.answerBreached && done - task.arrival > answerWithin[task.complaint.severity()] + 1e-9) {
        breach(task, false);
      }
      if (!task.acknowledgeBreached && !task.answerBreached) {
        resolved.add(task.complaint);
      }
    }

    /** Levels whose moment passed this month while the complaint still waited. */
    void breachLevelsPassedWhileWaiting() {
      for (Open c : open) {
        int k = c.complaint.severity();
        if (Double.isNaN(c.acknowledged) && !c.acknowledgeBreached && c.arrival + acknowledgeWithin[k] < end) {
          breach(c, true);
        }
        if (Double.isNaN(c.answered) && !c.answerBreached && c.arrival + answerWithin[k] < end) {
          breach(c, false);
        }
      }
    }

    private void breach(Open c, boolean acknowledge) {
      if (!c.acknowledgeBreached && !c.answerBreached) {
        breached.add(c.complaint);
      }
      if (c.complaint.serious()) {
        seriousBreaches++;
      }
      if (acknowledge) {
        c.acknowledgeBreached = true;
        acknowledgeBreaches++;
      } else {
        c.answerBreached = true;
        answerBreaches++;
      }
    }

    /** The month's result, once the answered complaints have left the open ones. */
    MonthResult result(List<Complaint> complaints) {
      int serious = 0;
      for (Complaint c : complaints) {
        serious += c.serious() ? 1 : 0;
      }
      return new MonthResult(complaints.size(), acknowledgeBreaches, answerBreaches, open.size(), breached, resolved,
          serious, seriousBreaches);
    }
  }

  /** This month's handlers: newcomers are free from the month's start; leavers go (the last to be free first). */
  private void staff(int handlers, double start) {
    double[] sorted = freeAt.clone();
    Arrays.sort(sorted);
    double[] next = new double[Math.max(0, handlers)];
    for (int i = 0; i < next.length; i++) {
      next[i] = i < sorted.length ? Math.max(sorted[i], start) : start;
    }
    freeAt = next;
  }

  private int earliestHandler() {
    int best = -1;
    for (int i = 0; i < freeAt.length; i++) {
      if (best < 0 || freeAt[i] < freeAt[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The first moment at or after {@code t} that the desk is open. */
  double nextOpen(double t) {
    if (openHours >= 24) {
      return t;
    }
    double day = Math.floor(t / 24) * 24;
    double hour = t - day;
    if (hour < opensAt) {
      return day + opensAt;
    }
    if (hour >= opensAt + openHours) {
      return day + 24 + opensAt;
    }
    return t;
  }

  /** When {@code work} hours of open desk time, begun at the open moment {@code t}, are done. */
  double afterWork(double t, double work) {
    if (openHours >= 24) {
      return t + work;
    }
    double left = work;
    double now = t;
    while (true) {
      double day = Math.floor(now / 24) * 24;
      double closes = day + opensAt + openHours;
      if (now + left <= closes + 1e-9) {
        return now + left;
      }
      left -= closes - now;
      now = day + 24 + opensAt;
    }
  }

  /** Complaints still open (not yet answered). */
  public int stillOpen() {
    return open.size();
  }
}

package chainsim.restart;

import chainsim.accounting.CashSchedule;
import chainsim.branch.BranchSeller;
import chainsim.branch.Workforce;
import chainsim.client.FirmPopulation;
import chainsim.engine.Replication;
import chainsim.engine.SequentialEngine;
import chainsim.headoffice.HeadOffice;
import chainsim.market.Segment;
import chainsim.world.EntitySpec;
import chainsim.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a freshly built replication to a {@link StartState}: first what the state does not
 * observe, by replaying months 1..k of the model on the replication's own streams with the
 * state's openings forced open in their months (and every other opening kept closed); then what it
 * observes, overlaid on the model objects: the openings' flags, the staff lines' people, the client
 * book, the receivables and the cash. docs/actuals.md ("What the state does not observe") lists
 * what stays from the replay.
 */
final class Overlay {
  private final World world;
  private final StartState state;
  private final int k;
  private final Map<String, Integer> entityIndex = new HashMap<>();

  Overlay(World world, StartState state) {
    this.world = world;
    this.state = state;
    this.k = state.asOfMonth();
    for (EntitySpec e : world.entities()) {
      entityIndex.put(e.id(), e.index());
    }
  }

  /** The firm id of a segment's slot, as the client book writes it. */
  static String firmId(String segment, int slot) {
    return String.format("%s-%06d", segment, slot);
  }

  /** The hire month that stands for the people of a line past their ramp-up at the end of month k. */
  static int rampedHireMonth(int k, int rampUpMonths) {
    return k + 1 - Math.max(1, rampUpMonths);
  }

  void bringUp(Replication r) {
    int n = world.entities().size();
    int[] opened = new int[n];
    boolean[] skipped = new boolean[n];
    String[] waiting = new String[n];
    for (StartState.OpeningState o : state.openings()) {
      int e = entity(o.entity());
      if (o.openedMonth() > k) {
        throw new IllegalArgumentException(
            "opening " + o.entity() + " opened in month " + o.openedMonth() + ", after the state's month " + k);
      }
      opened[e] = o.openedMonth();
      skipped[e] = o.skipped();
      waiting[e] = o.waitingReason();
    }
    HeadOffice ho = r.headOffice;
    ho.forceOpenings(opened);
    SequentialEngine.stepThrough(r, k);
    ho.endForcedOpenings(skipped, waiting);
    staff(r);
    clients(r);
    receivables(r);
    ho.restoreCash(state.cashBalanceCny(), state.pastBalanceCny(), state.pastNetFlowCny());
  }

  private int entity(String id) {
    Integer e = entityIndex.get(id);
    if (e == null) {
      throw new IllegalArgumentException("the start state names entity " + id + ", which the scenario does not have");
    }
    return e;
  }

  /** Each open branch's and equity channel's lines hold the state's people, by tenure; hires not yet started stay. */
  private void staff(Replication r) {
    Map<Integer, List<StartState.StaffCohort>> byEntity = new HashMap<>();
    for (StartState.StaffCohort c : state.staff()) {
      byEntity.computeIfAbsent(entity(c.entity()), x -> new ArrayList<>()).add(c);
    }
    for (EntitySpec e : world.entities()) {
      if (r.headOffice.openedMonth(e.index()) <= 0 || !(r.sellers[e.index()] instanceof BranchSeller branch)) {
        continue;
      }
      Workforce staff = branch.staff();
      int rampUp = staff.rampUpMonths();
      int[][] ramping = new int[staff.lineCount()][rampUp];
      int[] ramped = new int[staff.lineCount()];
      for (StartState.StaffCohort c : byEntity.getOrDefault(e.index(), List.of())) {
        int role = world.roleIndex(c.role());
        int skill = c.skill() == null ? -1 : world.skillIndex(c.skill());
        int line = role < 0 ? -1 : staff.lineOf(role, skill);
        if (line < 0) {
          throw new IllegalArgumentException("staff line " + c.role() + (c.skill() == null ? "" : "/" + c.skill())
              + " is not a line of " + c.entity());
        }
        // hired in month h, someone is in their (k - h + 2)-th month at the end of month k, ramping[k - h + 1]
        int t = Math.max(0, k - c.hireMonth() + 1);
        if (t >= rampUp) {
          ramped[line] += c.count();
        } else {
          ramping[line][t] += c.count();
        }
      }
      for (int line = 0; line < staff.lineCount(); line++) {
        staff.restoreOnBoard(line, ramping[line], ramped[line]);
      }
    }
  }

  /**
   * The book's firms get its stage, owner, products, months and revenue; a firm the replay made a
   * client that the book does not list was never one; health and milestones stay from the replay,
   * or, for a firm the replay had not made a client, the health is a seeded draw.
   */
  private void clients(Replication r) {
    Map<String, Integer> segmentIndex = new HashMap<>();
    for (int s = 0; s < r.segments.size(); s++) {
      segmentIndex.put(r.segments.get(s).spec().id(), s);
    }
    List<Map<Integer, StartState.BookClient>> bySegment = new ArrayList<>();
    for (int s = 0; s < r.segments.size(); s++) {
      bySegment.add(new HashMap<>());
    }
    for (StartState.BookClient c : state.clients()) {
      int dash = c.firmId().lastIndexOf('-');
      Integer s = dash < 0 ? null : segmentIndex.get(c.firmId().substring(0, dash));
      int slot = s == null ? -1 : parseSlot(c.firmId().substring(dash + 1));
      if (s == null || slot < 0) {
        throw new IllegalArgumentException("firm " + c.firmId() + " is not SEGMENT-NUMBER of a segment of the scenario");
      }
      bySegment.get(s).put(slot, c);
    }
    for (int s = 0; s < r.segments.size(); s++) {
      Segment segment = r.segments.get(s);
      Map<Integer, StartState.BookClient> book = bySegment.get(s);
      int slots = book.keySet().stream().mapToInt(i -> i + 1).max().orElse(0);
      segment.ensureSlots(slots);
      FirmPopulation firms = segment.firms();
      for (int f = 0; f < firms.size(); f++) {
        StartState.BookClient c = book.get(f);
        byte stage = firms.stage(f);
        if (stage == FirmPopulation.CLOSED) {
          if (c == null) {
            continue;
          }
          segment.reopen(f); // the book says it is alive
        }
        if (c == null) {
          if (firms.clientSince(f) > 0) {
            byte never = stage == FirmPopulation.LEAD ? FirmPopulation.LEAD : FirmPopulation.PROSPECT;
            firms.restore(f, never, never == FirmPopulation.LEAD ? firms.owner(f) : 0, 0, 0, 0, 0f, 0, 0f);
          }
          continue;
        }
        overlayClient(segment, firms, f, c);
      }
      segment.afterOverlay();
    }
  }

  private void overlayClient(Segment segment, FirmPopulation firms, int f, StartState.BookClient c) {
    byte stage = firms.stage(f);
    byte target = switch (c.status()) {
      case ACTIVE -> FirmPopulation.CLIENT;
      case LEAKED -> FirmPopulation.LEAKED;
      // a former client the replay has as a lead again stays one
      case CHURNED -> stage == FirmPopulation.LEAD ? FirmPopulation.LEAD : FirmPopulation.CHURNED;
    };
    short owner = c.entity() == null ? firms.owner(f) : (short) (entity(c.entity()) + 1);
    int products = 0;
    for (String p : c.products()) {
      int index = world.productIndex(p);
      if (index < 0) {
        throw new IllegalArgumentException("firm " + c.firmId() + " bought product " + p + ", which the scenario does not have");
      }
      products |= 1 << index;
    }
    float health = target == FirmPopulation.CLIENT && stage != FirmPopulation.CLIENT
        ? segment.restartHealth(c.firmId(), k) : 0f;
    firms.restore(f, target, owner, products, c.firstOrderMonth(), c.lastOrderMonth(), (float) c.revenueToDateCny(),
        c.firstOrderMonth(), health);
  }

  private static int parseSlot(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Each open seller's receivables after month k are the state's: at their due months when known;
   * an amount with no due month is spread over the months the replay had receivables due (or due
   * next month when it had none).
   */
  private void receivables(Replication r) {
    Map<Integer, List<StartState.Receivable>> byEntity = new HashMap<>();
    for (StartState.Receivable q : state.receivables()) {
      byEntity.computeIfAbsent(entity(q.entity()), x -> new ArrayList<>()).add(q);
    }
    for (EntitySpec e : world.entities()) {
      if (r.headOffice.openedMonth(e.index()) <= 0 || r.sellers[e.index()] == null) {
        continue;
      }
      CashSchedule owed = r.sellers[e.index()].receivables();
      int last = owed.lastMonth();
      double[] replay = new double[last + 1];
      double replayTotal = 0;
      for (int m = k + 1; m <= last; m++) {
        replay[m] = owed.due(m);
        replayTotal += replay[m];
        owed.set(m, 0.0);
      }
      double unknownDue = 0;
      for (StartState.Receivable q : byEntity.getOrDefault(e.index(), List.of())) {
        if (q.dueMonth() > k) {
          owed.set(q.dueMonth(), owed.due(q.dueMonth()) + q.amountCny());
        } else {
          unknownDue += q.amountCny();
        }
      }
      if (unknownDue != 0) {
        if (replayTotal > 0) {
          for (int m = k + 1; m <= last; m++) {
            owed.set(m, owed.due(m) + replay[m] * (unknownDue / replayTotal));
          }
        } else {
          owed.set(k + 1, owed.due(k + 1) + unknownDue);
        }
      }
    }
  }
}

package chainsim.staffing.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One line of a branch in one month of the window, and the plan's moves there: how many people
 * start (hired {@code hiring lag} months earlier), how many leave (released, notice given
 * {@code notice} months earlier) and who arrives by transfer. Months are those of their effect,
 * so a hire or release whose decision month lies in the past is what the previous plan set in
 * motion.
 */
@PlanningEntity
public class LineMonth {
  @PlanningId private String id;
  private BranchLine line;
  private int month;
  @PlanningPin private boolean pinned;
  /** What the previous plan had here; null where there was none. */
  private Moves previous;
  private int maxHires;
  private int maxReleases;
  private List<Transfer> transferOptions;

  @PlanningVariable(valueRangeProviderRefs = "hires")
  private Integer hires;

  @PlanningVariable(valueRangeProviderRefs = "releases")
  private Integer releases;

  @PlanningVariable(valueRangeProviderRefs = "transfers", nullable = true)
  private Transfer transfer;

  /** For the solver's cloning. */
  LineMonth() {}

  public LineMonth(BranchLine line, int month, boolean pinned, Moves previous, int maxHires, int maxReleases,
      List<Transfer> transferOptions) {
    this.id = line.id() + "@" + month;
    this.line = line;
    this.month = month;
    this.pinned = pinned;
    this.previous = previous;
    this.maxHires = maxHires;
    this.maxReleases = maxReleases;
    this.transferOptions = List.copyOf(transferOptions);
    this.hires = 0;
    this.releases = 0;
  }

  public String getId() {
    return id;
  }

  public BranchLine line() {
    return line;
  }

  public int month() {
    return month;
  }

  public boolean pinned() {
    return pinned;
  }

  public Moves previous() {
    return previous;
  }

  public int hires() {
    return hires == null ? 0 : hires;
  }

  public int releases() {
    return releases == null ? 0 : releases;
  }

  public Transfer transfer() {
    return transfer;
  }

  public int transfersIn() {
    return transfer == null ? 0 : transfer.people();
  }

  public LineMonth withMoves(int newHires, int newReleases, Transfer newTransfer) {
    this.hires = newHires;
    this.releases = newReleases;
    this.transfer = newTransfer;
    return this;
  }

  public Moves moves() {
    return new Moves(hires(), releases(), transfersIn(), transfer == null ? null : transfer.from().branch().id());
  }

  /**
   * Hires the hiring lag fixes: people starting this month were requisitioned {@code lag} months
   * ago. Before the window that was the previous plan's call (zero without one); before the
   * branch could hire, nobody. Null when the plan is free to choose.
   */
  public Integer lockedHires() {
    return locked(month - line.hiringLagMonths(), previous == null ? 0 : previous.hires());
  }

  /** Releases the notice period fixes, as {@link #lockedHires} for notice given. */
  public Integer lockedReleases() {
    return locked(month - line.rules().noticeMonths(), previous == null ? 0 : previous.releases());
  }

  private Integer locked(int decisionMonth, int previousValue) {
    if (decisionMonth >= line.branch().firstDecisionMonth()) {
      return null;
    }
    return decisionMonth < line.rules().firstMonth() ? previousValue : 0;
  }

  /** People this month's moves differ by from the previous plan's (0 without a previous plan). */
  public int changedPeople() {
    if (previous == null) {
      return 0;
    }
    int changed = Math.abs(hires() - previous.hires()) + Math.abs(releases() - previous.releases());
    String from = transfer == null ? null : transfer.from().branch().id();
    if (from != null && previous.transferFrom() != null && !from.equals(previous.transferFrom())) {
      changed += transfersIn() + previous.transfersIn();
    } else {
      changed += Math.abs(transfersIn() - previous.transfersIn());
    }
    return changed;
  }

  /** What the moves do: to this line, and to the line people transfer from. */
  public List<LineEffect> effects() {
    List<LineEffect> effects = new ArrayList<>(2);
    effects.add(new LineEffect(line, month, hires(), releases(), transfersIn(), 0));
    if (transfer != null) {
      effects.add(new LineEffect(transfer.from(), month, 0, 0, 0, transfer.people()));
    }
    return effects;
  }

  @ValueRangeProvider(id = "hires")
  public CountableValueRange<Integer> getHireRange() {
    Integer locked = lockedHires();
    return locked != null ? ValueRangeFactory.createIntValueRange(locked, locked + 1)
        : ValueRangeFactory.createIntValueRange(0, maxHires + 1);
  }

  @ValueRangeProvider(id = "releases")
  public CountableValueRange<Integer> getReleaseRange() {
    Integer locked = lockedReleases();
    return locked != null ? ValueRangeFactory.createIntValueRange(locked, locked + 1)
        : ValueRangeFactory.createIntValueRange(0, maxReleases + 1);
  }

  @ValueRangeProvider(id = "transfers")
  public List<Transfer> getTransferOptions() {
    return transferOptions;
  }

  @Override
  public String toString() {
    return id + " " + moves();
  }
}

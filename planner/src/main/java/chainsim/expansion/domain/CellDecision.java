package chainsim.expansion.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The decision for one region x industry cell: its {@link Entry} (mode and quarter, or not
 * entered). Pinned cells (the scenario's {@code pin}, cells of openings every plan keeps, and
 * excluded cells, pinned out) keep theirs.
 */
@PlanningEntity
public class CellDecision {
  @PlanningId private String id;
  private Cell cell;
  private ExpansionContext context;
  private boolean excluded;
  private Entry previous;
  private String keptBy;

  @PlanningPin private boolean pinned;

  @PlanningVariable(valueRangeProviderRefs = "entries")
  private Entry entry;

  public CellDecision() {}

  public CellDecision(Cell cell, ExpansionContext context, Entry entry, boolean pinned, boolean excluded,
      Entry previous) {
    this.id = cell.id();
    this.cell = cell;
    this.context = context;
    this.entry = entry;
    this.pinned = pinned;
    this.excluded = excluded;
    this.previous = previous;
  }

  /**
   * A cell an opening of the scenario's own plan serves and every plan keeps as written (see
   * {@code PlanOpenings.keeps}): pinned to that opening's decision.
   */
  public CellDecision(Cell cell, ExpansionContext context, Entry entry, String keptBy, Entry previous) {
    this(cell, context, entry, true, false, previous);
    this.keptBy = keptBy;
  }

  public String getId() {
    return id;
  }

  public Cell getCell() {
    return cell;
  }

  public ExpansionContext getContext() {
    return context;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isExcluded() {
    return excluded;
  }

  /** The previous plan's decision for this cell, or null when there is no previous plan. */
  public Entry getPrevious() {
    return previous;
  }

  /** The id of the kept opening that serves this cell, or null when the plan decides it. */
  public String getKeptBy() {
    return keptBy;
  }

  public Entry getEntry() {
    return entry;
  }

  public void setEntry(Entry entry) {
    this.entry = entry;
  }

  public boolean isEntered() {
    return entry != null && entry.entered();
  }

  public String region() {
    return cell.region();
  }

  /** A copy with the same cell, context, pin, previous decision and entry (for a plan kept aside). */
  public CellDecision copy() {
    CellDecision c = new CellDecision(cell, context, entry, pinned, excluded, previous);
    c.keptBy = keptBy;
    return c;
  }

  @Override
  public String toString() {
    return id + ": " + entry;
  }
}

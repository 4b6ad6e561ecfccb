package chainsim.client;

import java.util.Arrays;

/**
 * The firms of one market segment, one array slot per firm (structure of arrays). A slot is a
 * firm's identity for its whole life: closed firms keep their slot, new firms are appended.
 *
 * <p>23 bytes per slot ({@link #bytesPerSlot()}); the arrays are sized for the firms expected by
 * the horizon (births add slots) and grow by an eighth if more come. The flags and codes fit the
 * scenario's {@link chainsim.scenario.Limits}, which validation enforces.
 */
public final class FirmPopulation {
  /** Never bought: a target firm. */
  public static final byte PROSPECT = 0;
  /** An active client. */
  public static final byte CLIENT = 1;
  /** A former client; may be won again. */
  public static final byte CHURNED = 2;
  /** Taken solo by an agent (跑单): lost for good. */
  public static final byte LEAKED = 3;
  /** The firm closed down. */
  public static final byte CLOSED = 4;
  /**
   * A lead: a firm with an open need that a seller contacted (or that came in through a marketing
   * line) and that has not signed yet; it stays in the pipeline while its need is open, then goes
   * back to prospect (or former client). Still winnable.
   */
  public static final byte LEAD = 5;

  /** A stage's name in outputs. */
  public static String stageName(byte stage) {
    return switch (stage) {
      case PROSPECT -> "prospect";
      case LEAD -> "lead";
      case CLIENT -> "client";
      case CHURNED -> "churned";
      case LEAKED -> "leaked";
      default -> "closed";
    };
  }

  /** No open need. */
  public static final byte NO_NEED = -1;

  private int size;
  /** Firms that may be won (prospects and former clients), kept up to date by every change. */
  int winnable;
  byte[] stage;
  /** Owner code of a client or a lead (entity index + 1), 0 for none. */
  short[] owner;
  /** Bit p set when the firm has bought product p. */
  int[] products;
  /** The product of the firm's open need, or {@link #NO_NEED}. */
  byte[] needProduct;
  /**
   * Last month in which the open need is still open. A client has no open need (needs are opened
   * for winnable firms only, and a win clears it), so while a firm is a client the slot holds the
   * month its current spell began (its first order or its win-back): see {@link #spellSince}.
   */
  short[] needUntil;
  /** Health index in hundredths of a point (0..10000): a two-decimal index in two bytes. */
  short[] health;
  /**
   * Two small counters in one byte ({@link chainsim.scenario.Limits#MAX_WATCH_MONTHS} bounds both):
   * the low four bits, consecutive monthly checks with health below the recall threshold
   * ({@link #lowHealthMonths}); the high four, the churn early warning ({@link #warning}).
   */
  byte[] watch;
  /** Month of the first order (0 = never a client). */
  short[] clientSince;
  short[] lastOrderMonth;
  /** Revenue recognised on the firm's finished orders (cancelled orders never count; all spells together). */
  float[] revenueToDate;
  /** Bit k set when milestone k has been reached. */
  byte[] milestones;
  /** How the firm was won: a marketing line index, or one of the negative sources of Order. */
  byte[] source;
  /**
   * {@link #warning} of a warning whose window passed while the client stayed below the level (no
   * new warning until it recovers).
   */
  static final int WARNING_SPENT = 15;

  public FirmPopulation(int prospects) {
    this(prospects, prospects + prospects / 4);
  }

  /** A population of prospects with room for {@code expectedSlots} firms (those born by the horizon included). */
  public FirmPopulation(int prospects, int expectedSlots) {
    int capacity = Math.max(16, Math.max(prospects, expectedSlots));
    stage = new byte[capacity];
    owner = new short[capacity];
    products = new int[capacity];
    needProduct = new byte[capacity];
    needUntil = new short[capacity];
    health = new short[capacity];
    watch = new byte[capacity];
    clientSince = new short[capacity];
    lastOrderMonth = new short[capacity];
    revenueToDate = new float[capacity];
    milestones = new byte[capacity];
    source = new byte[capacity];
    for (int i = 0; i < prospects; i++) {
      add();
    }
  }

  /** Heap bytes one slot takes across the arrays. */
  public static int bytesPerSlot() {
    return 1 + 2 + 4 + 1 + 2 + 2 + 1 + 2 + 2 + 4 + 1 + 1;
  }

  /** Appends a new prospect and returns its slot. */
  public int add() {
    if (size == stage.length) {
      grow(size + Math.max(16, size / 8));
    }
    int slot = size++;
    stage[slot] = PROSPECT;
    needProduct[slot] = NO_NEED;
    winnable++;
    return slot;
  }

  private void grow(int capacity) {
    stage = Arrays.copyOf(stage, capacity);
    owner = Arrays.copyOf(owner, capacity);
    products = Arrays.copyOf(products, capacity);
    needProduct = Arrays.copyOf(needProduct, capacity);
    needUntil = Arrays.copyOf(needUntil, capacity);
    health = Arrays.copyOf(health, capacity);
    watch = Arrays.copyOf(watch, capacity);
    clientSince = Arrays.copyOf(clientSince, capacity);
    lastOrderMonth = Arrays.copyOf(lastOrderMonth, capacity);
    revenueToDate = Arrays.copyOf(revenueToDate, capacity);
    milestones = Arrays.copyOf(milestones, capacity);
    source = Arrays.copyOf(source, capacity);
  }

  /** Slots in use (closed firms included). */
  public int size() {
    return size;
  }

  /** Allocated slots: what the arrays hold. */
  public int capacity() {
    return stage.length;
  }

  public byte stage(int firm) {
    return stage[firm];
  }

  public short owner(int firm) {
    return owner[firm];
  }

  public int products(int firm) {
    return products[firm];
  }

  public float health(int firm) {
    return health[firm] / 100f;
  }

  /** Sets a firm's health, kept within [0, 100] to the hundredth. */
  void setHealth(int firm, float value) {
    health[firm] = (short) Math.round(Math.max(0f, Math.min(100f, value)) * 100f);
  }

  /** Consecutive monthly checks with health below the recall threshold (0..15). */
  int lowHealthMonths(int firm) {
    return watch[firm] & 0x0F;
  }

  void setLowHealthMonths(int firm, int months) {
    watch[firm] = (byte) ((watch[firm] & 0xF0) | Math.min(months, 15));
  }

  /**
   * The churn early warning on the firm ({@link ClientLife}): 0 none; 1..14 the warning is open and
   * was raised this many months ago, plus one; {@link #WARNING_SPENT} its window passed with the
   * client still below the warning level.
   */
  int warning(int firm) {
    return (watch[firm] >> 4) & 0x0F;
  }

  void setWarning(int firm, int state) {
    watch[firm] = (byte) ((watch[firm] & 0x0F) | (state << 4));
  }

  public short clientSince(int firm) {
    return clientSince[firm];
  }

  /**
   * The month a client's current spell began (its first order, or the win-back that brought it
   * back), for lifetime value; -1 when the firm is not a client now.
   */
  public int spellSince(int firm) {
    return stage[firm] == CLIENT ? needUntil[firm] : -1;
  }

  /**
   * The month the firm's latest spell as a client began, also in the month it leaves (no need is
   * opened for it before the next month): for the client sample's tenure.
   */
  public int latestSpellSince(int firm) {
    return needUntil[firm];
  }

  public short lastOrderMonth(int firm) {
    return lastOrderMonth[firm];
  }

  public float revenueToDate(int firm) {
    return revenueToDate[firm];
  }

  public byte milestones(int firm) {
    return milestones[firm];
  }

  public byte source(int firm) {
    return source[firm];
  }

  public boolean hasOpenNeed(int firm, int month) {
    return needProduct[firm] != NO_NEED && needUntil[firm] >= month;
  }

  public int needProduct(int firm) {
    return needProduct[firm];
  }

  /**
   * The firm develops a need for a product, open until a month. Returns true when the firm had
   * no need recorded at all (so it is not yet on a list of firms with needs).
   */
  public boolean openNeed(int firm, int product, int untilMonth) {
    boolean fresh = needProduct[firm] == NO_NEED;
    leaveThePipeline(firm); // a new need has not been pursued yet
    needProduct[firm] = (byte) product;
    needUntil[firm] = (short) untilMonth;
    return fresh;
  }

  /** Forgets a need that has lapsed: a lead goes back to where it was before. */
  public void dropNeed(int firm) {
    needProduct[firm] = NO_NEED;
    leaveThePipeline(firm);
  }

  /** A seller contacted the firm about its need and it did not sign (yet): a lead of that seller. */
  public void becomeLead(int firm, short ownerCode) {
    if (stage[firm] == PROSPECT || stage[firm] == CHURNED) {
      stage[firm] = LEAD;
      owner[firm] = ownerCode;
    } else if (stage[firm] == LEAD) {
      owner[firm] = ownerCode;
    }
  }

  private void leaveThePipeline(int firm) {
    if (stage[firm] == LEAD) {
      stage[firm] = clientSince[firm] == 0 ? PROSPECT : CHURNED;
    }
  }

  /** Whether the firm has never been a client (a prospect, or a lead that never signed). */
  public boolean neverAClient(int firm) {
    return (stage[firm] == PROSPECT || stage[firm] == LEAD) && clientSince[firm] == 0;
  }

  /** The firm closes down; returns its stage before closing. */
  public byte close(int firm) {
    byte before = stage[firm];
    if (winnable(firm)) {
      winnable--;
    }
    stage[firm] = CLOSED;
    needProduct[firm] = NO_NEED;
    return before;
  }

  /**
   * Overwrites a firm's client record with an observed one (a restart's client book): stage,
   * owner code, products bought, first and last order months and revenue to date. A firm that
   * becomes a client gets {@code spellSince} as its spell's start, {@code health} and no watch
   * counters; a firm that can no longer be won loses its need. Keeps the winnable count.
   */
  public void restore(int firm, byte newStage, short ownerCode, int productBits, int since, int lastOrder,
      float revenue, int spellSince, float newHealth) {
    boolean wasWinnable = winnable(firm);
    boolean becomesClient = newStage == CLIENT && stage[firm] != CLIENT;
    stage[firm] = newStage;
    owner[firm] = ownerCode;
    products[firm] = productBits;
    clientSince[firm] = (short) since;
    lastOrderMonth[firm] = (short) lastOrder;
    revenueToDate[firm] = revenue;
    if (becomesClient) {
      setHealth(firm, newHealth);
      watch[firm] = 0;
      needUntil[firm] = (short) spellSince;
    }
    if (!winnable(firm)) {
      needProduct[firm] = NO_NEED;
    }
    if (since == 0) {
      milestones[firm] = 0;
    }
    winnable += (winnable(firm) ? 1 : 0) - (wasWinnable ? 1 : 0);
  }

  /** Adds a health change (from a delivery or a breached complaint), kept within [0, 100]. */
  public void addHealth(int firm, float delta) {
    setHealth(firm, health(firm) + delta);
  }

  /** Firms that may be won: alive, not clients, not lost to an agent. */
  public int winnableCount() {
    return winnable;
  }

  /** True for a firm that may be won: alive, not a client, not lost to an agent. */
  public boolean winnable(int firm) {
    byte s = stage[firm];
    return s == PROSPECT || s == CHURNED || s == LEAD;
  }

  /**
   * Makes a firm a client of an owner, as its first order (or a win-back) in a month. The month of
   * the first order stays the first: a win-back does not restart it (milestones count within
   * three years of the first order).
   */
  public void win(int firm, short ownerCode, int month, float initialHealth, byte how) {
    if (winnable(firm)) {
      winnable--;
    }
    if (clientSince[firm] == 0) {
      clientSince[firm] = (short) month;
    }
    stage[firm] = CLIENT;
    owner[firm] = ownerCode;
    setHealth(firm, initialHealth);
    watch[firm] = 0; // no low-health months, no warning
    source[firm] = how;
    needProduct[firm] = NO_NEED;
    needUntil[firm] = (short) month; // a client has no need: the slot holds its spell's start
  }

  /** A signed order: the firm has bought the product. Its revenue counts when recognised ({@link #addRevenue}). */
  public void recordOrder(int firm, int product, int month) {
    products[firm] |= 1 << product;
    lastOrderMonth[firm] = (short) month;
  }

  /** Revenue recognised on one of the firm's orders (a cancelled order never gets here). */
  public void addRevenue(int firm, float revenue) {
    revenueToDate[firm] += revenue;
  }
}

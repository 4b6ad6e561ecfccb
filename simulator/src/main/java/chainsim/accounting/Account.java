package chainsim.accounting;

/** The P&L lines of an entity and of the head office. */
public enum Account {
  /** Revenue of delivered orders. */
  REVENUE(Kind.INCOME),
  /** Platform fees equity channels pay the head office. */
  PLATFORM_FEES(Kind.INCOME),
  /** Dividends from equity stakes. */
  DIVIDENDS(Kind.INCOME),
  /** Third-party costs passed through in the price (fees, filings). */
  DIRECT_COSTS(Kind.VARIABLE),
  /** Partners' share of subcontracted orders. */
  PARTNER_FEES(Kind.VARIABLE),
  /** Agents' commission on their orders. */
  AGENT_COMMISSION(Kind.VARIABLE),
  /** Receivables never collected. */
  BAD_DEBT(Kind.VARIABLE),
  PAYROLL_BASE(Kind.FIXED),
  PAYROLL_PERFORMANCE(Kind.FIXED),
  /** Sales commission (tiered). */
  COMMISSION(Kind.VARIABLE),
  HIRING(Kind.FIXED),
  /** Severance of released staff. */
  RELEASES(Kind.FIXED),
  RENT(Kind.FIXED),
  MARKETING(Kind.FIXED),
  OTHER_FIXED(Kind.FIXED),
  /** One-off opening costs. */
  SETUP(Kind.FIXED),
  /** Recall campaigns for clients in poor health. */
  RECALLS(Kind.FIXED),
  /** The central sales desk of partner-only cells. */
  SALES_DESK(Kind.FIXED),
  /** Support of agent channels. */
  AGENT_SUPPORT(Kind.FIXED),
  CENTRAL_PLATFORM(Kind.CENTRAL),
  CENTRAL_DATA(Kind.CENTRAL),
  CENTRAL_STAFF(Kind.CENTRAL),
  /** Chain-operations support per open branch or channel. */
  CENTRAL_SUPPORT(Kind.CENTRAL),
  /** Hours of the emergency staffing pool a branch used beyond its own capacity (seed 002: 应急人力资源池). */
  EMERGENCY_POOL(Kind.VARIABLE);

  /** How an account behaves. */
  public enum Kind {
    INCOME,
    /** Costs that move with delivered revenue: they make the contribution margin. */
    VARIABLE,
    FIXED,
    /** The head office's own costs. */
    CENTRAL
  }

  private final Kind kind;

  Account(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isCost() {
    return kind != Kind.INCOME;
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Number of accounts, for arrays indexed by ordinal. */
  public static final int COUNT = values().length;
}

package chainsim.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a region is entered. */
public enum Mode {
  /** A direct-sales branch (直营). */
  @JsonProperty("direct")
  DIRECT,
  /** A minority stake in a local firm (自有渠道). */
  @JsonProperty("equity")
  EQUITY,
  /** Subcontracting partners, optionally with a central sales desk (合作渠道). */
  @JsonProperty("partner")
  PARTNER,
  /** A commissioned agent (代理制), the comparator. */
  @JsonProperty("agent")
  AGENT;

  /** The lower-case name used in files and outputs. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package chainsim.roster.domain;

import java.util.List;

/**
 * A sequence of consecutive days a staff member should not work, e.g. a late shift followed by an
 * early one, or a free Friday before a working weekend. Each occurrence costs the weight.
 */
public record UnwantedPattern(String id, int weight, List<PatternEntry> entries) {
  public UnwantedPattern {
    entries = List.copyOf(entries);
  }
}

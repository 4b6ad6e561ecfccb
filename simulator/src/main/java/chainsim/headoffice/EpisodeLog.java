package chainsim.headoffice;

import chainsim.selling.EntityEvent;
import java.util.List;
import java.util.Locale;

/**
 * Conditions that recur month after month (orders cancelled, recall campaigns, complaints past
 * their service level) are told as episodes: one event per stretch of months, with the totals,
 * instead of one per month. Quiet gaps of up to two months do not end an episode.
 */
final class EpisodeLog {
  /** An occurrence this many months after the last one still belongs to the same episode. */
  static final int MERGE_WITHIN_MONTHS = 3;

  /** The kinds of episode, each with how its event is told. */
  enum Kind {
    CANCELLED(EntityEvent.ORDER_CANCELLED),
    RECALLS(EntityEvent.RECALLS),
    SLA(EntityEvent.SLA_BREACH);

    final String type;

    Kind(String type) {
      this.type = type;
    }
  }

  private final String[] entities;
  private final int[][] start;
  private final int[][] last;
  private final long[][] first;
  private final long[][] second;

  EpisodeLog(String[] entities) {
    this.entities = entities;
    int kinds = Kind.values().length;
    this.start = new int[kinds][entities.length];
    this.last = new int[kinds][entities.length];
    this.first = new long[kinds][entities.length];
    this.second = new long[kinds][entities.length];
  }

  /**
   * Records a month's occurrences of a kind for an entity: {@code count} (for SLA, the answers
   * late) and {@code also} (for SLA, the acknowledgements late).
   */
  void record(Kind kind, int entity, int month, long count, long also, List<EntityEvent> events) {
    if (count <= 0 && also <= 0) {
      return;
    }
    int k = kind.ordinal();
    if (start[k][entity] > 0 && month - last[k][entity] > MERGE_WITHIN_MONTHS) {
      close(kind, entity, events);
    }
    if (start[k][entity] == 0) {
      start[k][entity] = month;
    }
    last[k][entity] = month;
    first[k][entity] += count;
    second[k][entity] += also;
  }

  /** Tells every episode still open (at the end of the horizon). */
  void closeAll(List<EntityEvent> events) {
    for (Kind kind : Kind.values()) {
      for (int e = 0; e < entities.length; e++) {
        close(kind, e, events);
      }
    }
  }

  private void close(Kind kind, int entity, List<EntityEvent> events) {
    int k = kind.ordinal();
    if (start[k][entity] == 0) {
      return;
    }
    String months = start[k][entity] == last[k][entity]
        ? "in month " + start[k][entity]
        : "in months " + start[k][entity] + "-" + last[k][entity];
    String detail = switch (kind) {
      case CANCELLED -> String.format(Locale.ROOT,
          "%d orders cancelled %s: no partner could take them and no one in-house can deliver", first[k][entity], months);
      case RECALLS -> String.format(Locale.ROOT,
          "%d recall campaigns %s for clients whose health stayed low", first[k][entity], months);
      case SLA -> String.format(Locale.ROOT,
          "%d complaints answered late and %d acknowledged late %s", first[k][entity], second[k][entity], months);
    };
    events.add(new EntityEvent(start[k][entity], entities[entity], kind.type, detail));
    start[k][entity] = 0;
    last[k][entity] = 0;
    first[k][entity] = 0;
    second[k][entity] = 0;
  }
}

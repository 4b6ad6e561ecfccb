package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.html.Numbers;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail of an event ({@code events.csv} keeps it as the simulator wrote it: English, raw
 * numbers, month indices) told in the report's language: money in 万 or k/M, counts grouped,
 * months as calendar months, lines and regions by their labels. A detail of a form this class does
 * not know is shown as written, so a new kind of event still reads, if only in English.
 */
final class EventText {
  private static final String MONTHS = "(in months? \\d+(?:-\\d+)?)";
  private static final String ID = "([A-Za-z0-9_.-]+)";
  private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";

  /** A form of detail: the event type, its pattern, and how its groups are told. */
  private record Form(String type, Pattern pattern, String key, Function<Matcher, Object[]> arguments) {}

  private final Labels labels;
  private final Numbers numbers;
  private final Names names;
  private final List<String> calendar;
  private final List<Form> forms;

  EventText(Names names, Numbers numbers, List<String> calendar) {
    this.names = names;
    this.labels = names.labels();
    this.numbers = numbers;
    this.calendar = calendar;
    this.forms = List.of(
        form("cash_below_reserve", "cash " + NUMBER + " below reserve " + NUMBER, "cash_below_reserve",
            m -> new Object[] {money(m.group(1)), money(m.group(2))}),
        form("cash_below_zero", "cash " + NUMBER + " below zero", "cash_below_zero",
            m -> new Object[] {money(m.group(1))}),
        form("spend_paused", ID + ": ROI " + NUMBER + " below benchmark " + NUMBER + " for (\\d+) periods",
            "spend_paused", m -> new Object[] {names.marketing(m.group(1)), m.group(2), m.group(3), m.group(4)}),
        form("spend_resumed", ID, "spend_resumed", m -> new Object[] {names.marketing(m.group(1))}),
        form("order_cancelled", "(\\d+) orders cancelled " + MONTHS
            + ": no partner could take them and no one in-house can deliver", "order_cancelled",
            m -> new Object[] {count(m.group(1)), months(m.group(2))}),
        form("recalls", "(\\d+) recall campaigns " + MONTHS + " for clients whose health stayed low", "recalls",
            m -> new Object[] {count(m.group(1)), months(m.group(2))}),
        form("sla_breach", "(\\d+) complaints answered late and (\\d+) acknowledged late " + MONTHS, "sla_breach",
            m -> new Object[] {count(m.group(1)), count(m.group(2)), months(m.group(3))}),
        form("swing_alert", "active clients ([+-]?\\d+)% \\((\\d+) -> (\\d+)\\)", "swing_alert",
            m -> new Object[] {m.group(1), count(m.group(2)), count(m.group(3))}),
        form("gate_blocked", "skipped: " + ID + " not cash-flow positive after (\\d+) months", "gate_skipped",
            m -> new Object[] {m.group(1), m.group(2)}),
        form("gate_blocked", "deferred: " + ID + " not cash-flow positive after (\\d+) months", "gate_deferred",
            m -> new Object[] {m.group(1), m.group(2)}),
        form("reserve_blocked", "waits: opening cost would take cash below the reserve", "reserve_waits",
            m -> new Object[0]),
        form("opened", "([a-z]+) in " + ID, "opened",
            m -> new Object[] {names.mode(m.group(1)), names.region(m.group(2))}));
  }

  private static Form form(String type, String regex, String key, Function<Matcher, Object[]> arguments) {
    return new Form(type, Pattern.compile(regex), "eventtext." + key, arguments);
  }

  /** The detail in the reader's words, or as written when its form is unknown. */
  String describe(String type, String detail) {
    if (detail == null) {
      return "";
    }
    for (Form f : forms) {
      if (f.type().equals(type)) {
        Matcher m = f.pattern().matcher(detail);
        if (m.matches()) {
          return labels.format(f.key(), f.arguments().apply(m));
        }
      }
    }
    return detail;
  }

  private String money(String yuan) {
    return numbers.money(Double.parseDouble(yuan));
  }

  private String count(String n) {
    return numbers.count(Double.parseDouble(n));
  }

  /** {@code in month 39} or {@code in months 9-48} as calendar months. */
  private String months(String text) {
    String span = text.replaceFirst("in months? ", "");
    int dash = span.indexOf('-');
    if (dash < 0) {
      return labels.format("eventtext.in_month", month(span));
    }
    return labels.format("eventtext.in_months", month(span.substring(0, dash)), month(span.substring(dash + 1)));
  }

  private String month(String index) {
    int i = Integer.parseInt(index);
    return i >= 1 && i <= calendar.size() ? calendar.get(i - 1) : labels.format("eventtext.month_index", i);
  }
}

package chainsim.actuals;

import chainsim.accounting.Account;
import chainsim.scenario.Identified;
import chainsim.scenario.Mode;
import chainsim.scenario.Opening;
import chainsim.scenario.Role;
import chainsim.scenario.Scenario;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What actuals may name, from the scenario they are checked against, and the months they may cover. */
record Vocabulary(
    YearMonth start,
    YearMonth end,
    YearMonth asOf,
    Map<String, Opening> openings,
    List<String> products,
    Map<String, Role.Kind> roles,
    List<String> skills,
    List<String> regions,
    List<String> industries,
    List<String> costAccounts,
    Map<String, List<String>> marketingLines) {

  static Vocabulary of(Scenario s, YearMonth asOf) {
    Map<String, Opening> openings = new LinkedHashMap<>();
    s.expansion().forEach(o -> openings.put(o.id(), o));
    Map<String, Role.Kind> roles = new LinkedHashMap<>();
    s.roles().forEach(r -> roles.put(r.id(), r.kind()));
    List<String> accounts = new ArrayList<>();
    for (Account a : Account.values()) {
      if (a.isCost()) {
        accounts.add(a.key());
      }
    }
    accounts.add(Account.PLATFORM_FEES.key()); // an equity channel's cost, the head office's income
    YearMonth start = YearMonth.parse(s.horizon().start());
    return new Vocabulary(start, start.plusMonths(s.horizon().months() - 1L), asOf, openings, ids(s.products()),
        roles, ids(s.skills()), ids(s.regions()), ids(s.industries()), accounts, marketingLines(s));
  }

  /**
   * The marketing lines of each opening that runs a branch template: a direct branch its own, an
   * equity channel its operations template's (as the simulator builds it); none for the others.
   */
  static Map<String, List<String>> marketingLines(Scenario s) {
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (Opening o : s.expansion()) {
      String template = switch (o.mode()) {
        case DIRECT -> o.template();
        case EQUITY -> s.equityTemplate(o.template()).map(t -> t.operations()).orElse(null);
        default -> null;
      };
      List<String> ids = template == null ? List.of()
          : s.branchTemplate(template).map(t -> ids(t.marketing())).orElse(List.of());
      lines.put(o.id(), ids);
    }
    return lines;
  }

  private static List<String> ids(List<? extends Identified> items) {
    return items.stream().map(Identified::id).toList();
  }

  /** The entities a file may name: the scenario's openings, and the head office where it books. */
  List<String> entities(boolean headOffice) {
    List<String> ids = new ArrayList<>(openings.keySet());
    if (headOffice) {
      ids.add(ActualsFormat.HEAD_OFFICE);
    }
    return ids;
  }

  static Mode mode(String key) {
    for (Mode m : Mode.values()) {
      if (m.key().equals(key)) {
        return m;
      }
    }
    return null;
  }
}

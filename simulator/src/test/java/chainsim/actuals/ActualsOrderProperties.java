package chainsim.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A finance team's export has no particular row order: the worked example with the rows of every
 * file shuffled still validates, and reads back as the same rows.
 */
class ActualsOrderProperties {
  static final Path EXAMPLE = Path.of("../scenarios/actuals");
  static final YearMonth AS_OF = YearMonth.of(2027, 6);

  @Property(tries = 15)
  void rowOrderDoesNotMatter(@ForAll long seed) throws Exception {
    Scenario baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    Path dir = Files.createTempDirectory("actuals-order-");
    try {
      check(baseline, dir, seed);
    } finally {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void check(Scenario baseline, Path dir, long seed) throws Exception {
    Random random = new Random(seed); // the shuffle only: no simulation draws come from it
    for (Table t : ActualsFormat.TABLES) {
      List<String> lines = Files.readAllLines(EXAMPLE.resolve(t.path()), StandardCharsets.UTF_8);
      List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
      Collections.shuffle(rows, random);
      rows.add(0, lines.get(0));
      Path file = dir.resolve(t.path());
      Files.createDirectories(file.getParent());
      Files.write(file, rows, StandardCharsets.UTF_8);
    }
    Actuals shuffled = ActualsReader.read(dir, baseline, AS_OF);
    Actuals example = ActualsReader.read(EXAMPLE, baseline, AS_OF);
    assertThat(shuffled.revenue()).containsExactlyInAnyOrderElementsOf(example.revenue());
    assertThat(shuffled.costs()).containsExactlyInAnyOrderElementsOf(example.costs());
    assertThat(shuffled.headcount()).containsExactlyInAnyOrderElementsOf(example.headcount());
    assertThat(shuffled.clients()).containsExactlyInAnyOrderElementsOf(example.clients());
    assertThat(shuffled.cash()).containsExactlyInAnyOrderElementsOf(example.cash());
    assertThat(shuffled.staff()).containsExactlyInAnyOrderElementsOf(example.staff());
    assertThat(shuffled.clientBook()).containsExactlyInAnyOrderElementsOf(example.clientBook());
  }
}

package chainsim.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.accounting.Account;
import chainsim.scenario.Mode;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed files of the actuals format: the column reference in docs/actuals.md and the
 * worked example in scenarios/actuals. To regenerate both:
 * {@code ./mvnw -q -B -pl simulator test -Dtest=ActualsFilesTest -Dchainsim.regenerate=true}.
 */
class ActualsFilesTest {
  static final Path DOC = Path.of("../docs/actuals.md");
  static final Path EXAMPLE = Path.of("../scenarios/actuals");
  static final YearMonth AS_OF = YearMonth.of(2027, 6);
  static final String HOW = "stale; regenerate with ./mvnw -q -B -pl simulator test -Dtest=ActualsFilesTest"
      + " -Dchainsim.regenerate=true";

  private static boolean regenerate() {
    return Boolean.getBoolean("chainsim.regenerate");
  }

  @Test
  void committedColumnReferenceMatchesTheFormat() throws Exception {
    String committed = Files.readString(DOC, StandardCharsets.UTF_8);
    String fresh = ActualsReference.splice(committed);
    if (regenerate()) {
      Files.writeString(DOC, fresh, StandardCharsets.UTF_8);
      committed = fresh;
    }
    assertThat(committed).as(DOC + " is " + HOW).isEqualTo(fresh);
    assertThat(fresh).contains("### `actuals/revenue.csv`", "| `revenue_cny` | yuan >= 0 | yes |");
  }

  @Test
  void workedExampleIsTheTrueScenariosReplicationZeroAndValidatesAgainstTheBaseline(@TempDir Path dir)
      throws Exception {
    Scenario truth = ScenarioLoader.load(EXAMPLE.resolve("true.yaml")).scenario();
    Actuals actuals = new ActualsSynthesizer(truth).synthesize(AS_OF, 0);
    if (regenerate()) {
      for (String folder : List.of("actuals", "state")) {
        ActualsWriter.writeFolder(EXAMPLE.resolve(folder), folder, actuals);
      }
    }
    ActualsWriter.write(dir, actuals);
    for (Table t : ActualsFormat.TABLES) {
      assertThat(Files.readString(EXAMPLE.resolve(t.path()), StandardCharsets.UTF_8))
          .as(EXAMPLE.resolve(t.path()) + " is " + HOW)
          .isEqualTo(Files.readString(dir.resolve(t.path()), StandardCharsets.UTF_8));
    }
    Scenario baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    assertThat(ActualsReader.validate(EXAMPLE, baseline, AS_OF)).isEmpty();
    assertThat(ActualsReader.validate(EXAMPLE, truth, AS_OF)).isEmpty();
  }

  @Test
  void templateFilledInReadsBackAsWritten(@TempDir Path dir) throws Exception {
    Scenario baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
    YearMonth jan = YearMonth.of(2027, 1);
    YearMonth feb = YearMonth.of(2027, 2);
    ActualsWriter.write(dir, Actuals.empty(feb));
    assertThat(Files.readString(dir.resolve("actuals/funnel.csv")))
        .isEqualTo("month,entity,contacts,qualified_contacts,leads,signings,signed_revenue_cny\n");
    assertThat(ActualsReader.read(dir, baseline, feb)).isEqualTo(Actuals.empty(feb));

    Actuals filled = new Actuals(feb,
        List.of(new Actuals.Revenue(feb, "suzhou-direct", "high_tech_cert", 125000.5, 12, 480000.0)),
        List.of(new Actuals.Cost(jan, "suzhou-direct", Account.RENT, 52800.0),
            new Actuals.Cost(jan, "head_office", Account.CENTRAL_DATA, 20000.0)),
        List.of(new Actuals.Headcount(jan, "suzhou-direct", "sales", null, 6, 6, 0),
            new Actuals.Headcount(feb, "suzhou-direct", "sales", null, 5, 0, 1),
            new Actuals.Headcount(feb, "suzhou-direct", "service", "tax", 2, null, null)),
        List.of(new Actuals.Funnel(feb, "suzhou-direct", 260, 40, null, 12, 480000.0)),
        List.of(new Actuals.Clients(jan, "suzhou-direct", 0, 0, 0), new Actuals.Clients(feb, "suzhou-direct", 1, 1, 0)),
        List.of(new Actuals.Cash(jan, "head_office", 0.0, 1300000.0, 0.0, 10700000.0),
            new Actuals.Cash(feb, "head_office", 300000.0, 450000.0, 5000.0, 10550000.0),
            new Actuals.Cash(feb, "suzhou-direct", 300000.0, 340000.0, 5000.0, null)),
        List.of(new Actuals.Opening("suzhou-direct", Mode.DIRECT, "suzhou", jan)),
        List.of(new Actuals.Staff("suzhou-direct", "sales", null, jan, 5),
            new Actuals.Staff("suzhou-direct", "service", "tax", jan, 2)),
        List.of(new Actuals.Client("CRM-0001", "suzhou-direct", "suzhou", "software", feb,
                List.of("high_tech_cert", "ip_filing"), feb, 125000.5, "active"),
            new Actuals.Client("CRM-0002, Ltd", null, "suzhou", "biotech", jan, List.of("tax_bookkeeping"), jan, 800,
                "churned")),
        List.of(new Actuals.Receivable("suzhou-direct", YearMonth.of(2027, 3), 3000),
            new Actuals.Receivable("suzhou-direct", null, 2000)));
    Path filledDir = dir.resolve("filled");
    ActualsWriter.write(filledDir, filled);
    assertThat(Files.readString(filledDir.resolve("state/clients.csv"))).contains("\"CRM-0002, Ltd\",,suzhou");
    assertThat(ActualsReader.read(filledDir, baseline, feb)).isEqualTo(filled);
  }
}

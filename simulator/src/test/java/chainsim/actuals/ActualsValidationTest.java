package chainsim.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.scenario.Problem;
import chainsim.scenario.Scenario;
import chainsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem the reader reports, on a small bad file in an otherwise empty template, checked
 * against the baseline (2027-01 to 2029-12) as of 2027-06: the file, the line, the CSV column of
 * the offending cell, and the message.
 */
class ActualsValidationTest {
  static final YearMonth AS_OF = YearMonth.of(2027, 6);
  static Scenario baseline;

  @BeforeAll
  static void load() throws Exception {
    baseline = ScenarioLoader.load(Path.of("../scenarios/baseline.yaml")).scenario();
  }

  static Stream<Arguments> badFiles() {
    String rev = "month,entity,product,revenue_cny\n";
    String costs = "month,entity,account,amount_cny\n";
    String hc = "month,entity,role,skill,headcount,hires,leavers\n";
    String clients = "month,entity,new,active,churned\n";
    String cash = "month,entity,cash_in_cny,cash_out_cny,receivables_cny,balance_cny\n";
    String mkt = "month,entity,line,leads,spend_cny\n";
    String book = "firm_id,entity,region,industry,first_order_month,products,last_order_month,revenue_to_date_cny,"
        + "status\n";
    return Stream.of(
        Arguments.of("actuals/revenue.csv", "month,entity,prodcut,revenue_cny\n",
            "1:3: unknown column 'prodcut' (did you mean 'product'?); the columns are month,entity,product,revenue_cny,"
                + "signings,signed_revenue_cny"),
        Arguments.of("actuals/revenue.csv", "month,entity,revenue_cny\n", "1:4: missing column 'product'"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-direct,high_tech_cert\n",
            "2:4: the row has 3 cells, the header 4"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-direct,\"high_tech_cert,100\n",
            "2:1: not readable as CSV"),
        Arguments.of("actuals/revenue.csv", rev + "Feb 2027,suzhou-direct,high_tech_cert,100\n",
            "2:1: not a month: 'Feb 2027' (YYYY-MM, e.g. 2027-01)"),
        Arguments.of("actuals/revenue.csv", rev + "2026-12,suzhou-direct,high_tech_cert,100\n",
            "2:1: month 2026-12 is outside the horizon (2027-01 to 2029-12)"),
        Arguments.of("actuals/revenue.csv", rev + "2027-07,suzhou-direct,high_tech_cert,100\n",
            "2:1: month 2027-07 is after the as-of month 2027-06"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-drect,high_tech_cert,100\n",
            "2:2: unknown branch or channel 'suzhou-drect' (did you mean 'suzhou-direct'?)"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-direct,high_tech,100\n",
            "2:3: unknown product 'high_tech'"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-direct,high_tech_cert,-5\n",
            "2:4: negative revenue_cny: -5"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-direct,high_tech_cert,1e5\n",
            "2:4: not an amount in yuan: '1e5' (digits and a decimal point, e.g. 12500.00)"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-direct,high_tech_cert,\n",
            "2:4: missing value: revenue_cny is required"),
        Arguments.of("actuals/revenue.csv", rev + "2027-02,suzhou-direct,high_tech_cert,1\n"
            + "2027-02,suzhou-direct,high_tech_cert,2\n",
            "3:1: duplicate row: the same month, entity, product as line 2"),
        Arguments.of("actuals/revenue.csv", "month,entity,product,revenue_cny,signings,signed_revenue_cny\n"
            + "2027-02,suzhou-direct,high_tech_cert,100,0,50000\n",
            "2:6: signed revenue 50000.00 with no order signed"),
        Arguments.of("actuals/funnel.csv", "month,entity,contacts,qualified_contacts,leads,signings,signed_revenue_cny\n"
            + "2027-02,suzhou-direct,10,12,,,\n",
            "2:4: qualified contacts 12 exceed the 10 contacts"),
        Arguments.of("actuals/costs.csv", costs + "2027-02,suzhou-direct,payrol_base,1\n",
            "2:3: unknown cost category 'payrol_base' (did you mean 'payroll_base'?)"),
        Arguments.of("actuals/costs.csv", costs + "2027-02,suzhou-direct,central_data,1\n",
            "2:3: central_data is a head-office cost: book it on entity head_office"),
        Arguments.of("actuals/costs.csv", costs + "2027-02,head_office,rent,1\n",
            "2:3: rent is a branch or channel cost; the head office books only central_* accounts"),
        Arguments.of("actuals/costs.csv", costs + "2027-02,suzhou-direct,platform_fees,1\n",
            "2:3: platform_fees is what an equity channel's local firm pays the head office: only equity channels"
                + " book it"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,consultant,,3,,\n",
            "2:3: unknown role 'consultant'"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,service,,3,,\n",
            "2:4: missing value: role 'service' is a service role and needs a skill"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,sales,tax,3,,\n",
            "2:4: role 'sales' has no skill: leave skill empty"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,service,taxes,3,,\n",
            "2:4: unknown skill 'taxes' (did you mean 'tax'?)"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,sales,,-1,,\n",
            "2:5: negative headcount: -1"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,sales,,2.5,,\n",
            "2:5: not a whole number: '2.5'"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,sales,,99999999999,,\n",
            "2:5: headcount 99999999999 is too large"),
        Arguments.of("actuals/headcount.csv", hc + "2027-02,suzhou-direct,sales,,6,6,0\n"
            + "2027-03,suzhou-direct,sales,,6,1,0\n",
            "3:5: headcount 6 does not add up: 6 in 2027-02 (line 2) + 1 hires - 0 leavers = 7"),
        Arguments.of("actuals/clients.csv", clients + "2027-02,suzhou-direct,15,15,0\n2027-03,suzhou-direct,11,20,1\n",
            "3:4: active 20 does not add up: 15 active in 2027-02 (line 2) + 11 new - 1 churned = 25"),
        Arguments.of("actuals/cash.csv", cash + "2027-01,head_office,0,100,,1000\n2027-02,head_office,50,20,,1100\n",
            "3:6: balance 1100.00 does not add up: 1000.00 in 2027-01 (line 2) + 50.00 in - 20.00 out = 1030.00"),
        Arguments.of("actuals/cash.csv", cash + "2027-06,suzhou-direct,,,500,\n",
            "2:5: receivables 500.00 in 2027-06, but state/receivables.csv adds up to 0.00 for suzhou-direct"),
        Arguments.of("actuals/clients.csv", clients + "2027-06,suzhou-direct,2,2,0\n",
            "2:4: active 2 in 2027-06, but the client book (state/clients.csv) has 0 active clients of"
                + " suzhou-direct"),
        Arguments.of("actuals/headcount.csv", hc + "2027-06,suzhou-direct,sales,,4,,\n",
            "2:5: state/staff.csv holds 0 people of suzhou-direct sales, headcount.csv 4 in 2027-06 (line 2)"),
        Arguments.of("state/openings.csv", "entity,mode,region,opened_month\nsuzhou-direct,equity,suzhou,2027-01\n",
            "2:2: mode 'equity' differs from the scenario's 'direct' for suzhou-direct"),
        Arguments.of("state/openings.csv", "entity,mode,region,opened_month\nsuzhou-direct,franchise,suzhou,2027-01\n",
            "2:2: unknown mode 'franchise' (direct, equity, partner or agent)"),
        Arguments.of("state/staff.csv", "entity,role,skill,hire_month,count\nsuzhou-direct,sales,,2027-09,1\n",
            "2:4: month 2027-09 is after the as-of month 2027-06"),
        Arguments.of("state/clients.csv", book
            + "f1,suzhou-direct,suzhou,software,2027-04,high_tech_cert,2027-03,100,active\n",
            "2:7: last order 2027-03 is before the first order 2027-04"),
        Arguments.of("state/clients.csv", book + "f1,,suzhou,software,2027-04,high_tech_cert,2027-04,100,active\n",
            "2:2: missing value: an active client needs the branch or channel that owns it"),
        Arguments.of("state/clients.csv", book + "f1,,suzhou,software,2027-04,high_tech_cert,2027-04,100,lost\n",
            "2:9: unknown status 'lost'"),
        Arguments.of("state/clients.csv", book
            + "f1,,suzhou,softwar,2027-04,high_tech_cert;ipfiling,2027-04,100,churned\n",
            "2:4: unknown industry 'softwar' (did you mean 'software'?)"),
        Arguments.of("state/clients.csv", book
            + "f1,,suzhou,software,2027-04,high_tech_cert;ipfiling,2027-04,100,churned\n",
            "2:6: unknown product 'ipfiling' (did you mean 'ip_filing'?)"),
        Arguments.of("state/receivables.csv", "entity,due_month,amount_cny\nsuzhou-direct,2027-13,5\n",
            "2:2: not a month: '2027-13' (YYYY-MM, e.g. 2027-01)"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-02,suzhou-direct,evnts,10,5000\n",
            "2:3: unknown marketing line 'evnts' for suzhou-direct (did you mean 'events'?)"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-02,suzhou-direct,radio,10,5000\n",
            "2:3: unknown marketing line 'radio' for suzhou-direct (its lines: online, events)"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-02,suzhou-partner,online,10,5000\n",
            "2:3: suzhou-partner has no marketing lines (a partner opening): nothing to report in marketing.csv"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-02,suzhou-direct,online,-3,5000\n",
            "2:4: negative leads: -3"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-02,suzhou-direct,online,3,-5\n",
            "2:5: negative spend_cny: -5"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-02,suzhou-direct,online,,5000\n",
            "2:4: missing value: leads is required"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-08,suzhou-direct,online,3,5000\n",
            "2:1: month 2027-08 is after the as-of month 2027-06"),
        Arguments.of("actuals/marketing.csv", mkt + "2027-02,suzhou-direct,online,3,5000\n"
            + "2027-02,suzhou-direct,online,4,5000\n",
            "3:1: duplicate row: the same month, entity, line as line 2"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("badFiles")
  void everyProblemIsLocatedAtItsCell(String file, String content, String expected, @TempDir Path dir)
      throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    List<Problem> problems = ActualsReader.validate(dir, baseline, AS_OF);
    assertThat(problems).isNotEmpty();
    Problem first = problems.get(0);
    assertThat(first.file()).isEqualTo(dir.resolve(file));
    assertThat(first.line() + ":" + first.column() + ": " + first.message()).startsWith(expected);
    assertThat(first.format()).endsWith(file + ":" + first.line() + ":" + first.column() + ": " + first.message());
  }

  @Test
  void nothingIsReportedForTheMonthsBeforeAnOpening(@TempDir Path dir) throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    Files.writeString(dir.resolve("state/openings.csv"),
        "entity,mode,region,opened_month\nsuzhou-direct,direct,suzhou,2027-03\n");
    Files.writeString(dir.resolve("actuals/funnel.csv"),
        "month,entity,contacts,leads,signings,signed_revenue_cny\n2027-02,suzhou-direct,10,,,\n"
            + "2027-03,suzhou-direct,10,,,\n");
    assertThat(ActualsReader.validate(dir, baseline, AS_OF)).extracting(p -> p.line() + ":" + p.column() + ": "
        + p.message()).containsExactly("2:1: suzhou-direct opened in 2027-03 (state/openings.csv line 2): nothing"
            + " to report for 2027-02");
  }

  @Test
  void newClientsComeFromQualifiedContactsAndLeads(@TempDir Path dir) throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    Files.writeString(dir.resolve("actuals/funnel.csv"),
        "month,entity,contacts,qualified_contacts,leads,signings,signed_revenue_cny\n"
            + "2027-02,suzhou-direct,100,8,5,20,\n2027-03,suzhou-direct,100,,5,20,\n");
    // 14 new in 2027-02 is more than 8 + 5 firms with a need; 2027-03 gives no qualified contacts: not checked.
    // 20 signings are fine: repeat and cross-sold orders are signings too.
    Files.writeString(dir.resolve("actuals/clients.csv"),
        "month,entity,new,active,churned\n2027-02,suzhou-direct,14,14,0\n2027-03,suzhou-direct,30,44,0\n");
    assertThat(ActualsReader.validate(dir, baseline, AS_OF)).extracting(p -> p.file().getFileName() + ":" + p.line()
        + ":" + p.column() + ": " + p.message()).containsExactly("clients.csv:2:3: new 14 exceeds the firms with a"
            + " need worked in 2027-02: 8 qualified contacts + 5 leads = 13 (funnel.csv line 2)");
  }

  @Test
  void signingsByProductAddUpToTheFunnel(@TempDir Path dir) throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    Files.writeString(dir.resolve("actuals/funnel.csv"),
        "month,entity,contacts,qualified_contacts,leads,signings,signed_revenue_cny\n"
            + "2027-02,suzhou-direct,,,,5,200000\n2027-03,suzhou-direct,,,,5,200000\n"
            + "2027-04,suzhou-direct,,,,5,200000\n");
    Files.writeString(dir.resolve("actuals/revenue.csv"),
        "month,entity,product,revenue_cny,signings,signed_revenue_cny\n"
            + "2027-02,suzhou-direct,high_tech_cert,0,3,150000\n2027-02,suzhou-direct,ip_filing,0,2,50000.50\n"
            + "2027-03,suzhou-direct,high_tech_cert,0,3,150000\n2027-03,suzhou-direct,ip_filing,0,1,48000\n"
            + "2027-04,suzhou-direct,high_tech_cert,0,3,150000\n2027-04,suzhou-direct,ip_filing,0,,\n");
    // 2027-02 adds up (within a yuan); 2027-03 does not; 2027-04 leaves a product's orders empty: not checked
    assertThat(ActualsReader.validate(dir, baseline, AS_OF)).extracting(p -> p.file().getFileName() + ":" + p.line()
        + ":" + p.column() + ": " + p.message()).containsExactly(
            "revenue.csv:4:5: signings by product add up to 4 in 2027-03 for suzhou-direct, funnel.csv has 5 (line 3)",
            "revenue.csv:4:6: signed revenue by product adds up to 198000.00 in 2027-03 for suzhou-direct, funnel.csv"
                + " has 200000.00 (line 3)");
  }

  @Test
  void leadsAndSpendByMarketingLineAddUpToTheFunnelAndTheCosts(@TempDir Path dir) throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    Files.writeString(dir.resolve("actuals/funnel.csv"),
        "month,entity,contacts,qualified_contacts,leads,signings,signed_revenue_cny\n"
            + "2027-02,suzhou-direct,,,70,,\n2027-03,suzhou-direct,,,70,,\n2027-04,suzhou-direct,,,,,\n");
    Files.writeString(dir.resolve("actuals/costs.csv"), "month,entity,account,amount_cny\n"
        + "2027-02,suzhou-direct,marketing,45000\n2027-03,suzhou-direct,marketing,45000\n"
        + "2027-04,suzhou-direct,marketing,45000\n");
    Files.writeString(dir.resolve("actuals/marketing.csv"), "month,entity,line,leads,spend_cny\n"
        + "2027-02,suzhou-direct,online,58,30000\n2027-02,suzhou-direct,events,12,15000.40\n"
        + "2027-03,suzhou-direct,online,58,30000\n2027-03,suzhou-direct,events,11,14000\n"
        + "2027-04,suzhou-direct,online,58,30000\n2027-04,suzhou-direct,events,13,\n");
    // 2027-02 adds up (spend within a yuan); 2027-03 does not, leads nor spend; 2027-04 has no leads in
    // funnel.csv and a line's spend empty: not checked
    assertThat(ActualsReader.validate(dir, baseline, AS_OF)).extracting(p -> p.file().getFileName() + ":" + p.line()
        + ":" + p.column() + ": " + p.message()).containsExactly(
            "marketing.csv:4:4: leads by marketing line add up to 69 in 2027-03 for suzhou-direct, funnel.csv has 70"
                + " (line 3)",
            "marketing.csv:4:5: spend by marketing line adds up to 44000.00 in 2027-03 for suzhou-direct, costs.csv"
                + " has 45000.00 of marketing (line 3)");
  }

  @Test
  void marketingByLineIsOptionalAndReadsBackAsWritten(@TempDir Path dir) throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    assertThat(Files.readString(dir.resolve("actuals/marketing.csv")))
        .isEqualTo("month,entity,line,leads,spend_cny\n");
    Files.delete(dir.resolve("actuals/marketing.csv"));
    // a directory written before marketing.csv existed is still valid: leads are not split by line
    assertThat(ActualsReader.read(dir, baseline, AS_OF)).isEqualTo(Actuals.empty(AS_OF));
    YearMonth feb = YearMonth.of(2027, 2);
    Actuals byLine = new Actuals(AS_OF, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(new Actuals.Marketing(feb, "suzhou-direct", "online", 58, 30000.0),
            new Actuals.Marketing(feb, "suzhou-direct", "events", 12, null)));
    ActualsWriter.write(dir, byLine);
    assertThat(Files.readString(dir.resolve("actuals/marketing.csv"))).isEqualTo("month,entity,line,leads,spend_cny\n"
        + "2027-02,suzhou-direct,online,58,30000.00\n2027-02,suzhou-direct,events,12,\n");
    assertThat(ActualsReader.read(dir, baseline, AS_OF)).isEqualTo(byLine);
  }

  @Test
  void aMissingFileIsAProblemOfItsOwn(@TempDir Path dir) throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    Files.delete(dir.resolve("actuals/funnel.csv"));
    List<Problem> problems = ActualsReader.validate(dir, baseline, AS_OF);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(dir.resolve("actuals/funnel.csv"));
      assertThat(p.message()).startsWith("missing file");
    });
  }

  @Test
  void everyProblemOfAFileIsReportedInLineOrder(@TempDir Path dir) throws Exception {
    ActualsWriter.write(dir, Actuals.empty(AS_OF));
    Files.writeString(dir.resolve("actuals/revenue.csv"), "month,entity,product,revenue_cny\n"
        + "2027-02,nowhere,high_tech_cert,-1\n2027-03,suzhou-direct,high_tech_cert,10\n2027-13,,x,1\n");
    List<Problem> problems = ActualsReader.validate(dir, baseline, AS_OF);
    assertThat(problems).extracting(p -> p.line() + ":" + p.column())
        .containsExactly("2:2", "2:4", "4:1", "4:2", "4:3");
  }
}

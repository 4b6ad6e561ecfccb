package chainsim.testing;

import chainsim.actuals.Actuals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * A hand-made run directory of the baseline scenario (suzhou-baseline, 36 months from 2027-01)
 * with bands for months 1 and 2 only, and hand-made actuals to 2027-02 to check against it.
 */
public final class TinyRun {
  public static final String ENTITY = "suzhou-direct";
  public static final String ZERO = "0,0,0,0,0,0";

  private TinyRun() {}

  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("scenario.yaml"), "name: suzhou-baseline\nhorizon:\n  start: 2027-01\n  months: 36\n");
    Files.writeString(dir.resolve("summary.json"),
        "{\n  \"scenario\" : \"suzhou-baseline\",\n  \"start\" : \"2027-01\",\n  \"months\" : 36\n}\n");
    Files.writeString(dir.resolve("manifest.json"), "{\n  \"scenario\" : {\n    \"name\" : \"suzhou-baseline\"\n  }\n}\n");
    Files.writeString(dir.resolve("monthly.csv"), "metric,unit,month,calendar_month,mean,p5,p25,p50,p75,p95\n"
        + "cash.balance,cny,1,2027-01,1000,1000,1000,1000,1000,1000\n"
        + "cash.balance,cny,2,2027-02,1200,900,1000,1100,1200,1400\n");
    StringBuilder e = new StringBuilder("entity,mode,region,metric,unit,month,calendar_month,mean,p5,p25,p50,p75,p95\n");
    row(e, "revenue", "cny", ZERO, "110,50,80,100,120,200");
    row(e, "new_clients", "count", ZERO, "12,6,9,12,15,20");
    row(e, "active_clients", "count", ZERO, "12,6,9,12,15,20");
    row(e, "signed_revenue", "cny", ZERO, "750,400,600,700,900,1200");
    row(e, "contacts", "count", ZERO, "140,100,120,140,160,180");
    row(e, "leads", "count", ZERO, "2,0,1,2,3,4");
    row(e, "signed_orders", "count", ZERO, "15,8,12,15,18,24");
    row(e, "revenue.product.tax_bookkeeping", "cny", ZERO, "110,50,80,100,120,200");
    row(e, "headcount.sales", "count", "4,3,4,4,4,5", "4,3,4,4,4,5");
    Files.writeString(dir.resolve("entities.csv"), e.toString());
    return dir;
  }

  private static void row(StringBuilder out, String metric, String unit, String month1, String month2) {
    out.append(ENTITY).append(",direct,suzhou,").append(metric).append(',').append(unit).append(",1,2027-01,")
        .append(month1).append('\n');
    out.append(ENTITY).append(",direct,suzhou,").append(metric).append(',').append(unit).append(",2,2027-02,")
        .append(month2).append('\n');
  }

  /** Actuals to 2027-02: 5 sales consultants, 98 contacts and 2 leads, 10 new clients, 12 orders for 600, 90 of revenue. */
  public static Actuals actuals() {
    YearMonth jan = YearMonth.of(2027, 1);
    YearMonth feb = YearMonth.of(2027, 2);
    return new Actuals(feb,
        List.of(new Actuals.Revenue(feb, ENTITY, "tax_bookkeeping", 90)),
        List.of(),
        List.of(new Actuals.Headcount(jan, ENTITY, "sales", null, 5, 5, 0),
            new Actuals.Headcount(feb, ENTITY, "sales", null, 5, null, null)),
        List.of(new Actuals.Funnel(jan, ENTITY, 0, null, 0, 0, 0.0), new Actuals.Funnel(feb, ENTITY, 98, null, 2, 12, 600.0)),
        List.of(new Actuals.Clients(jan, ENTITY, 0, 0, 0), new Actuals.Clients(feb, ENTITY, 10, 10, 0)),
        List.of(new Actuals.Cash(feb, "head_office", null, null, null, 1000.0)),
        List.of(), List.of(), List.of(), List.of());
  }
}

package chainsim.report.runreport;

import chainsim.report.html.Labels;
import chainsim.report.run.RunFiles;
import chainsim.report.table.ExcelWorkbook;
import chainsim.report.table.Kind;
import chainsim.report.table.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report.xlsx}: every table of the report on its own sheet, then the monthly series of the
 * chain and of each branch in long form (one row per series and month) for pivot tables.
 */
final class RunWorkbook {
  private RunWorkbook() {}

  static byte[] bytes(RunReport report) throws IOException {
    RunData run = report.run();
    Labels labels = report.labels();
    RunTables tables = report.tables();
    Assumptions assumptions = report.assumptions();
    try (ExcelWorkbook book = new ExcelWorkbook("chainsim " + run.chainsimVersion())) {
      book.sheet(tables.keyFigures(report.keyFigures()))
          .sheet(tables.risks(report.risks()))
          .sheet(tables.entities())
          .sheet(tables.plan())
          .sheet(tables.events())
          .sheet(tables.operations())
          .sheet(tables.milestones())
          .sheet(tables.sensitivity())
          .sheet(assumptions.framing())
          .sheet(assumptions.uncertainInputs(run.summary().sensitivity()))
          .sheet(tables.manifest())
          .sheet(monthly(run, labels))
          .sheet(entityMonthly(run, labels));
      return book.bytes();
    }
  }

  private static Table monthly(RunData run, Labels labels) {
    Table t = seriesTable(labels.get("sheet.monthly"), labels, false);
    run.monthly().all().forEach((metric, s) -> {
      Kind kind = kindOf(s.unit());
      for (int m = 0; m < s.mean().length; m++) {
        t.row(metric, s.unit(), m + 1, run.monthly().calendar().get(m), typed(s.mean()[m], kind),
            typed(s.p5()[m], kind), typed(s.p25()[m], kind), typed(s.p50()[m], kind), typed(s.p75()[m], kind),
            typed(s.p95()[m], kind));
      }
    });
    return t;
  }

  /** entities.csv as it is: it is only ever shown here, so it is streamed, not kept. */
  private static Table entityMonthly(RunData run, Labels labels) throws IOException {
    Table t = seriesTable(labels.get("sheet.entity_monthly"), labels, true);
    Path file = run.dir().resolve(RunFiles.ENTITIES);
    if (!Files.isRegularFile(file)) {
      return t;
    }
    Csv.read(file, List.of("entity", "metric", "unit", "month", "calendar_month", "mean", "p5", "p25", "p50", "p75",
        "p95"), row -> {
          Kind kind = kindOf(row.text("unit"));
          t.row(row.text("entity"), row.text("metric"), row.text("unit"), row.integer("month"),
              row.text("calendar_month"), typed(row.number("mean"), kind), typed(row.number("p5"), kind),
              typed(row.number("p25"), kind), typed(row.number("p50"), kind), typed(row.number("p75"), kind),
              typed(row.number("p95"), kind));
        });
    return t;
  }

  private static Table seriesTable(String name, Labels labels, boolean withEntity) {
    List<Object> spec = new java.util.ArrayList<>();
    if (withEntity) {
      spec.addAll(List.of(labels.get("col.entity"), Kind.TEXT));
    }
    spec.addAll(List.of(labels.get("col.metric"), Kind.TEXT, labels.get("col.unit"), Kind.TEXT,
        labels.get("col.month_index"), Kind.COUNT, labels.get("col.month"), Kind.TEXT, labels.get("col.mean"),
        Kind.NUMBER, "P5", Kind.NUMBER, "P25", Kind.NUMBER, "P50", Kind.NUMBER, "P75", Kind.NUMBER, "P95",
        Kind.NUMBER));
    return Table.of(name, spec.toArray());
  }

  /** How a unit of the run files reads. */
  static Kind kindOf(String unit) {
    return switch (unit) {
      case "cny" -> Kind.MONEY;
      case "count" -> Kind.COUNT;
      case "ratio" -> Kind.PERCENT;
      default -> Kind.NUMBER;
    };
  }

  private static Table.Typed typed(double v, Kind kind) {
    return new Table.Typed(v, kind);
  }
}

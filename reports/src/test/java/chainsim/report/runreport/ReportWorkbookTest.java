package chainsim.report.runreport;

import static org.assertj.core.api.Assertions.assertThat;

import chainsim.report.TestRuns;
import chainsim.report.html.Lang;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** report.xlsx: one sheet per table, numbers as numeric cells with formats, no timestamps. */
class ReportWorkbookTest {
  static RunReport report;
  static byte[] bytes;

  @BeforeAll
  static void write() {
    report = RunReport.of(TestRuns.baseline(), Lang.EN);
    bytes = report.workbook();
  }

  @Test
  void everyTableHasItsOwnSheet() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("Headline", "Risks", "Break-even by branch", "Expansion plan", "Events",
          "Operations and service", "Client milestones", "Sensitivity", "Key assumptions", "Uncertain inputs",
          "Manifest", "Monthly series", "Branch monthly series");
      Sheet monthly = book.getSheet("Monthly series");
      assertThat(monthly.getLastRowNum()).isEqualTo(report.run().monthly().all().size() * 36);
      assertThat(monthly.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void figuresAreNumericCellsFormattedByWhatTheyMeasure() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet kpis = book.getSheet("Headline");
      Row npv = kpis.getRow(1);
      assertThat(npv.getCell(0).getStringCellValue()).startsWith("NPV");
      Cell value = npv.getCell(1);
      assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(value.getNumericCellValue()).isEqualTo(report.run().summary().stat("npv").p50());
      assertThat(value.getCellStyle().getDataFormatString()).contains("¥").contains("#,##0");
      Row cashBelowZero = kpis.getRow(3);
      assertThat(cashBelowZero.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cashBelowZero.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      Row cash = book.getSheet("Monthly series").getRow(1);
      assertThat(cash.getCell(0).getStringCellValue()).isEqualTo("cash.balance");
      assertThat(cash.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cash.getCell(7).getNumericCellValue())
          .isEqualTo(report.run().monthly().get("cash.balance").p50()[0]);
    }
  }

  @Test
  void theFileCarriesNoClockTime() throws Exception {
    LocalDateTime fixed = LocalDateTime.of(1980, 1, 1, 0, 0);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      int entries = 0;
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(fixed);
        entries++;
      }
      assertThat(entries).isGreaterThan(13);
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var core = book.getProperties().getCoreProperties();
      assertThat(core.getCreated().toInstant().toString()).isEqualTo("1980-01-01T00:00:00Z");
      assertThat(core.getCreator()).isEqualTo("chainsim test");
    }
    assertThat(RunReport.of(TestRuns.baseline(), Lang.EN).workbook()).isEqualTo(bytes);
  }
}

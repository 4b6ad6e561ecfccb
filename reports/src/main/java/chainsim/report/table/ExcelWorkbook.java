package chainsim.report.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as an Excel workbook, one sheet per table: numbers as numeric cells with a format by
 * kind (yuan, percent, count...), a bold frozen header with filters.
 *
 * <p>The file's bytes depend only on the tables: POI stamps the time into the document properties
 * and every zip entry, so both are set to one fixed instant (1980-01-01, the zip format's epoch).
 */
public final class ExcelWorkbook implements AutoCloseable {
  /** The instant written wherever the format wants a time. */
  static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final int MAX_WIDTH_CHARS = 60;

  /** Streaming: a national run's monthly sheets hold hundreds of thousands of cells. */
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
  private final CellStyle header;

  /**
   * @param creator written as the document's author, e.g. {@code chainsim 0.1.0}
   */
  public ExcelWorkbook(String creator) {
    var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setCreator(creator);
    Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
    header = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    for (Kind k : Kind.values()) {
      CellStyle style = workbook.createCellStyle();
      if (k.excelFormat() != null) {
        style.setDataFormat(workbook.createDataFormat().getFormat(k.excelFormat()));
      }
      styles.put(k, style);
    }
  }

  /** Adds a sheet named after the table (made valid and unique for Excel). */
  public ExcelWorkbook sheet(Table table) {
    String name = WorkbookUtil.createSafeSheetName(table.name());
    String unique = name;
    for (int i = 2; workbook.getSheet(unique) != null; i++) {
      String suffix = " (" + i + ")";
      unique = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
    }
    SXSSFSheet sheet = workbook.createSheet(unique);
    List<Table.Column> columns = table.columns();
    int[] widths = new int[columns.size()];
    Row top = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = top.createCell(c);
      cell.setCellValue(columns.get(c).header());
      cell.setCellStyle(header);
      widths[c] = displayWidth(columns.get(c).header());
    }
    int r = 1;
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        Kind kind = columns.get(c).kind();
        Cell cell = row.createCell(c);
        if (v instanceof Table.Typed t) {
          kind = t.kind();
          v = t.value();
        } else if (v instanceof Table.Signed d) {
          kind = d.kind();
          v = d.value();
        }
        if (kind.numeric()) {
          double number = ((Number) v).doubleValue();
          cell.setCellValue(kind == Kind.PERCENT_POINTS ? number * 100 : number);
          widths[c] = Math.max(widths[c], 12);
        } else {
          cell.setCellValue(v.toString());
          widths[c] = Math.max(widths[c], displayWidth(v.toString()));
        }
        cell.setCellStyle(styles.get(kind));
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, widths[c] + 2) * 256);
    }
    sheet.createFreezePane(0, 1);
    if (!table.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, table.rows().size(), 0, columns.size() - 1));
    }
    return this;
  }

  /** Characters of width: a Chinese character is about two Latin ones. */
  private static int displayWidth(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += text.charAt(i) > 0x2E80 ? 2 : 1;
    }
    return w;
  }

  /** The workbook's bytes, the same for the same tables. */
  public byte[] bytes() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    workbook.write(raw);
    return withFixedTimes(raw.toByteArray());
  }

  /**
   * The same zip with every entry's time set to {@link #FIXED_TIME}, entries in the same order. Read
   * through the central directory: streamed entries carry their sizes only there.
   */
  static byte[] withFixedTimes(byte[] zip) throws IOException {
    Path temporary = Files.createTempFile("chainsim-workbook-", ".zip");
    try {
      Files.write(temporary, zip);
      ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
      try (ZipFile in = new ZipFile(temporary.toFile());
          ZipOutputStream rewritten = new ZipOutputStream(out)) {
        for (ZipEntry e : Collections.list(in.entries())) {
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(FIXED_TIME);
          rewritten.putNextEntry(copy);
          try (InputStream data = in.getInputStream(e)) {
            data.transferTo(rewritten);
          }
          rewritten.closeEntry();
        }
      }
      return out.toByteArray();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public void close() throws IOException {
    workbook.close(); // also deletes the streamed rows' temporary files (POI 5.3)
  }
}

package vn.rollout.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.rollout.dashboard.ResolutionStatus.CommitteeStatus;
import vn.rollout.dashboard.ResolutionStatus.Report;
import vn.rollout.execution.ItemStatus;
import vn.rollout.process.VietnameseFormat;

/**
 * The dashboard's table as an Excel workbook: one sheet per level of the tree, Vietnamese headers,
 * item counts and report states filled with their status colour.
 */
final class StatusWorkbook {

  /** The first sheet's title row is row 0, the header row 2, committees from row 3. */
  static final int HEADER_ROW = 2;

  static final List<String> HEADERS;

  static {
    List<String> headers = new ArrayList<>(List.of("Mã cấp ủy", "Tên cấp ủy", "Cấp ủy cấp trên", "Giai đoạn"));
    for (ItemStatus status : ItemStatus.values()) {
      headers.add(status.label());
    }
    headers.addAll(List.of("Tổng số nhiệm vụ", "Tỷ lệ đúng hạn (%)", "Báo cáo sơ kết", "Báo cáo tổng kết",
        "Hạn tiếp theo", "Ngày hạn", "Còn (ngày)", "Cấp ủy đã triển khai", "Tổng số cấp ủy"));
    HEADERS = List.copyOf(headers);
  }

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, XSSFCellStyle> filled = new HashMap<>();
  private final XSSFCellStyle header;
  private final XSSFCellStyle title;
  private final XSSFCellStyle plain;

  private StatusWorkbook() {
    XSSFFont bold = workbook.createFont();
    bold.setBold(true);
    header = bordered();
    header.setFont(bold);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    XSSFFont big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    title = workbook.createCellStyle();
    title.setFont(big);
    plain = bordered();
  }

  static byte[] of(ResolutionStatus status) {
    return new StatusWorkbook().write(status);
  }

  static String sheetName(int level) {
    return level == 0 ? "Cấp ủy theo dõi" : "Cấp dưới " + level;
  }

  private byte[] write(ResolutionStatus status) {
    Map<String, String> names = status.committees().stream()
        .collect(Collectors.toMap(CommitteeStatus::code, CommitteeStatus::name));
    for (int level = 0; level < status.levels(); level++) {
      int current = level;
      sheet(status, current, status.committees().stream().filter(c -> c.level() == current).toList(), names);
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); workbook) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sheet(ResolutionStatus status, int level, List<CommitteeStatus> committees, Map<String, String> names) {
    XSSFSheet sheet = workbook.createSheet(sheetName(level));
    var titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue("Tình hình triển khai Nghị quyết " + status.resolution().symbol() + " – "
        + status.resolution().title());
    titleCell.setCellStyle(title);
    sheet.createRow(1).createCell(0).setCellValue("Số liệu đến ngày " + VietnameseFormat.date(status.today()));

    Row headerRow = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < HEADERS.size(); i++) {
      var cell = headerRow.createCell(i);
      cell.setCellValue(HEADERS.get(i));
      cell.setCellStyle(i >= 4 && i < 4 + ItemStatus.values().length
          ? fill(ItemStatus.values()[i - 4].colour(), true) : header);
    }
    int r = HEADER_ROW + 1;
    for (CommitteeStatus committee : committees) {
      Row row = sheet.createRow(r++);
      int c = 0;
      text(row, c++, committee.code());
      text(row, c++, committee.name());
      text(row, c++, committee.parentCode() == null ? "" : names.getOrDefault(committee.parentCode(), committee.parentCode()));
      text(row, c++, committee.phaseLabel());
      for (ItemStatus item : ItemStatus.values()) {
        int count = committee.count(item.name());
        var cell = row.createCell(c++);
        cell.setCellValue(count);
        cell.setCellStyle(count > 0 ? fill(item.colour(), false) : plain);
      }
      number(row, c++, committee.itemTotal());
      if (committee.onTimePercent() == null) {
        text(row, c++, "");
      } else {
        number(row, c++, committee.onTimePercent());
      }
      report(row, c++, committee.midTermReport());
      report(row, c++, committee.finalReport());
      text(row, c++, committee.nextCutoff() == null ? "" : committee.nextCutoff().label());
      text(row, c++, committee.nextCutoff() == null ? "" : VietnameseFormat.date(committee.nextCutoff().date()));
      if (committee.nextCutoff() == null) {
        text(row, c++, "");
      } else {
        number(row, c++, committee.nextCutoff().days());
      }
      number(row, c++, committee.cascade().started());
      number(row, c, committee.cascade().total());
    }
    sheet.createFreezePane(2, HEADER_ROW + 1);
    sheet.setColumnWidth(0, 18 * 256);
    sheet.setColumnWidth(1, 36 * 256);
    sheet.setColumnWidth(2, 30 * 256);
    sheet.setColumnWidth(3, 26 * 256);
    for (int i = 4; i < HEADERS.size(); i++) {
      sheet.setColumnWidth(i, 15 * 256);
    }
  }

  private void text(Row row, int column, String value) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(plain);
  }

  private void number(Row row, int column, long value) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(plain);
  }

  private void report(Row row, int column, Report report) {
    var cell = row.createCell(column);
    cell.setCellValue(report.label());
    cell.setCellStyle(fill(report.colour(), false));
  }

  private XSSFCellStyle fill(String colour, boolean asHeader) {
    return filled.computeIfAbsent(colour + asHeader, key -> {
      XSSFCellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(asHeader ? header : plain);
      style.setFillForegroundColor(new XSSFColor(Palette.rgb(colour), null));
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    });
  }

  private XSSFCellStyle bordered() {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}

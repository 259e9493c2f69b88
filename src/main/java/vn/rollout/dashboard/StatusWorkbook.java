package vn.rollout.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import vn.rollout.document.CommitteeNames;
import vn.rollout.programme.ItemStatus;
import vn.rollout.shared.VietnameseFormat;

/**
 * The dashboard's table as an Excel workbook: one sheet per level of the tree, Vietnamese headers,
 * item counts and report states filled with their status colour.
 */
final class StatusWorkbook {

  /** The first sheet's title row is row 0, the header row 2, committees from row 3. */
  static final int HEADER_ROW = 2;
  /** The column of the first item count (grey). */
  static final int FIRST_COUNT = 4;

  static final List<String> HEADERS;

  static {
    List<String> headers = new ArrayList<>(List.of("Tên cấp ủy", "Cấp ủy cấp trên", "Giai đoạn", "Chương trình hành động"));
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

  static final String ALL_ITEMS = "Tất cả nhiệm vụ";
  static final List<String> ITEM_HEADERS = List.of("Cấp ủy", "Chương trình hành động", "STT", "Nội dung nhiệm vụ",
      "Đơn vị chủ trì", "Thời hạn", "Tình trạng", "Kết quả đầu ra", "Chỉ tiêu", "Kết quả đạt được", "Chỉ tiêu đạt được");

  static byte[] of(ResolutionStatus status, List<StatusQuery.ItemRow> items, Function<String, String> leadNames) {
    return new StatusWorkbook().write(status, items, leadNames);
  }

  /**
   * A level's sheet is named by the kinds of committee in it ("Tỉnh ủy", "Đảng ủy xã", "Chi bộ"), at most
   * 31 characters without the characters Excel refuses; a name already used gets its level's number.
   */
  static String sheetName(List<CommitteeStatus> committees, int level, Set<String> used) {
    String name = committees.stream().map(c -> CommitteeNames.levelName(c.name())).distinct()
        .collect(Collectors.joining(", ")).replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
    if (name.isEmpty()) {
      name = "Cấp " + level;
    }
    if (name.length() > 31) {
      name = name.substring(0, 30).strip() + "…";
    }
    while (!used.add(name.toLowerCase(java.util.Locale.ROOT))) {
      String suffix = " (" + level + ")";
      name = (name.length() + suffix.length() > 31 ? name.substring(0, 31 - suffix.length()) : name) + suffix;
      level++;
    }
    return name;
  }

  private byte[] write(ResolutionStatus status, List<StatusQuery.ItemRow> items, Function<String, String> leadNames) {
    Map<String, String> names = status.committees().stream()
        .collect(Collectors.toMap(CommitteeStatus::code, CommitteeStatus::name));
    Set<String> used = new HashSet<>(Set.of(ALL_ITEMS.toLowerCase(java.util.Locale.ROOT)));
    for (int level = 0; level < status.levels(); level++) {
      int current = level;
      List<CommitteeStatus> atLevel = status.committees().stream().filter(c -> c.level() == current).toList();
      sheet(status, sheetName(atLevel, current, used), atLevel, names);
    }
    itemsSheet(status, items, names, leadNames);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); workbook) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sheet(ResolutionStatus status, String sheetName, List<CommitteeStatus> committees, Map<String, String> names) {
    XSSFSheet sheet = workbook.createSheet(sheetName);
    var titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue("Tình hình triển khai Nghị quyết " + status.resolution().symbol() + " – "
        + status.resolution().title());
    titleCell.setCellStyle(title);
    sheet.createRow(1).createCell(0).setCellValue("Số liệu đến ngày " + VietnameseFormat.date(status.today()));

    Row headerRow = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < HEADERS.size(); i++) {
      var cell = headerRow.createCell(i);
      cell.setCellValue(HEADERS.get(i));
      cell.setCellStyle(i >= FIRST_COUNT && i < FIRST_COUNT + ItemStatus.values().length
          ? fill(ItemStatus.values()[i - FIRST_COUNT].colour(), true) : header);
    }
    int r = HEADER_ROW + 1;
    for (CommitteeStatus committee : committees) {
      Row row = sheet.createRow(r++);
      int c = 0;
      text(row, c++, committee.name());
      text(row, c++, committee.parentCode() == null ? "" : names.getOrDefault(committee.parentCode(), ""));
      text(row, c++, committee.phaseLabel());
      text(row, c++, committee.programmeSymbol() == null ? "" : committee.programmeSymbol());
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
    sheet.createFreezePane(1, HEADER_ROW + 1);
    sheet.setColumnWidth(0, 36 * 256);
    sheet.setColumnWidth(1, 30 * 256);
    sheet.setColumnWidth(2, 26 * 256);
    sheet.setColumnWidth(3, 16 * 256);
    for (int i = FIRST_COUNT; i < HEADERS.size(); i++) {
      sheet.setColumnWidth(i, 15 * 256);
    }
  }

  /** Every item of the approved programmes in the window: committee, content, lead, deadline, status, output, target. */
  private void itemsSheet(ResolutionStatus status, List<StatusQuery.ItemRow> items, Map<String, String> names,
      Function<String, String> leadNames) {
    XSSFSheet sheet = workbook.createSheet(ALL_ITEMS);
    var titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue("Các nhiệm vụ thực hiện Nghị quyết " + status.resolution().symbol() + " – " + status.resolution().title());
    titleCell.setCellStyle(title);
    sheet.createRow(1).createCell(0).setCellValue("Số liệu đến ngày " + VietnameseFormat.date(status.today()));
    Row headerRow = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < ITEM_HEADERS.size(); i++) {
      var cell = headerRow.createCell(i);
      cell.setCellValue(ITEM_HEADERS.get(i));
      cell.setCellStyle(header);
    }
    int r = HEADER_ROW + 1;
    for (StatusQuery.ItemRow item : items) {
      Row row = sheet.createRow(r++);
      int c = 0;
      String committee = names.getOrDefault(item.committeeCode(), "");
      text(row, c++, committee);
      text(row, c++, item.programmeSymbol() == null ? "" : item.programmeSymbol());
      number(row, c++, item.number());
      text(row, c++, item.content());
      text(row, c++, CommitteeNames.withoutOwnPlace(leadNames.apply(item.leadGroup()), committee));
      text(row, c++, VietnameseFormat.date(item.deadline()));
      ItemStatus state = ItemStatus.valueOf(item.status());
      var cell = row.createCell(c++);
      cell.setCellValue(state.label());
      cell.setCellStyle(fill(state.colour(), false));
      text(row, c++, nullToEmpty(item.output()));
      text(row, c++, nullToEmpty(item.target()));
      text(row, c++, nullToEmpty(item.outputAchieved()));
      text(row, c, nullToEmpty(item.targetReached()));
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    int[] widths = {30, 16, 6, 50, 30, 12, 22, 40, 20, 40, 20};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
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

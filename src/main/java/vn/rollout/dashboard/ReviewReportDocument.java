package vn.rollout.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.rollout.dashboard.ResolutionStatus.CommitteeStatus;
import vn.rollout.dashboard.ResolutionStatus.Report;
import vn.rollout.execution.ItemStatus;
import vn.rollout.process.VietnameseFormat;
import vn.rollout.review.ReviewKind;

/**
 * A review report in the Party's document layout (Hướng dẫn 36-HD/VPTW): the issuing committee and
 * the national heading side by side, the symbol, the place and date, the title, the sections of the
 * report, the signature block; then the appendix of figures from the tracked programme.
 */
final class ReviewReportDocument {

  static final String HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";
  static final String SIGNATURE = "T/M BAN THƯỜNG VỤ";

  /**
   * Stands in for a section whose text the office writes in the review form (issue 6). Until that form
   * stores its fields, the document says so instead of inventing text.
   */
  /** Before the office has submitted the report, each text section says where it will come from. */
  static final String PLACEHOLDER = "[Chưa có nội dung: phần này lấy từ biểu mẫu báo cáo %s do Văn phòng nhập.]";
  static final String NOT_STATED = "Không nêu.";

  private static final String FONT = "Times New Roman";

  private final XWPFDocument document = new XWPFDocument();
  private final ReviewReports.Contents contents;

  private ReviewReportDocument(ReviewReports.Contents contents) {
    this.contents = contents;
  }

  static byte[] write(ReviewReports.Contents contents) {
    return new ReviewReportDocument(contents).write();
  }

  private byte[] write() {
    heading();
    title();
    sections();
    signature();
    appendix();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); document) {
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void heading() {
    XWPFTable table = borderless(4, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    if (contents.superiorName() != null) {
      text(left.getParagraphs().get(0), upper(contents.superiorName()), false, false, 13);
      text(table.getRow(1).getCell(0).getParagraphs().get(0), upper(contents.committee().name()), true, false, 13);
    } else {
      text(left.getParagraphs().get(0), upper(contents.committee().name()), true, false, 13);
    }
    text(table.getRow(2).getCell(0).getParagraphs().get(0), "*", false, false, 13);
    text(table.getRow(3).getCell(0).getParagraphs().get(0), "Số      -BC/" + contents.committee().symbol(), false, false, 13);
    XWPFRun national = text(right.getParagraphs().get(0), HEADING, true, false, 14);
    national.setUnderline(UnderlinePatterns.SINGLE);
    text(table.getRow(2).getCell(1).getParagraphs().get(0), dateLine(), false, true, 14);
    for (int row = 0; row < 4; row++) {
      for (int cell = 0; cell < 2; cell++) {
        table.getRow(row).getCell(cell).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
      }
    }
  }

  /** "Đà Nẵng, ngày 02 tháng 5 năm 2028": days of 1 to 9 with a leading zero, months 1 and 2 too (Hướng dẫn 36). */
  String dateLine() {
    var date = contents.date();
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    return contents.place() + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  private void title() {
    paragraph(ParagraphAlignment.CENTER, 240);
    text(paragraph(ParagraphAlignment.CENTER, 0), "BÁO CÁO", true, false, 15);
    text(paragraph(ParagraphAlignment.CENTER, 0), upperFirst(contents.kind().label()) + " thực hiện Nghị quyết số "
        + contents.resolution().symbol(), true, false, 14);
    text(paragraph(ParagraphAlignment.CENTER, 0), contents.resolution().title(), true, false, 14);
    text(paragraph(ParagraphAlignment.CENTER, 120), "-----", false, false, 14);
  }

  private void sections() {
    section("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT");
    subsection("1. Công tác quán triệt, cụ thể hóa nghị quyết");
    body(contents.programmeSymbol() == null
        ? contents.committee().name() + " chưa ban hành chương trình hành động thực hiện nghị quyết."
        : contents.committee().name() + " đã ban hành Chương trình hành động số " + contents.programmeSymbol() + " với "
            + contents.items().size() + " nhiệm vụ, mỗi nhiệm vụ có đơn vị chủ trì, thời hạn và kết quả đầu ra cụ thể.");
    subsection("2. Kết quả thực hiện chương trình hành động");
    body(itemSummary() + " Số liệu chi tiết tại Phụ lục kèm theo.");
    if (!contents.subordinates().isEmpty()) {
      body(reportSummary());
    }
    ReviewReportData.Submission report = contents.submission();
    String notYet = String.format(PLACEHOLDER, contents.kind().label());
    subsection("3. Kết quả trên các lĩnh vực");
    body("a) Kinh tế: " + (report == null ? notYet : stated(report.resultsEconomy())));
    body("b) Văn hóa – xã hội: " + (report == null ? notYet : stated(report.resultsCultureSociety())));
    body("c) Xây dựng Đảng và hệ thống chính trị: " + (report == null ? notYet : stated(report.resultsPartyBuilding())));
    section("II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN");
    subsection("1. Hạn chế, khuyết điểm và trách nhiệm");
    if (report == null) {
      body(notYet);
    } else if (report.limitations().isEmpty()) {
      body(NOT_STATED);
    } else {
      for (ReviewReportData.Limitation limitation : report.limitations()) {
        body("- " + limitation.limitation() + " (trách nhiệm: " + limitation.responsible() + ").");
      }
    }
    subsection("2. Nguyên nhân");
    body(report == null ? notYet : stated(report.causes()));
    section("III. BÀI HỌC KINH NGHIỆM");
    body(report == null ? notYet : stated(report.lessons()));
    section("IV. NHIỆM VỤ, GIẢI PHÁP " + contents.kind().ahead().toUpperCase(Locale.forLanguageTag("vi")));
    body(report == null ? notYet : stated(report.solutions()));
  }

  private static String stated(String text) {
    return text == null || text.isBlank() ? NOT_STATED : text.strip();
  }

  String itemSummary() {
    CommitteeStatus own = contents.own();
    if (own.itemTotal() == 0) {
      return "Chưa có nhiệm vụ nào được theo dõi.";
    }
    StringBuilder text = new StringBuilder("Tổng số " + own.itemTotal() + " nhiệm vụ: ");
    ItemStatus[] statuses = ItemStatus.values();
    for (int i = statuses.length - 1; i >= 0; i--) {
      ItemStatus status = statuses[i];
      text.append(lowerFirst(status.label())).append(' ').append(own.count(status.name())).append(i == 0 ? "." : "; ");
    }
    if (own.onTimePercent() != null) {
      text.append(" Tỷ lệ nhiệm vụ hoàn thành đúng hạn trên số nhiệm vụ đã đến hạn: ").append(own.onTimePercent()).append("%.");
    }
    return text.toString();
  }

  private String reportSummary() {
    long onTime = reports("ON_TIME");
    long late = reports("LATE");
    long missing = reports("MISSING");
    return "Báo cáo " + contents.kind().label() + " của " + contents.subordinates().size() + " cấp ủy trực thuộc: "
        + onTime + " gửi đúng hạn, " + late + " gửi chậm, " + missing + " chưa gửi.";
  }

  private long reports(String state) {
    return contents.subordinates().stream().filter(c -> report(c).state().equals(state)).count();
  }

  private Report report(CommitteeStatus committee) {
    return contents.kind() == ReviewKind.MID_TERM ? committee.midTermReport() : committee.finalReport();
  }

  private void signature() {
    paragraph(ParagraphAlignment.LEFT, 120);
    XWPFTable table = borderless(4, 2);
    text(table.getRow(0).getCell(0).getParagraphs().get(0), "Nơi nhận:", true, true, 12);
    if (contents.superiorName() != null) {
      text(table.getRow(1).getCell(0).getParagraphs().get(0), "- " + contents.superiorName() + " (để báo cáo),", false, false, 11);
    }
    text(table.getRow(2).getCell(0).getParagraphs().get(0), "- Các cấp ủy trực thuộc,", false, false, 11);
    text(table.getRow(3).getCell(0).getParagraphs().get(0), contents.committee().hasOffice() ? "- Lưu Văn phòng." : "- Lưu.", false, false, 11);
    String on = contents.committee().hasStandingCommittee() ? SIGNATURE : "T/M " + upper(contents.committee().name());
    text(center(table.getRow(0).getCell(1)), on, true, false, 14);
    text(center(table.getRow(1).getCell(1)), "BÍ THƯ", true, false, 14);
    text(center(table.getRow(3).getCell(1)), "(Ký, ghi rõ họ tên)", false, true, 13);
  }

  private void appendix() {
    XWPFParagraph page = paragraph(ParagraphAlignment.CENTER, 0);
    page.setPageBreak(true);
    text(page, "PHỤ LỤC", true, false, 14);
    text(paragraph(ParagraphAlignment.CENTER, 0), "SỐ LIỆU THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG", true, false, 14);
    text(paragraph(ParagraphAlignment.CENTER, 120), "(Kèm theo Báo cáo " + contents.kind().label() + " của "
        + contents.committee().name() + ", số liệu đến ngày " + VietnameseFormat.date(contents.date()) + ")", false, true, 13);

    subsection("1. Nhiệm vụ theo tình trạng");
    XWPFTable totals = table(ItemStatus.values().length + 2, 3);
    header(totals, "Tình trạng", "Số nhiệm vụ", "Tỷ lệ (%)");
    int row = 1;
    for (ItemStatus status : ItemStatus.values()) {
      int count = contents.own().count(status.name());
      cells(totals, row, status.colour(), 0, status.label(), String.valueOf(count), percent(count, contents.own().itemTotal()));
      row++;
    }
    cells(totals, row, null, -1, "Tổng số", String.valueOf(contents.own().itemTotal()),
        contents.own().itemTotal() == 0 ? "" : "100");

    subsection("2. Chi tiết nhiệm vụ");
    List<ReviewReportData.Item> items = contents.items();
    XWPFTable detail = table(items.size() + 1, 7);
    header(detail, "STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kết quả đầu ra", "Kết quả đạt được",
        "Tình trạng");
    for (int i = 0; i < items.size(); i++) {
      ReviewReportData.Item item = items.get(i);
      ItemStatus status = ItemStatus.valueOf(item.status());
      String achieved = join(item.outputAchieved(), item.targetReached());
      cells(detail, i + 1, status.colour(), 6, String.valueOf(item.number()), item.content(), item.lead(),
          VietnameseFormat.date(item.deadline()), join(item.output(), item.target()), achieved, status.label());
    }

    subsection("3. Báo cáo " + contents.kind().label() + " của các cấp ủy trực thuộc");
    List<CommitteeStatus> subordinates = contents.subordinates();
    XWPFTable reports = table(subordinates.size() + 1, 6);
    header(reports, "STT", "Cấp ủy", "Giai đoạn", "Số nhiệm vụ", "Hoàn thành đúng hạn (%)", "Báo cáo");
    for (int i = 0; i < subordinates.size(); i++) {
      CommitteeStatus committee = subordinates.get(i);
      Report report = report(committee);
      cells(reports, i + 1, report.colour(), 5, String.valueOf(i + 1), committee.name(), committee.phaseLabel(),
          String.valueOf(committee.itemTotal()), committee.onTimePercent() == null ? "" : committee.onTimePercent().toString(),
          report.label());
    }
  }

  // --- layout helpers ---

  private XWPFParagraph paragraph(ParagraphAlignment alignment, int spacingAfter) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setSpacingAfter(spacingAfter);
    return paragraph;
  }

  private void section(String title) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT, 60);
    paragraph.setSpacingBefore(120);
    text(paragraph, title, true, false, 14);
  }

  private void subsection(String title) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT, 60);
    paragraph.setSpacingBefore(60);
    text(paragraph, title, true, false, 14);
  }

  private void body(String text) {
    XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 60);
    paragraph.setIndentationFirstLine(567);
    text(paragraph, text, false, false, 14);
  }

  private static XWPFRun text(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontFamily(FONT);
    run.setFontSize(size);
    return run;
  }

  private static XWPFParagraph center(XWPFTableCell cell) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    return paragraph;
  }

  private XWPFTable borderless(int rows, int columns) {
    XWPFTable table = document.createTable(rows, columns);
    table.removeBorders();
    table.setWidth("100%");
    table.setTableAlignment(TableRowAlign.CENTER);
    return table;
  }

  private XWPFTable table(int rows, int columns) {
    XWPFTable table = document.createTable(rows, columns);
    table.setWidth("100%");
    return table;
  }

  private static void header(XWPFTable table, String... titles) {
    for (int i = 0; i < titles.length; i++) {
      XWPFTableCell cell = table.getRow(0).getCell(i);
      text(center(cell), titles[i], true, false, 12);
      cell.setColor("F2F2F2");
    }
  }

  /** One row of a table; the cell at {@code coloured} (or none, -1) filled with the status colour. */
  private static void cells(XWPFTable table, int row, String colour, int coloured, String... values) {
    for (int i = 0; i < values.length; i++) {
      XWPFTableCell cell = table.getRow(row).getCell(i);
      text(cell.getParagraphs().get(0), values[i] == null ? "" : values[i], colour == null, false, 12);
      if (i == coloured && colour != null) {
        cell.setColor(Palette.hex(colour));
      }
    }
  }

  private static String percent(int count, int total) {
    return total == 0 ? "" : String.valueOf(Math.round(100.0 * count / total));
  }

  private static String join(String output, String target) {
    if (output == null || output.isBlank()) {
      return target == null ? "" : target;
    }
    return target == null || target.isBlank() ? output : output + " (" + target + ")";
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.forLanguageTag("vi"));
  }

  private static String upperFirst(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}

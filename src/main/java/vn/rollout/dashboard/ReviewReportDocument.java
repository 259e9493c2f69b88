package vn.rollout.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.rollout.dashboard.ResolutionStatus.CommitteeStatus;
import vn.rollout.dashboard.ResolutionStatus.Report;
import vn.rollout.document.PartyDocx;
import vn.rollout.document.StudyFigures;
import vn.rollout.programme.ItemStatus;
import vn.rollout.review.ReviewKind;
import vn.rollout.shared.VietnameseFormat;

/**
 * A review report in the Party's document layout (Hướng dẫn 36-HD/VPTW, see {@link PartyDocx}): the
 * heading, the title, the results with the figures the product tracks (study attendance per audience,
 * items by status, outputs and target values reached, budget planned, the subordinates' reports), the
 * overall assessment, limitations, lessons, solutions and recommendations the office wrote, the
 * recipients and the signature; then the appendix of figures.
 */
final class ReviewReportDocument {

  /** Before the office has submitted the report, each text section says where it will come from. */
  static final String PLACEHOLDER = "[Chưa có nội dung: phần này lấy từ biểu mẫu báo cáo %s do Văn phòng nhập.]";
  static final String NOT_STATED = "Không nêu.";
  static final String TARGETS_ROOM = "(Các mục tiêu, chỉ tiêu của Nghị quyết: Văn phòng bổ sung kết quả từng chỉ tiêu "
      + "khi chỉ tiêu của Nghị quyết được theo dõi.)";

  private final PartyDocx doc = new PartyDocx();
  private final ReviewReports.Contents contents;

  private ReviewReportDocument(ReviewReports.Contents contents) {
    this.contents = contents;
  }

  static byte[] write(ReviewReports.Contents contents) {
    return new ReviewReportDocument(contents).write();
  }

  private byte[] write() {
    doc.heading(contents.heading());
    doc.title("Báo cáo", contents.kind().label() + " thực hiện Nghị quyết số " + contents.resolution().symbol(),
        contents.resolution().title());
    sections();
    doc.signature(contents.signature());
    appendix();
    return doc.write();
  }

  private void sections() {
    ReviewReportData.Submission report = contents.submission();
    String notYet = String.format(PLACEHOLDER, contents.kind().label());
    doc.section("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT");
    doc.subsection("1. Công tác học tập, quán triệt và cụ thể hóa nghị quyết");
    doc.body(studySummary());
    doc.body(contents.programmeSymbol() == null
        ? contents.committee().name() + " chưa ban hành chương trình hành động thực hiện nghị quyết."
        : contents.committee().name() + " đã ban hành Chương trình hành động số " + contents.programmeSymbol() + " với "
            + contents.items().size() + " nhiệm vụ, mỗi nhiệm vụ có đơn vị chủ trì, thời hạn và kết quả đầu ra cụ thể.");
    doc.subsection("2. Kết quả thực hiện chương trình hành động");
    doc.body(itemSummary());
    if (!contents.items().isEmpty()) {
      doc.body(outputSummary());
      doc.body(budgetSummary());
    }
    doc.body("Số liệu chi tiết tại Phụ lục kèm theo.");
    if (!contents.subordinates().isEmpty()) {
      doc.body(reportSummary());
    }
    doc.subsection("3. Thực hiện các mục tiêu, chỉ tiêu");
    List<ReviewReportData.Item> withTargets = contents.items().stream().filter(i -> present(i.target())).toList();
    for (ReviewReportData.Item item : withTargets) {
      doc.body("- " + item.target() + " (nhiệm vụ " + item.number() + "): "
          + (present(item.targetReached()) ? "đạt " + item.targetReached() + "." : "chưa có số liệu."));
    }
    doc.note(TARGETS_ROOM);
    doc.subsection("4. Kết quả trên các lĩnh vực");
    text("a) Kinh tế: ", report == null ? null : report.resultsEconomy(), notYet, report == null);
    text("b) Văn hóa – xã hội: ", report == null ? null : report.resultsCultureSociety(), notYet, report == null);
    text("c) Xây dựng Đảng và hệ thống chính trị: ", report == null ? null : report.resultsPartyBuilding(), notYet,
        report == null);

    doc.section("II. ĐÁNH GIÁ CHUNG");
    text("", report == null ? null : report.overallAssessment(), notYet, report == null);

    doc.section("III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN");
    doc.subsection("1. Hạn chế, khuyết điểm và trách nhiệm");
    if (report == null) {
      doc.note(notYet);
    } else if (report.limitations().isEmpty()) {
      doc.body(NOT_STATED);
    } else {
      for (ReviewReportData.Limitation limitation : report.limitations()) {
        doc.body("- " + limitation.limitation() + " (trách nhiệm: " + limitation.responsible() + ").");
      }
    }
    doc.subsection("2. Nguyên nhân");
    text("", report == null ? null : report.causes(), notYet, report == null);
    doc.section("IV. BÀI HỌC KINH NGHIỆM");
    text("", report == null ? null : report.lessons(), notYet, report == null);
    doc.section("V. NHIỆM VỤ, GIẢI PHÁP " + contents.kind().ahead().toUpperCase(Locale.forLanguageTag("vi")));
    text("", report == null ? null : report.solutions(), notYet, report == null);
    doc.section("VI. KIẾN NGHỊ, ĐỀ XUẤT");
    text("", report == null ? null : report.recommendations(), notYet, report == null);
  }

  private void text(String lead, String value, String notYet, boolean notSubmitted) {
    if (notSubmitted) {
      doc.note(lead + notYet);
    } else {
      doc.body(lead + stated(value));
    }
  }

  private static String stated(String text) {
    return text == null || text.isBlank() ? NOT_STATED : text.strip();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  String studySummary() {
    if (contents.study().isEmpty()) {
      return "Chưa có báo cáo kết quả học tập, quán triệt nghị quyết.";
    }
    StudyFigures.Record study = contents.study().get();
    if (study.sessions().isEmpty()) {
      return "Đã báo cáo kết quả học tập, quán triệt nghị quyết; chưa có số liệu từng hội nghị.";
    }
    String text = "Đã tổ chức " + study.sessions().size() + " hội nghị học tập, quán triệt nghị quyết ("
        + StudyFigures.attendance(study) + "); tổng số mời " + study.invited() + ", dự " + study.attended() + ".";
    if (study.makeUpDate() != null) {
      text += " Tổ chức học bù cho người vắng mặt ngày " + VietnameseFormat.date(study.makeUpDate()) + ".";
    }
    return text;
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

  /** "8 nhiệm vụ đã hoàn thành, 8 có kết quả đầu ra được ghi nhận; 2/3 nhiệm vụ có chỉ tiêu đã ghi kết quả đạt được." */
  String outputSummary() {
    List<ReviewReportData.Item> items = contents.items();
    long done = items.stream().filter(i -> i.status().startsWith("DONE")).count();
    long delivered = items.stream().filter(i -> present(i.outputAchieved())).count();
    long targets = items.stream().filter(i -> present(i.target())).count();
    long reached = items.stream().filter(i -> present(i.target()) && present(i.targetReached())).count();
    return done + " nhiệm vụ đã hoàn thành, " + delivered + " nhiệm vụ có kết quả đầu ra được ghi nhận; " + reached + "/"
        + targets + " nhiệm vụ có chỉ tiêu đã ghi kết quả đạt được.";
  }

  /** "Kinh phí dự kiến theo chương trình: 12.500.000.000 đồng (3 nhiệm vụ); 2 nhiệm vụ không cần kinh phí; 1 chưa xác định." */
  String budgetSummary() {
    List<ReviewReportData.Item> items = contents.items();
    long total = items.stream().filter(i -> i.budgetVnd() != null).mapToLong(ReviewReportData.Item::budgetVnd).sum();
    long funded = items.stream().filter(i -> i.budgetVnd() != null && i.budgetVnd() > 0).count();
    long none = items.stream().filter(i -> i.budgetVnd() != null && i.budgetVnd() == 0).count();
    long unknown = items.stream().filter(i -> i.budgetVnd() == null).count();
    return "Kinh phí dự kiến theo chương trình: " + VietnameseFormat.money(total) + " (" + funded + " nhiệm vụ); " + none
        + " nhiệm vụ không cần kinh phí; " + unknown + " nhiệm vụ chưa xác định kinh phí.";
  }

  /** Every subordinate counted once: on time, late, missing past the cut-off, and not due yet. */
  String reportSummary() {
    long onTime = reports("ON_TIME");
    long late = reports("LATE");
    long missing = reports("MISSING");
    long notDue = reports("NOT_DUE");
    String text = "Báo cáo " + contents.kind().label() + " của " + contents.subordinates().size() + " cấp ủy trực thuộc: "
        + onTime + " gửi đúng hạn, " + late + " gửi chậm, " + missing + " chưa gửi (đã quá hạn)";
    return text + (notDue > 0 ? ", " + notDue + " chưa đến hạn gửi." : ".");
  }

  private long reports(String state) {
    return contents.subordinates().stream().filter(c -> report(c).state().equals(state)).count();
  }

  private Report report(CommitteeStatus committee) {
    return contents.kind() == ReviewKind.MID_TERM ? committee.midTermReport() : committee.finalReport();
  }

  private void appendix() {
    doc.newPage("PHỤ LỤC");
    doc.centred("SỐ LIỆU THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG", true, false);
    doc.centred("(Kèm theo Báo cáo " + contents.kind().label() + " của " + contents.committee().name()
        + ", số liệu đến ngày " + VietnameseFormat.date(contents.date()) + ")", false, true);

    doc.subsection("1. Nhiệm vụ theo tình trạng");
    List<List<String>> totals = new ArrayList<>();
    int total = contents.own().itemTotal();
    for (ItemStatus status : ItemStatus.values()) {
      int count = contents.own().count(status.name());
      totals.add(List.of(status.label(), String.valueOf(count), total == 0 ? "" : String.valueOf(Math.round(100.0 * count / total))));
    }
    totals.add(List.of("Tổng số", String.valueOf(total), total == 0 ? "" : "100"));
    XWPFTable byStatus = doc.table(List.of("Tình trạng", "Số nhiệm vụ", "Tỷ lệ (%)"), totals);
    for (int i = 0; i < ItemStatus.values().length; i++) {
      byStatus.getRow(i + 1).getCell(0).setColor(Palette.hex(ItemStatus.values()[i].colour()));
    }

    doc.subsection("2. Chi tiết nhiệm vụ");
    List<ReviewReportData.Item> items = contents.items();
    List<List<String>> rows = new ArrayList<>();
    for (ReviewReportData.Item item : items) {
      rows.add(List.of(String.valueOf(item.number()), item.content(), nullToEmpty(item.lead()),
          VietnameseFormat.date(item.deadline()), budget(item.budgetVnd()), join(item.output(), item.target()),
          join(item.outputAchieved(), item.targetReached()), ItemStatus.valueOf(item.status()).label()));
    }
    XWPFTable detail = doc.table(List.of("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Kinh phí dự kiến",
        "Kết quả đầu ra", "Kết quả đạt được", "Tình trạng"), rows, 750, 1805, 1200, 1150, 1100, 1250, 1200, 900);
    for (int i = 0; i < items.size(); i++) {
      detail.getRow(i + 1).getCell(7).setColor(Palette.hex(ItemStatus.valueOf(items.get(i).status()).colour()));
    }

    doc.subsection("3. Kết quả học tập, quán triệt nghị quyết");
    List<List<String>> audiences = new ArrayList<>();
    contents.study().ifPresent(study -> study.audiences().forEach(audience -> audiences.add(List.of(audience.label(),
        String.valueOf(audience.sessions()), String.valueOf(audience.invited()), String.valueOf(audience.attended()),
        String.valueOf(audience.percent())))));
    doc.table(List.of("Đối tượng", "Số hội nghị", "Số được mời", "Số dự", "Tỷ lệ dự (%)"), audiences);

    doc.subsection("4. Báo cáo " + contents.kind().label() + " của các cấp ủy trực thuộc");
    List<CommitteeStatus> subordinates = contents.subordinates();
    List<List<String>> reportRows = new ArrayList<>();
    for (int i = 0; i < subordinates.size(); i++) {
      CommitteeStatus committee = subordinates.get(i);
      reportRows.add(List.of(String.valueOf(i + 1), committee.name(), committee.phaseLabel(), String.valueOf(committee.itemTotal()),
          committee.onTimePercent() == null ? "" : committee.onTimePercent().toString(), report(committee).label()));
    }
    XWPFTable reports = doc.table(List.of("STT", "Cấp ủy", "Giai đoạn", "Số nhiệm vụ", "Hoàn thành đúng hạn (%)", "Báo cáo"),
        reportRows, 750, 2705, 1900, 1000, 1400, 1600);
    for (int i = 0; i < subordinates.size(); i++) {
      reports.getRow(i + 1).getCell(5).setColor(Palette.hex(report(subordinates.get(i)).colour()));
    }
  }

  private static String budget(Long vnd) {
    if (vnd == null) {
      return "Chưa xác định";
    }
    return vnd == 0 ? "Không cần kinh phí" : VietnameseFormat.money(vnd);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String join(String output, String target) {
    if (output == null || output.isBlank()) {
      return target == null ? "" : target;
    }
    return target == null || target.isBlank() ? output : output + " (" + target + ")";
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}

package vn.rollout.programme;

import java.util.ArrayList;
import java.util.List;
import vn.rollout.document.CommitteeNames;
import vn.rollout.document.PartyDocx;
import vn.rollout.organisation.Committee;
import vn.rollout.resolution.Resolution;
import vn.rollout.shared.VietnameseFormat;

/**
 * An action programme (chương trình hành động) as the Party's programmes lay it out: the heading, the
 * title, purpose and requirements, the items in a table (content, lead, coordinators, period, output,
 * budget and manpower), the organisation of implementation, "Nơi nhận" and the signature. A draft is
 * marked "DỰ THẢO" and left without a number.
 */
final class ProgrammeDocument {

  static final List<String> ITEM_HEADERS = List.of("STT", "Nội dung nhiệm vụ", "Cơ quan, đơn vị chủ trì",
      "Cơ quan, đơn vị phối hợp", "Thời gian thực hiện", "Kết quả đầu ra", "Kinh phí, nhân lực");

  record Contents(Resolution resolution, String resolutionIssuer, Committee committee, PartyDocx.Heading heading,
      PartyDocx.Signature signature, List<ProgrammeEntry> items, java.util.Map<String, String> groupNames) {}

  private ProgrammeDocument() {}

  static byte[] write(Contents contents) {
    PartyDocx doc = new PartyDocx();
    Committee committee = contents.committee();
    String word = CommitteeNames.word(committee.name());
    doc.heading(contents.heading());
    doc.title("Chương trình hành động", "thực hiện Nghị quyết số " + contents.resolution().symbol() + " của "
        + contents.resolutionIssuer(), contents.resolution().title());
    doc.body("Thực hiện Nghị quyết số " + contents.resolution().symbol() + " của " + contents.resolutionIssuer() + ", "
        + (contents.heading().superior() == null && !CommitteeNames.isCell(committee.name(), committee.symbol())
            ? "Ban Chấp hành " + committee.name() : committee.name())
        + " xây dựng Chương trình hành động thực hiện Nghị quyết trong nhiệm kỳ "
        + VietnameseFormat.period(contents.resolution().term().from(), contents.resolution().term().to()) + " như sau:");

    doc.section("I. MỤC ĐÍCH, YÊU CẦU");
    doc.subsection("1. Mục đích");
    doc.body("Cụ thể hóa Nghị quyết thành các nhiệm vụ của " + word + ", xác định rõ cơ quan, đơn vị chủ trì, phối hợp, "
        + "kinh phí, nhân lực, thời hạn và kết quả đầu ra của từng nhiệm vụ; làm căn cứ để tổ chức thực hiện, kiểm tra, "
        + "giám sát, sơ kết giữa nhiệm kỳ và tổng kết việc thực hiện Nghị quyết.");
    doc.subsection("2. Yêu cầu");
    doc.body("Các nhiệm vụ bám sát Nghị quyết và tình hình thực tiễn của địa phương, đơn vị; không sao chép chương trình "
        + "của cấp trên; mỗi nhiệm vụ có kết quả đầu ra cụ thể, đo đếm được và hoàn thành trong nhiệm kỳ.");

    doc.section("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN");
    doc.body("Chương trình gồm " + contents.items().size() + " nhiệm vụ, cụ thể như sau:");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < contents.items().size(); i++) {
      ProgrammeEntry item = contents.items().get(i);
      rows.add(List.of(String.valueOf(i + 1), item.content(), lead(contents, item.lead()),
          String.join("; ", item.coordinators().stream().map(group -> lead(contents, group)).toList()),
          period(item), output(item), means(item)));
    }
    doc.table(ITEM_HEADERS, rows, 750, 2100, 1300, 1300, 1350, 1455, 1100);

    doc.section("III. TỔ CHỨC THỰC HIỆN");
    doc.body("1. Các cơ quan, đơn vị chủ trì xây dựng kế hoạch thực hiện từng nhiệm vụ được giao, phối hợp với các cơ quan, "
        + "đơn vị liên quan, bảo đảm đúng thời hạn và kết quả đầu ra; báo cáo tiến độ hằng quý; hoàn thành nhiệm vụ thì "
        + "báo cáo kết quả kèm tài liệu minh chứng.");
    if (committee.hasOrgan(vn.rollout.organisation.Organ.OFFICE.key()) && !CommitteeNames.isCell(committee.name(), committee.symbol())) {
      doc.body("2. Văn phòng " + word + " theo dõi, đôn đốc việc thực hiện Chương trình; tổng hợp tình hình, báo cáo "
          + "Ban Thường vụ định kỳ và khi có yêu cầu; tham mưu sơ kết giữa nhiệm kỳ và tổng kết nhiệm kỳ.");
    } else {
      doc.body("2. Chi ủy theo dõi, đôn đốc việc thực hiện Chương trình, báo cáo Chi bộ tại sinh hoạt định kỳ.");
    }
    if (committee.hasOrgan(vn.rollout.organisation.Organ.INSPECTION.key())) {
      doc.body("3. Ủy ban Kiểm tra " + word + " kiểm tra, giám sát việc thực hiện Chương trình theo kế hoạch định kỳ và "
          + "đột xuất; kiến nghị khắc phục các thiếu sót.");
    }
    doc.body((committee.hasOrgan(vn.rollout.organisation.Organ.INSPECTION.key()) ? "4" : "3")
        + ". Các cấp ủy trực thuộc căn cứ Chương trình này xây dựng chương trình hành động của cấp mình, sát với tình hình "
        + "thực tiễn, không sao chép chương trình của cấp trên.");
    doc.body("Chương trình này được phổ biến đến chi bộ và đảng viên.");
    doc.signature(contents.signature());
    return doc.write();
  }

  /** A lead or coordinator by name, without repeating the committee's own place. */
  private static String lead(Contents contents, String group) {
    if (group == null) {
      return "";
    }
    return CommitteeNames.withoutOwnPlace(contents.groupNames().getOrDefault(group, group), contents.committee().name());
  }

  private static String period(ProgrammeEntry item) {
    if (item.start() == null) {
      return item.deadline() == null ? "" : "Chậm nhất ngày " + VietnameseFormat.date(item.deadline());
    }
    return VietnameseFormat.date(item.start()) + " – " + VietnameseFormat.date(item.deadline());
  }

  private static String output(ProgrammeEntry item) {
    String output = item.output() == null ? "" : item.output();
    return item.target() == null || item.target().isBlank() ? output : output + " (chỉ tiêu: " + item.target() + ")";
  }

  private static String means(ProgrammeEntry item) {
    String budget = item.budgetVnd() == null ? "Kinh phí: chưa xác định"
        : item.budgetVnd() == 0 ? "Không cần kinh phí" : "Kinh phí: " + VietnameseFormat.money(item.budgetVnd());
    return item.manpower() == null || item.manpower().isBlank() ? budget : budget + "; nhân lực: " + item.manpower();
  }
}

package vn.rollout.study;

import java.util.ArrayList;
import java.util.List;
import vn.rollout.document.PartyDocx;
import vn.rollout.document.StudyFigures;
import vn.rollout.organisation.Committee;
import vn.rollout.resolution.Resolution;
import vn.rollout.shared.VietnameseFormat;

/**
 * The report on studying a resolution (báo cáo kết quả học tập, quán triệt): the sessions, invited and
 * attended per audience, the make-up session, the office's review, and which subordinates did well
 * (on time, attendance of 90% or more) and which did not (late, not held after the deadline, below 80%).
 */
final class StudyReportDocument {

  static final int WELL = 90;
  static final int POORLY = 80;

  /** A direct subordinate's study: on time, late, missing (the deadline passed) or not due; its attendance. */
  record Subordinate(String name, String state, Integer percent) {

    boolean well() {
      return "Đúng hạn".equals(state) && percent != null && percent >= WELL;
    }

    boolean poorly() {
      return state.startsWith("Chậm") || state.startsWith("Chưa tổ chức") || (percent != null && percent < POORLY);
    }
  }

  record Contents(Resolution resolution, Committee committee, StudyFigures.Record study, List<Subordinate> subordinates,
      PartyDocx.Heading heading, PartyDocx.Signature signature) {}

  private StudyReportDocument() {}

  static byte[] write(Contents contents) {
    PartyDocx doc = new PartyDocx();
    StudyFigures.Record study = contents.study();
    doc.heading(contents.heading());
    doc.title("Báo cáo", "kết quả học tập, quán triệt Nghị quyết số " + contents.resolution().symbol(),
        contents.resolution().title());
    doc.section("I. TÌNH HÌNH TỔ CHỨC HỌC TẬP, QUÁN TRIỆT");
    doc.body(contents.committee().name() + " đã tổ chức " + study.sessions().size() + " hội nghị học tập, quán triệt Nghị quyết số "
        + contents.resolution().symbol() + " (hạn hoàn thành: chậm nhất ngày " + VietnameseFormat.date(contents.resolution().studyDue())
        + "; báo cáo " + (study.onTime() ? "đúng hạn" : "chậm so với hạn") + ").");
    List<List<String>> sessions = new ArrayList<>();
    for (int i = 0; i < study.sessions().size(); i++) {
      StudyFigures.Session session = study.sessions().get(i);
      sessions.add(List.of(String.valueOf(i + 1), VietnameseFormat.date(session.date()), StudyFigures.audienceLabel(session.audience()),
          StudyFigures.formatLabel(session.format()), String.valueOf(session.invited()), String.valueOf(session.attended()),
          String.valueOf(session.invited() == 0 ? 0 : Math.round(100f * session.attended() / session.invited()))));
    }
    doc.table(List.of("STT", "Ngày", "Đối tượng", "Hình thức", "Số được mời", "Số dự", "Tỷ lệ (%)"), sessions,
        750, 1350, 1800, 1400, 1400, 1300, 1355);

    doc.section("II. KẾT QUẢ");
    for (StudyFigures.Audience audience : study.audiences()) {
      doc.body("- " + audience.label() + ": " + audience.sessions() + " hội nghị, mời " + audience.invited() + ", dự "
          + audience.attended() + ", đạt " + audience.percent() + "%.");
    }
    doc.body("- Tổng số: mời " + study.invited() + ", dự " + study.attended() + ", vắng " + (study.invited() - study.attended()) + ".");
    doc.body(study.makeUpDate() == null ? "- Không tổ chức học bù."
        : "- Tổ chức học bù cho người vắng mặt ngày " + VietnameseFormat.date(study.makeUpDate()) + ".");

    doc.section("III. ĐÁNH GIÁ");
    doc.body(study.notes() == null || study.notes().isBlank() ? "Không nêu." : study.notes().strip());
    if (!contents.subordinates().isEmpty()) {
      List<String> well = contents.subordinates().stream().filter(Subordinate::well).map(Subordinate::name).toList();
      List<String> poorly = contents.subordinates().stream().filter(Subordinate::poorly).map(Subordinate::name).toList();
      doc.body("Các cấp ủy trực thuộc làm tốt (đúng hạn, tỷ lệ dự từ " + WELL + "% trở lên): "
          + (well.isEmpty() ? "không có" : String.join(", ", well)) + ".");
      doc.body("Các cấp ủy trực thuộc chưa tốt (chậm, chưa tổ chức khi đã quá hạn, hoặc tỷ lệ dự dưới " + POORLY + "%): "
          + (poorly.isEmpty() ? "không có" : String.join(", ", poorly)) + ".");
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < contents.subordinates().size(); i++) {
        Subordinate subordinate = contents.subordinates().get(i);
        rows.add(List.of(String.valueOf(i + 1), subordinate.name(), subordinate.state(),
            subordinate.percent() == null ? "" : String.valueOf(subordinate.percent())));
      }
      doc.table(List.of("STT", "Cấp ủy trực thuộc", "Học tập, quán triệt", "Tỷ lệ dự (%)"), rows, 750, 4105, 2900, 1600);
    }
    doc.signature(contents.signature());
    return doc.write();
  }
}

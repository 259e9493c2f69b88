package vn.rollout.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.rollout.document.CommitteeNames;
import vn.rollout.document.PartyDocx;
import vn.rollout.organisation.Committee;
import vn.rollout.programme.ItemStatus;
import vn.rollout.resolution.Resolution;
import vn.rollout.shared.VietnameseFormat;

/**
 * The notice of an inspection's conclusion (thông báo kết luận kiểm tra): who was inspected and why it
 * was chosen, what was found, and each shortcoming with the remedial item it became and its deadline.
 */
final class InspectionConclusionDocument {

  record Remedy(String content, LocalDate deadline, ItemStatus status) {}

  record Contents(Inspection inspection, Resolution resolution, Committee inspecting, String inspectedName,
      boolean byInspectionCommittee, List<String> reasons, List<Remedy> remedies, PartyDocx.Heading heading,
      PartyDocx.Signature signature) {}

  private InspectionConclusionDocument() {}

  static byte[] write(Contents contents) {
    PartyDocx doc = new PartyDocx();
    Inspection inspection = contents.inspection();
    String issuer = contents.byInspectionCommittee()
        ? "Ủy ban Kiểm tra " + contents.inspecting().name()
        : (contents.inspecting().hasOrgan(vn.rollout.organisation.Organ.STANDING_COMMITTEE.key())
            && !CommitteeNames.isCell(contents.inspecting().name(), contents.inspecting().symbol())
            ? "Ban Thường vụ " + contents.inspecting().name() : contents.inspecting().name());
    doc.heading(contents.heading());
    doc.title("Thông báo", "kết luận kiểm tra việc thực hiện Nghị quyết số " + contents.resolution().symbol(),
        "đối với " + contents.inspectedName());
    doc.body((inspection.kind() == InspectionKind.AD_HOC ? "Thực hiện quyết định kiểm tra đột xuất"
        : "Thực hiện kế hoạch kiểm tra, giám sát định kỳ") + " ngày " + VietnameseFormat.date(inspection.plannedOn())
        + ", " + issuer + " đã kiểm tra việc thực hiện Nghị quyết số " + contents.resolution().symbol() + " đối với "
        + contents.inspectedName() + ". Ngày " + VietnameseFormat.date(inspection.concludedOn()) + ", " + issuer
        + " kết luận như sau:");

    doc.section("I. LÝ DO LỰA CHỌN KIỂM TRA");
    if (contents.reasons().isEmpty()) {
      doc.body("Không nêu.");
    }
    contents.reasons().forEach(reason -> doc.body("- " + reason));

    doc.section("II. KẾT QUẢ KIỂM TRA");
    String[] lines = inspection.conclusions() == null ? new String[0] : inspection.conclusions().strip().split("\\R");
    for (String line : lines) {
      if (!line.isBlank()) {
        doc.body(line.strip());
      }
    }

    doc.section("III. THIẾU SÓT VÀ YÊU CẦU KHẮC PHỤC");
    if (contents.remedies().isEmpty()) {
      doc.body("Qua kiểm tra, không phát hiện thiếu sót phải khắc phục.");
    } else {
      doc.body("Yêu cầu " + contents.inspectedName() + " khắc phục " + contents.remedies().size()
          + " thiếu sót sau, báo cáo kết quả về " + issuer + " chậm nhất ngày "
          + VietnameseFormat.date(contents.remedies().stream().map(Remedy::deadline).max(Comparator.naturalOrder()).orElseThrow())
          + ":");
      List<List<String>> rows = new ArrayList<>();
      for (int i = 0; i < contents.remedies().size(); i++) {
        Remedy remedy = contents.remedies().get(i);
        rows.add(List.of(String.valueOf(i + 1), remedy.content(), "Chậm nhất ngày " + VietnameseFormat.date(remedy.deadline()),
            remedy.status() == null ? "" : remedy.status().label()));
      }
      doc.table(List.of("STT", "Thiếu sót phải khắc phục", "Thời hạn", "Tình trạng"), rows, 750, 4505, 2300, 1800);
    }
    doc.signature(contents.signature());
    return doc.write();
  }
}

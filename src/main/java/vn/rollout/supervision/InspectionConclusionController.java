package vn.rollout.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.document.CommitteeNames;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.document.DocxResponse;
import vn.rollout.document.IssuedDocument;
import vn.rollout.document.Letterheads;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.Role;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.programme.ItemStatus;
import vn.rollout.resolution.Resolutions;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.NotFoundException;

/**
 * {@code GET /api/inspections/{id}/conclusion.docx}: the notice of an inspection's conclusion, for the
 * office or the inspection committee of the inspecting committee or above, the office of the inspected
 * committee or above, and an inspected unit's members; 404 until the inspection is concluded.
 */
@RestController
class InspectionConclusionController {

  private final Inspections inspections;
  private final Resolutions resolutions;
  private final Letterheads letterheads;
  private final DocumentRegister register;
  private final CommitteeAccess access;
  private final JdbcClient jdbc;

  InspectionConclusionController(Inspections inspections, Resolutions resolutions, Letterheads letterheads,
      DocumentRegister register, CommitteeAccess access, JdbcClient jdbc) {
    this.inspections = inspections;
    this.resolutions = resolutions;
    this.letterheads = letterheads;
    this.register = register;
    this.access = access;
    this.jdbc = jdbc;
  }

  @GetMapping("/api/inspections/{id}/conclusion.docx")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> conclusion(@PathVariable long id) {
    boolean exists = jdbc.sql("SELECT COUNT(*) FROM inspection WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    if (!exists) {
      throw new NotFoundException("id", "Không có cuộc kiểm tra mã số " + id + ".");
    }
    Inspection inspection = inspections.find(id);
    boolean may = access.mayRead(Role.OFFICE, inspection.inspectingCommittee())
        || access.mayRead(Role.INSPECTION, inspection.inspectingCommittee())
        || access.mayRead(Role.OFFICE, inspection.inspectedCommittee())
        || (inspection.inspectedUnit() != null && access.inGroup(TaskGroups.unit(inspection.inspectedUnit())));
    if (!may) {
      throw new AuthorizationException("Đồng chí không có quyền xem kết luận kiểm tra này.");
    }
    Optional<IssuedDocument> issued = register.find(DocumentKind.INSPECTION_CONCLUSION, id);
    if (inspection.concludedOn() == null || issued.isEmpty()) {
      throw new NotFoundException("id", "Cuộc kiểm tra mã số " + id + " chưa có kết luận.");
    }
    Committee inspecting = letterheads.committee(inspection.inspectingCommittee());
    String inspectedName = inspection.inspectedUnit() != null
        ? CommitteeNames.withoutOwnPlace(jdbc.sql("SELECT name FROM unit WHERE code = :code").param("code", inspection.inspectedUnit())
            .query(String.class).single(), inspecting.name())
        : letterheads.committee(inspection.inspectedCommittee()).name();
    List<String> reasons = jdbc.sql("SELECT label FROM inspection_reason WHERE inspection_id = :id ORDER BY seq")
        .param("id", id).query(String.class).list();
    if (reasons.isEmpty() && inspection.reason() != null && !inspection.reason().isBlank()) {
      reasons = List.of(inspection.reason().strip().split("\\R"));
    }
    List<InspectionConclusionDocument.Remedy> remedies = jdbc.sql("""
            SELECT s.content, s.deadline, i.status FROM inspection_shortcoming s JOIN programme_item i ON i.id = s.item_id
             WHERE s.inspection_id = :id ORDER BY s.seq""")
        .param("id", id)
        .query((rs, n) -> new InspectionConclusionDocument.Remedy(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
            ItemStatus.valueOf(rs.getString(3))))
        .list();
    boolean own = letterheads.byInspectionCommittee(inspecting);
    List<String> recipients = new ArrayList<>();
    if (own) {
      recipients.add("- Ban Thường vụ " + inspecting.name() + " (để báo cáo),");
    }
    recipients.add("- " + inspectedName + " (để thực hiện),");
    recipients.add(own ? "- Lưu Ủy ban Kiểm tra." : "- Lưu Văn phòng " + CommitteeNames.word(inspecting.name()) + ".");
    byte[] document = InspectionConclusionDocument.write(new InspectionConclusionDocument.Contents(inspection,
        resolutions.find(inspection.resolutionId()).orElseThrow(), inspecting, inspectedName, own, reasons, remedies,
        letterheads.inspectionHeading(inspecting, issued, issued.get().issuedOn()),
        letterheads.inspectionSignature(inspecting, recipients)));
    return DocxResponse.of(document, "ket-luan-kiem-tra-" + id + ".docx");
  }
}

package vn.rollout.attachment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.document.DocumentKind;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.InvalidInputException;

/**
 * {@code GET /api/committees/{code}/documents?resolution={id}}: the committee's numbered documents on a
 * resolution (programme, study report, review reports, inspection conclusions), each with its symbol, the
 * Word document's address, its files and where to send the signed scan; for the office of the committee or
 * above.
 */
@RestController
class CommitteeDocumentsController {

  record Listed(long id, String kind, String label, String symbol, LocalDate issuedOn, boolean typed, String documentUrl,
      String attachmentsUrl, List<Attachment> attachments) {}

  private final JdbcClient jdbc;
  private final CommitteeAccess access;
  private final CommitteeDirectory committees;
  private final Attachments attachments;

  CommitteeDocumentsController(JdbcClient jdbc, CommitteeAccess access, CommitteeDirectory committees, Attachments attachments) {
    this.jdbc = jdbc;
    this.access = access;
    this.committees = committees;
    this.attachments = attachments;
  }

  @GetMapping("/api/committees/{code}/documents")
  @Transactional(readOnly = true)
  List<Listed> documents(@PathVariable String code, @RequestParam long resolution) {
    if (committees.find(code).isEmpty()) {
      throw new InvalidInputException("committee", "Không có cấp ủy mã \"" + code + "\" trong danh mục tổ chức.");
    }
    access.require(Role.OFFICE, code);
    return jdbc.sql("""
            SELECT d.id, d.subject_kind, d.subject_id, d.symbol, d.issued_on, d.typed, r.kind AS review_kind
              FROM document_number d
              LEFT JOIN programme p ON d.subject_kind = 'PROGRAMME' AND p.id = d.subject_id
              LEFT JOIN review_report r ON d.subject_kind IN ('MID_TERM_REPORT', 'FINAL_REPORT') AND r.id = d.subject_id
              LEFT JOIN rollout rr ON rr.id = r.rollout_id
              LEFT JOIN rollout s ON d.subject_kind = 'STUDY_REPORT' AND s.id = d.subject_id
              LEFT JOIN inspection i ON d.subject_kind = 'INSPECTION_CONCLUSION' AND i.id = d.subject_id
             WHERE d.committee_code = :code
               AND (p.resolution_id = :resolution OR rr.resolution_id = :resolution OR s.resolution_id = :resolution
                    OR i.resolution_id = :resolution)
             ORDER BY d.issued_on, d.id""")
        .param("code", code)
        .param("resolution", resolution)
        .query((rs, n) -> {
          DocumentKind kind = DocumentKind.valueOf(rs.getString("subject_kind"));
          long id = rs.getLong("id");
          String url = switch (kind) {
            case PROGRAMME -> "/api/committees/" + code + "/programme.docx?resolution=" + resolution;
            case MID_TERM_REPORT, FINAL_REPORT -> "/api/committees/" + code + "/reports/" + rs.getString("review_kind")
                + ".docx?resolution=" + resolution;
            case STUDY_REPORT -> "/api/committees/" + code + "/study-report.docx?resolution=" + resolution;
            case INSPECTION_CONCLUSION -> "/api/inspections/" + rs.getLong("subject_id") + "/conclusion.docx";
          };
          return new Listed(id, kind.name(), kind.label(), rs.getString("symbol"), rs.getObject("issued_on", LocalDate.class),
              rs.getBoolean("typed"), url, "/api/documents/" + id + "/attachments", attachments.ofDocument(id));
        })
        .list();
  }
}

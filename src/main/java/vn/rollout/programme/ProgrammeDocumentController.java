package vn.rollout.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.document.DocxResponse;
import vn.rollout.document.IssuedDocument;
import vn.rollout.document.Letterheads;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.security.CommitteeAccess;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.NotFoundException;

/**
 * {@code GET /api/committees/{code}/programme.docx?resolution={id}}: the committee's action programme as
 * Word, for the office of the committee or of a committee above it (the review report's rule); the draft
 * before approval, marked "DỰ THẢO".
 */
@RestController
class ProgrammeDocumentController {

  private final Programmes programmes;
  private final ProgrammeLeads leads;
  private final Resolutions resolutions;
  private final CommitteeDirectory committees;
  private final CommitteeAccess access;
  private final Letterheads letterheads;
  private final DocumentRegister register;

  ProgrammeDocumentController(Programmes programmes, ProgrammeLeads leads, Resolutions resolutions,
      CommitteeDirectory committees, CommitteeAccess access, Letterheads letterheads, DocumentRegister register) {
    this.programmes = programmes;
    this.leads = leads;
    this.resolutions = resolutions;
    this.committees = committees;
    this.access = access;
    this.letterheads = letterheads;
    this.register = register;
  }

  @GetMapping("/api/committees/{code}/programme.docx")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> programme(@PathVariable String code, @RequestParam long resolution) {
    Resolution found = resolutions.find(resolution)
        .orElseThrow(() -> new InvalidInputException("resolution", "Không có nghị quyết mã số " + resolution + "."));
    Committee committee = committees.find(code)
        .orElseThrow(() -> new InvalidInputException("committee", "Không có cấp ủy mã \"" + code + "\" trong danh mục tổ chức."));
    access.require(Role.OFFICE, code);
    Programme programme = programmes.find(resolution, code)
        .orElseThrow(() -> new NotFoundException("committee", committee.name() + " chưa có chương trình hành động thực hiện "
            + "Nghị quyết " + found.symbol() + "."));
    boolean approved = programme.status() == Programme.Status.APPROVED;
    Optional<IssuedDocument> issued = approved ? register.find(DocumentKind.PROGRAMME, programme.id()) : Optional.empty();
    List<String> recipients = new ArrayList<>(letterheads.recipients(committee, "để báo cáo"));
    recipients.add(recipients.size() - 1, "- Các cơ quan, đơn vị được phân công,");
    Committee issuer = committees.find(found.issuingCommittee()).orElseThrow();
    byte[] document = ProgrammeDocument.write(new ProgrammeDocument.Contents(found, issuer.name(), committee,
        letterheads.heading(committee, DocumentKind.PROGRAMME, issued,
            issued.map(IssuedDocument::issuedOn).orElse(EngineTime.today()), !approved),
        letterheads.signature(committee, recipients),
        programmes.entries(programme.id()), leads.names(code)));
    return DocxResponse.of(document, "chuong-trinh-hanh-dong-" + code + ".docx");
  }

  /** The link a task form and the dashboard show. */
  static String url(String committeeCode, long resolutionId) {
    return "/api/committees/" + committeeCode + "/programme.docx?resolution=" + resolutionId;
  }

}

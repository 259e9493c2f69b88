package vn.rollout.study;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
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
import vn.rollout.document.StudyFigures;
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
 * {@code GET /api/committees/{code}/study-report.docx?resolution={id}}: the committee's report on its study
 * of the resolution, for the office or the propaganda board of the committee or above; 404 before the
 * study is recorded.
 */
@RestController
class StudyReportController {

  private final Resolutions resolutions;
  private final CommitteeDirectory committees;
  private final CommitteeAccess access;
  private final StudyFigures figures;
  private final Letterheads letterheads;
  private final DocumentRegister register;

  StudyReportController(Resolutions resolutions, CommitteeDirectory committees, CommitteeAccess access, StudyFigures figures,
      Letterheads letterheads, DocumentRegister register) {
    this.resolutions = resolutions;
    this.committees = committees;
    this.access = access;
    this.figures = figures;
    this.letterheads = letterheads;
    this.register = register;
  }

  @GetMapping("/api/committees/{code}/study-report.docx")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> report(@PathVariable String code, @RequestParam long resolution) {
    Resolution found = resolutions.find(resolution)
        .orElseThrow(() -> new InvalidInputException("resolution", "Không có nghị quyết mã số " + resolution + "."));
    Committee committee = committees.find(code)
        .orElseThrow(() -> new InvalidInputException("committee", "Không có cấp ủy mã \"" + code + "\" trong danh mục tổ chức."));
    if (!access.mayRead(Role.OFFICE, code) && !access.mayRead(Role.STUDY, code)) {
      throw new AuthorizationException("Đồng chí không có quyền xem báo cáo học tập, quán triệt của cấp ủy này.");
    }
    StudyFigures.Record study = figures.of(resolution, code)
        .orElseThrow(() -> new NotFoundException("committee", committee.name() + " chưa báo cáo kết quả học tập, quán triệt "
            + "Nghị quyết " + found.symbol() + "."));
    Optional<IssuedDocument> issued = register.find(DocumentKind.STUDY_REPORT, study.rolloutId());
    var today = EngineTime.today();
    List<StudyReportDocument.Subordinate> subordinates = committees.children(code).stream().map(child -> {
      Optional<StudyFigures.Record> theirs = figures.of(resolution, child.code());
      String state = theirs.map(r -> r.onTime() ? "Đúng hạn" : "Chậm")
          .orElse(today.isAfter(found.studyDue()) ? "Chưa tổ chức, đã quá hạn" : "Chưa đến hạn");
      Integer percent = theirs.filter(r -> r.invited() > 0).map(r -> Math.round(100f * r.attended() / r.invited())).orElse(null);
      return new StudyReportDocument.Subordinate(child.name(), state, percent);
    }).toList();
    byte[] document = StudyReportDocument.write(new StudyReportDocument.Contents(found, committee, study, subordinates,
        letterheads.heading(committee, DocumentKind.STUDY_REPORT, issued,
            issued.map(IssuedDocument::issuedOn).orElse(study.submittedAt().toLocalDate()), false),
        letterheads.signature(committee, letterheads.recipients(committee, "để báo cáo"))));
    return DocxResponse.of(document, "bao-cao-hoc-tap-quan-triet-" + code + ".docx");
  }
}

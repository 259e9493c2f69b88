package vn.rollout.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.rollout.security.CommitteeAccess;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.dashboard.ResolutionStatus.CommitteeStatus;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.document.IssuedDocument;
import vn.rollout.document.Letterheads;
import vn.rollout.document.PartyDocx;
import vn.rollout.document.StudyFigures;
import vn.rollout.organisation.Committee;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.review.ReviewKind;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/** A committee's mid-term or final review report as a Word document, built from the tracked data. */
@Service
class ReviewReports {

  /** What a document needs, gathered in one place. */
  record Contents(
      ReviewKind kind,
      Resolution resolution,
      Committee committee,
      PartyDocx.Heading heading,
      PartyDocx.Signature signature,
      LocalDate date,
      String programmeSymbol,
      List<ReviewReportData.Item> items,
      CommitteeStatus own,
      List<CommitteeStatus> subordinates,
      Optional<StudyFigures.Record> study,
      ReviewReportData.Submission submission,
      List<TargetFigures.Figure> targets) {}

  private final Resolutions resolutions;
  private final ReviewReportData data;
  private final StatusBoard board;
  private final Letterheads letterheads;
  private final DocumentRegister register;
  private final StudyFigures study;
  private final CommitteeAccess access;

  ReviewReports(Resolutions resolutions, ReviewReportData data, StatusBoard board, Letterheads letterheads,
      DocumentRegister register, StudyFigures study, CommitteeAccess access) {
    this.access = access;
    this.resolutions = resolutions;
    this.data = data;
    this.board = board;
    this.letterheads = letterheads;
    this.register = register;
    this.study = study;
  }

  @Transactional(readOnly = true)
  public byte[] document(String committeeCode, String kindName, long resolutionId) {
    ReviewKind kind;
    try {
      kind = ReviewKind.valueOf(kindName);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "Loại báo cáo phải là MID_TERM (sơ kết) hoặc FINAL (tổng kết).");
    }
    Resolution resolution = resolutions.find(resolutionId)
        .orElseThrow(() -> new InvalidInputException("resolution", "Không có nghị quyết mã số " + resolutionId + "."));
    // checks that the committee exists, is in the resolution's tree, and that the caller may watch it
    ResolutionStatus status = board.status(resolutionId, committeeCode, 1);
    Committee committee = letterheads.committee(status.committee());
    LocalDate today = EngineTime.today();
    ReviewReportData.Submission submission = data.submission(resolutionId, committee.code(), kind)
        // a draft is not sent: only the committee's own organs (and administrators) read it, marked "DỰ THẢO"
        .filter(report -> report.approved() || committee.organGroups().stream().anyMatch(access::inGroup))
        .orElse(null);
    Optional<IssuedDocument> issued = submission == null ? Optional.empty()
        : register.find(kind == ReviewKind.MID_TERM ? DocumentKind.MID_TERM_REPORT : DocumentKind.FINAL_REPORT, submission.id());
    LocalDate date = issued.map(IssuedDocument::issuedOn)
        .orElse(submission == null ? today : submission.submittedAt().toLocalDate());
    DocumentKind documentKind = kind == ReviewKind.MID_TERM ? DocumentKind.MID_TERM_REPORT : DocumentKind.FINAL_REPORT;
    return ReviewReportDocument.write(new Contents(kind, resolution, committee,
        letterheads.heading(committee, documentKind, issued, date, submission == null || !submission.approved()),
        letterheads.signature(committee, letterheads.recipients(committee, "để báo cáo")),
        date,
        data.programmeSymbol(resolutionId, committee.code()).orElse(null),
        data.items(resolutionId, committee.code(), today),
        status.committees().get(0),
        status.committees().subList(1, status.committees().size()),
        study.of(resolutionId, committee.code()),
        submission,
        status.targets()));
  }
}

package vn.rollout.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.config.BadRequestException;
import vn.rollout.dashboard.ResolutionStatus.CommitteeStatus;
import vn.rollout.process.EngineTime;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.review.ReviewKind;

/** A committee's mid-term or final review report as a Word document, built from the tracked data. */
@Service
class ReviewReports {

  /** What a document needs, gathered in one place. */
  record Contents(
      ReviewKind kind,
      Resolution resolution,
      ReviewReportData.CommitteeLine committee,
      String superiorName,
      String place,
      LocalDate date,
      String programmeSymbol,
      List<ReviewReportData.Item> items,
      CommitteeStatus own,
      List<CommitteeStatus> subordinates,
      ReviewReportData.Submission submission) {}

  private final Resolutions resolutions;
  private final ReviewReportData data;
  private final StatusBoard board;
  private final StatusQuery query;

  ReviewReports(Resolutions resolutions, ReviewReportData data, StatusBoard board, StatusQuery query) {
    this.resolutions = resolutions;
    this.data = data;
    this.board = board;
    this.query = query;
  }

  @Transactional(readOnly = true)
  public byte[] document(String committeeCode, String kindName, long resolutionId) {
    ReviewKind kind;
    try {
      kind = ReviewKind.valueOf(kindName);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("kind", "Loại báo cáo phải là MID_TERM (sơ kết) hoặc FINAL (tổng kết).");
    }
    Resolution resolution = resolutions.find(resolutionId)
        .orElseThrow(() -> new BadRequestException("resolution", "Không có nghị quyết mã số " + resolutionId + "."));
    // checks that the committee exists, is in the resolution's tree, and that the caller may watch it
    ResolutionStatus status = board.status(resolutionId, committeeCode, 1);
    ReviewReportData.CommitteeLine committee = data.committee(status.committee()).orElseThrow();
    String superior = committee.parentCode() == null ? null
        : data.committee(committee.parentCode()).map(ReviewReportData.CommitteeLine::name).orElse(null);
    LocalDate today = EngineTime.today();
    ReviewReportData.Submission submission = data.submission(resolutionId, committee.code(), kind).orElse(null);
    return ReviewReportDocument.write(new Contents(kind, resolution, committee, superior, place(committee.code()),
        submission == null ? today : submission.submittedAt().toLocalDate(),
        data.programmeSymbol(resolutionId, committee.code()).orElse(null),
        data.items(resolutionId, committee.code(), today),
        status.committees().get(0),
        status.committees().subList(1, status.committees().size()),
        submission));
  }

  /**
   * The place in the date line: the province or city the committee belongs to ("Đà Nẵng" for Thành ủy
   * Đà Nẵng and every committee under it), else the committee's own place name.
   */
  private String place(String committeeCode) {
    List<String> chain = query.selfAndAncestors(committeeCode);
    for (String code : chain) {
      ReviewReportData.CommitteeLine line = data.committee(code).orElseThrow();
      if ("TU".equals(line.symbol())) {
        return placeName(line.name());
      }
    }
    return placeName(data.committee(committeeCode).orElseThrow().name());
  }

  static String placeName(String committeeName) {
    String[] prefixes = {"Thành ủy ", "Tỉnh ủy ", "Huyện ủy ", "Quận ủy ", "Thị ủy ", "Đảng ủy phường ", "Đảng ủy xã ",
        "Đảng ủy thị trấn ", "Đảng ủy ", "Chi bộ "};
    for (String prefix : prefixes) {
      if (committeeName.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
        return committeeName.substring(prefix.length());
      }
    }
    return committeeName;
  }
}

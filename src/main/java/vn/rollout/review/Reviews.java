package vn.rollout.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/** Mid-term and final review reports, who among a committee's subordinates sent theirs, and the conferences. */
@Service
public class Reviews {

  /** Where a subordinate's report stands, as the superior sees it. */
  public enum Submission {
    ON_TIME("đúng hạn"),
    LATE("chậm"),
    MISSING("chưa gửi");

    private final String label;

    Submission(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A direct subordinate and its report. */
  public record SubordinateReport(String committeeCode, String committeeName, Submission submission) {}

  private final JdbcClient jdbc;
  private final CommitteeDirectory committees;
  private final DocumentRegister register;

  Reviews(JdbcClient jdbc, CommitteeDirectory committees, DocumentRegister register) {
    this.jdbc = jdbc;
    this.committees = committees;
    this.register = register;
  }

  /** A report's draft as the office last wrote it, and the standing committee's latest comments when it returned it. */
  public record Draft(long id, ReviewSubmission report, String status, String returnComments) {}

  /** A draft's contents, as the office wrote them, bound to the statement that stores them. */
  private static JdbcClient.StatementSpec draft(JdbcClient.StatementSpec sql, ReviewSubmission report, String draftedBy) {
    return sql
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", draftedBy)
        .param("economy", trim(report.resultsEconomy()))
        .param("culture", trim(report.resultsCultureSociety()))
        .param("party", trim(report.resultsPartyBuilding()))
        .param("causes", trim(report.causes()))
        .param("lessons", trim(report.lessons()))
        .param("solutions", trim(report.solutions()))
        .param("overall", trim(report.overallAssessment()))
        .param("recommendations", trim(report.recommendations()))
        .param("typed", report.typedNumber());
  }

  /**
   * The one definition of a sent report, as a SQL condition on a {@code review_report} row of alias
   * {@code report}: only the version the standing committee approved counts (for reporting queries).
   */
  public static String sentSql(String report) {
    return report + ".status = 'APPROVED'";
  }

  /**
   * Where a committee's report of {@code kind} stands, by the one rule of {@link ReportState#of}: only an
   * approved report counts as sent; a committee without a rollout ({@code rolloutId} empty) has sent nothing.
   */
  public ReportState reportState(Optional<Long> rolloutId, ReviewKind kind, LocalDate cutoff, LocalDate today) {
    Boolean onTime = rolloutId.flatMap(id -> jdbc.sql(
            "SELECT r.on_time FROM review_report r WHERE r.rollout_id = :id AND r.kind = :kind AND " + sentSql("r"))
        .param("id", id).param("kind", kind.name()).query(Boolean.class).optional()).orElse(null);
    return ReportState.of(onTime, cutoff, today);
  }

  /**
   * Stores the office's draft of a committee's report (a returned draft is replaced by the revised one). A draft is
   * not sent: the superior sees nothing until the standing committee approves it ({@link #decide}).
   *
   * @throws InvalidInputException naming the field, when a field's results are missing, a limitation names no one,
   *     or the typed number is taken
   */
  @Transactional
  public long draft(long rolloutId, ReviewKind kind, ReviewSubmission report, String draftedBy) {
    require(report.resultsEconomy(), "resultsEconomy", "Chưa đánh giá kết quả trên lĩnh vực kinh tế.");
    require(report.resultsCultureSociety(), "resultsCultureSociety", "Chưa đánh giá kết quả trên lĩnh vực văn hóa – xã hội.");
    require(report.resultsPartyBuilding(), "resultsPartyBuilding",
        "Chưa đánh giá kết quả xây dựng Đảng và hệ thống chính trị.");
    List<ReviewSubmission.Limitation> limitations = report.limitations().stream()
        .filter(l -> trim(l.limitation()) != null || trim(l.responsible()) != null).toList();
    for (int i = 0; i < limitations.size(); i++) {
      if (trim(limitations.get(i).limitation()) == null) {
        throw new InvalidInputException("limitations[" + i + "].limitation", "Hạn chế " + (i + 1) + ": chưa nêu nội dung hạn chế.");
      }
      if (trim(limitations.get(i).responsible()) == null) {
        throw new InvalidInputException("limitations[" + i + "].responsible",
            "Hạn chế " + (i + 1) + ": chưa nêu cơ quan, đơn vị chịu trách nhiệm.");
      }
    }
    Committee committee = committeeOf(rolloutId);
    if (report.typedNumber() != null) {
      register.requireFree(documentKind(kind), committee.code(), committee.symbol(), EngineTime.today().getYear(),
          report.typedNumber(), "reportNumber");
    }
    Optional<Draft> existing = draftOf(rolloutId, kind);
    if (existing.isPresent() && "APPROVED".equals(existing.get().status())) {
      throw new InvalidInputException("status", "Báo cáo đã được phê duyệt và gửi cấp trên; không sửa được nữa.");
    }
    long reportId;
    if (existing.isPresent()) {
      reportId = existing.get().id();
      draft(jdbc.sql("""
              UPDATE review_report SET status = 'DRAFT', drafted_at = :now, drafted_by = :by, submitted_at = :now,
                     results_economy = :economy, results_culture_society = :culture, results_party_building = :party,
                     causes = :causes, lessons = :lessons, solutions = :solutions, overall_assessment = :overall,
                     recommendations = :recommendations, typed_number = :typed
               WHERE id = :id AND status <> 'APPROVED'""")
          .param("id", reportId), report, draftedBy)
          .update();
      jdbc.sql("DELETE FROM review_limitation WHERE report_id = :report").param("report", reportId).update();
    } else {
      var keys = new GeneratedKeyHolder();
      draft(jdbc.sql("""
              INSERT INTO review_report (rollout_id, kind, status, submitted_at, drafted_at, drafted_by, on_time,
                                         results_economy, results_culture_society, results_party_building, causes, lessons,
                                         solutions, overall_assessment, recommendations, typed_number)
              VALUES (:rollout, :kind, 'DRAFT', :now, :now, :by, FALSE, :economy, :culture, :party, :causes, :lessons,
                      :solutions, :overall, :recommendations, :typed)""")
          .param("rollout", rolloutId)
          .param("kind", kind.name()), report, draftedBy)
          .update(keys, "id");
      reportId = keys.getKeyAs(Number.class).longValue();
    }
    for (int i = 0; i < limitations.size(); i++) {
      jdbc.sql("INSERT INTO review_limitation (report_id, seq, limitation, responsible) VALUES (:report, :seq, :limitation, :responsible)")
          .param("report", reportId)
          .param("seq", i)
          .param("limitation", limitations.get(i).limitation().strip())
          .param("responsible", limitations.get(i).responsible().strip())
          .update();
    }
    return reportId;
  }

  /**
   * The standing committee's decision on the office's draft. Approved, the report is sent: numbered, on time when
   * approved by the end of the cut-off day in Vietnam, else late, and from then on the superior sees it. Returned, it
   * goes back to the office with the comments. Every decision is kept ({@code review_report_decision}).
   *
   * @return whether the approved report is on time; null when returned
   * @throws InvalidInputException when returned without comments, there is no draft, or the typed number is taken by now
   */
  @Transactional
  public Boolean decide(long rolloutId, ReviewKind kind, boolean approve, String comments, LocalDate cutoff, String decidedBy) {
    Draft draft = draftOf(rolloutId, kind).filter(d -> "DRAFT".equals(d.status()))
        .orElseThrow(() -> new InvalidInputException("decision", "Không có dự thảo báo cáo nào đang chờ phê duyệt."));
    if (!approve && trim(comments) == null) {
      throw new InvalidInputException("reviewComments", "Trả lại báo cáo thì phải nêu ý kiến: nội dung cần sửa.");
    }
    int seq = jdbc.sql("SELECT COUNT(*) FROM review_report_decision WHERE report_id = :report").param("report", draft.id())
        .query(Integer.class).single();
    jdbc.sql("""
            INSERT INTO review_report_decision (report_id, seq, approved, comments, decided_at, decided_by)
            VALUES (:report, :seq, :approved, :comments, :now, :by)""")
        .param("report", draft.id())
        .param("seq", seq)
        .param("approved", approve)
        .param("comments", trim(comments))
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", decidedBy)
        .update();
    if (!approve) {
      jdbc.sql("UPDATE review_report SET status = 'RETURNED' WHERE id = :id").param("id", draft.id()).update();
      return null;
    }
    boolean onTime = !EngineTime.today().isAfter(cutoff);
    Committee committee = committeeOf(rolloutId);
    register.issue(documentKind(kind), draft.id(), committee.code(), committee.symbol(), EngineTime.today(),
        draft.report().typedNumber(), "reportNumber", decidedBy);
    jdbc.sql("""
            UPDATE review_report SET status = 'APPROVED', on_time = :onTime, submitted_at = :now, submitted_by = :by
             WHERE id = :id""")
        .param("id", draft.id())
        .param("onTime", onTime)
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", decidedBy)
        .update();
    return onTime;
  }

  /** The committee's report of this kind in whatever state it is (draft, returned, approved), with the latest comments. */
  public Optional<Draft> draftOf(long rolloutId, ReviewKind kind) {
    return jdbc.sql("""
            SELECT id, status, results_economy, results_culture_society, results_party_building, overall_assessment,
                   causes, lessons, solutions, recommendations, typed_number
              FROM review_report WHERE rollout_id = :rollout AND kind = :kind""")
        .param("rollout", rolloutId)
        .param("kind", kind.name())
        .query((rs, n) -> {
          long id = rs.getLong("id");
          List<ReviewSubmission.Limitation> limitations = jdbc.sql(
                  "SELECT limitation, responsible FROM review_limitation WHERE report_id = :report ORDER BY seq")
              .param("report", id)
              .query((l, m) -> new ReviewSubmission.Limitation(l.getString("limitation"), l.getString("responsible")))
              .list();
          String comments = jdbc.sql("""
                  SELECT comments FROM review_report_decision
                   WHERE report_id = :report AND approved = FALSE ORDER BY seq DESC""")
              .param("report", id)
              .query(String.class).list().stream().findFirst().orElse(null);
          return new Draft(id, new ReviewSubmission(rs.getString("results_economy"), rs.getString("results_culture_society"),
              rs.getString("results_party_building"), rs.getString("overall_assessment"), limitations, rs.getString("causes"),
              rs.getString("lessons"), rs.getString("solutions"), rs.getString("recommendations"),
              (Integer) rs.getObject("typed_number", Integer.class)), rs.getString("status"), comments);
        })
        .optional();
  }

  private Committee committeeOf(long rolloutId) {
    String committeeCode = jdbc.sql("SELECT committee_code FROM rollout WHERE id = :id").param("id", rolloutId)
        .query(String.class).single();
    return committees.find(committeeCode).orElseThrow();
  }

  private static DocumentKind documentKind(ReviewKind kind) {
    return kind == ReviewKind.MID_TERM ? DocumentKind.MID_TERM_REPORT : DocumentKind.FINAL_REPORT;
  }

  /**
   * The direct subordinates of a committee and where their reports of this kind stand, in one query
   * whatever their number (a province's cut-off lists hundreds).
   */
  public List<SubordinateReport> subordinates(long resolutionId, String committeeCode, ReviewKind kind) {
    return jdbc.sql("""
            SELECT c.code, c.name, r.on_time
              FROM committee c
              LEFT JOIN rollout o ON o.committee_code = c.code AND o.resolution_id = :resolution
              LEFT JOIN review_report r ON r.rollout_id = o.id AND r.kind = :kind AND %s
             WHERE c.parent_code = :committee
             ORDER BY c.code""".formatted(sentSql("r")))
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .param("kind", kind.name())
        .query((rs, row) -> {
          Boolean onTime = rs.getObject(3, Boolean.class);
          Submission submission = onTime == null ? Submission.MISSING : onTime ? Submission.ON_TIME : Submission.LATE;
          return new SubordinateReport(rs.getString(1), rs.getString(2), submission);
        })
        .list();
  }

  /** The direct subordinates that have sent no report of this kind. */
  public List<SubordinateReport> missing(long resolutionId, String committeeCode, ReviewKind kind) {
    return subordinates(resolutionId, committeeCode, kind).stream()
        .filter(report -> report.submission() == Submission.MISSING)
        .toList();
  }

  /**
   * Records the review conference.
   *
   * @throws InvalidInputException when the date is missing, malformed or in the future, or attendees are negative
   */
  @Transactional
  public void recordConference(long rolloutId, ReviewKind kind, String heldOn, Integer attendees, String conclusions,
      String recordedBy) {
    LocalDate day;
    try {
      day = trim(heldOn) == null ? null : LocalDate.parse(heldOn.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("heldOn", "Ngày tổ chức hội nghị \"" + heldOn + "\" không đúng định dạng.");
    }
    if (day == null) {
      throw new InvalidInputException("heldOn", "Chưa nhập ngày tổ chức hội nghị.");
    }
    if (day.isAfter(EngineTime.today())) {
      throw new InvalidInputException("heldOn", "Chỉ ghi nhận hội nghị đã tổ chức: ngày tổ chức không thể sau hôm nay.");
    }
    if (attendees != null && attendees < 0) {
      throw new InvalidInputException("attendees", "Số đại biểu tham dự không thể âm.");
    }
    jdbc.sql("""
            INSERT INTO review_conference (rollout_id, kind, held_on, attendees, conclusions, recorded_at, recorded_by)
            VALUES (:rollout, :kind, :day, :attendees, :conclusions, :now, :by)""")
        .param("rollout", rolloutId)
        .param("kind", kind.name())
        .param("day", day)
        .param("attendees", attendees)
        .param("conclusions", trim(conclusions))
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", recordedBy)
        .update();
  }

  private static void require(String text, String field, String message) {
    if (trim(text) == null) {
      throw new InvalidInputException(field, message);
    }
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

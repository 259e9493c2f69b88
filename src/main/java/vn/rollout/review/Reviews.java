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

  /**
   * Where a committee's report of {@code kind} stands, by the one rule of {@link ReportState#of}; a
   * committee without a rollout ({@code rolloutId} empty) has sent nothing.
   */
  public ReportState reportState(Optional<Long> rolloutId, ReviewKind kind, LocalDate cutoff, LocalDate today) {
    Boolean onTime = rolloutId.flatMap(id -> jdbc.sql("SELECT on_time FROM review_report WHERE rollout_id = :id AND kind = :kind")
        .param("id", id).param("kind", kind.name()).query(Boolean.class).optional()).orElse(null);
    return ReportState.of(onTime, cutoff, today);
  }

  /**
   * Stores a committee's report: on time when submitted by the end of the cut-off day in Vietnam, else late.
   *
   * @throws InvalidInputException naming the field, when a field's results are missing or a limitation names no one
   */
  @Transactional
  public boolean submit(long rolloutId, ReviewKind kind, ReviewSubmission report, LocalDate cutoff, String submittedBy) {
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
    boolean onTime = !EngineTime.today().isAfter(cutoff);
    String committeeCode = jdbc.sql("SELECT committee_code FROM rollout WHERE id = :id").param("id", rolloutId)
        .query(String.class).single();
    Committee committee = committees.find(committeeCode).orElseThrow();
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO review_report (rollout_id, kind, submitted_at, submitted_by, on_time, results_economy,
                                       results_culture_society, results_party_building, causes, lessons, solutions,
                                       overall_assessment, recommendations)
            VALUES (:rollout, :kind, :now, :by, :onTime, :economy, :culture, :party, :causes, :lessons, :solutions,
                    :overall, :recommendations)""")
        .param("rollout", rolloutId)
        .param("kind", kind.name())
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", submittedBy)
        .param("onTime", onTime)
        .param("economy", trim(report.resultsEconomy()))
        .param("culture", trim(report.resultsCultureSociety()))
        .param("party", trim(report.resultsPartyBuilding()))
        .param("causes", trim(report.causes()))
        .param("lessons", trim(report.lessons()))
        .param("solutions", trim(report.solutions()))
        .param("overall", trim(report.overallAssessment()))
        .param("recommendations", trim(report.recommendations()))
        .update(keys, "id");
    long reportId = keys.getKeyAs(Number.class).longValue();
    register.issue(kind == ReviewKind.MID_TERM ? DocumentKind.MID_TERM_REPORT : DocumentKind.FINAL_REPORT, reportId,
        committee.code(), committee.symbol(), EngineTime.today(), report.typedNumber(), "reportNumber", submittedBy);
    for (int i = 0; i < limitations.size(); i++) {
      jdbc.sql("INSERT INTO review_limitation (report_id, seq, limitation, responsible) VALUES (:report, :seq, :limitation, :responsible)")
          .param("report", reportId)
          .param("seq", i)
          .param("limitation", limitations.get(i).limitation().strip())
          .param("responsible", limitations.get(i).responsible().strip())
          .update();
    }
    return onTime;
  }

  /** The direct subordinates of a committee and where their reports of this kind stand. */
  public List<SubordinateReport> subordinates(long resolutionId, String committeeCode, ReviewKind kind) {
    return committees.children(committeeCode).stream()
        .map(child -> new SubordinateReport(child.code(), child.name(), submission(resolutionId, child, kind)))
        .toList();
  }

  /** The direct subordinates that have sent no report of this kind. */
  public List<SubordinateReport> missing(long resolutionId, String committeeCode, ReviewKind kind) {
    return subordinates(resolutionId, committeeCode, kind).stream()
        .filter(report -> report.submission() == Submission.MISSING)
        .toList();
  }

  private Submission submission(long resolutionId, Committee committee, ReviewKind kind) {
    return jdbc.sql("""
            SELECT r.on_time FROM review_report r JOIN rollout o ON o.id = r.rollout_id
             WHERE o.resolution_id = :resolution AND o.committee_code = :committee AND r.kind = :kind""")
        .param("resolution", resolutionId)
        .param("committee", committee.code())
        .param("kind", kind.name())
        .query(Boolean.class)
        .optional()
        .map(onTime -> onTime ? Submission.ON_TIME : Submission.LATE)
        .orElse(Submission.MISSING);
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

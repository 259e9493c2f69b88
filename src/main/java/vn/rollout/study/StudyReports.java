package vn.rollout.study;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.document.DocumentKind;
import vn.rollout.document.DocumentRegister;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.resolution.Term;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/** The record of a committee's study and dissemination: its sessions, the make-up session, the review. */
@Service
public class StudyReports {

  private final JdbcClient jdbc;
  private final DocumentRegister register;
  private final CommitteeDirectory committees;

  StudyReports(JdbcClient jdbc, DocumentRegister register, CommitteeDirectory committees) {
    this.jdbc = jdbc;
    this.register = register;
    this.committees = committees;
  }

  /**
   * Checks and stores the study record of a rollout.
   *
   * @param due the study deadline: a record after its end is stored as late
   * @throws InvalidInputException naming the field (such as {@code sessions[1].attended}), in Vietnamese
   */
  @Transactional
  public void record(long rolloutId, StudySubmission submission, Term term, LocalDate due, String submittedBy) {
    List<StudySession> sessions = submission.sessions();
    if (sessions.isEmpty()) {
      throw new InvalidInputException("sessions", "Chưa ghi buổi học tập, quán triệt nào: cần ít nhất một buổi.");
    }
    LocalDate makeUpDate = null;
    if (submission.makeUpSession()) {
      makeUpDate = date(submission.makeUpDate(), "makeUpDate", "Buổi học bù");
      if (makeUpDate == null) {
        throw new InvalidInputException("makeUpDate", "Chưa nhập ngày học bù cho người vắng mặt.");
      }
      insideTerm(makeUpDate, term, "makeUpDate", "Ngày học bù");
    }
    List<Checked> checked = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      checked.add(check(sessions.get(i), i, term));
    }
    jdbc.sql("""
            INSERT INTO study_report (rollout_id, make_up_date, notes, submitted_at, submitted_by, on_time)
            VALUES (:rollout, :makeUpDate, :notes, :now, :by, :onTime)""")
        .param("rollout", rolloutId)
        .param("makeUpDate", makeUpDate)
        .param("notes", blankToNull(submission.notes()))
        .param("now", Timestamp.from(EngineTime.now()))
        .param("by", submittedBy)
        .param("onTime", !EngineTime.today().isAfter(due))
        .update();
    for (int i = 0; i < checked.size(); i++) {
      Checked session = checked.get(i);
      jdbc.sql("""
              INSERT INTO study_session (rollout_id, seq, session_date, audience, session_format, invited, attended)
              VALUES (:rollout, :seq, :date, :audience, :format, :invited, :attended)""")
          .param("rollout", rolloutId)
          .param("seq", i)
          .param("date", session.date())
          .param("audience", session.audience().name())
          .param("format", session.format().name())
          .param("invited", session.invited())
          .param("attended", session.attended())
          .update();
    }
    Committee committee = committees.find(jdbc.sql("SELECT committee_code FROM rollout WHERE id = :id").param("id", rolloutId)
        .query(String.class).single()).orElseThrow();
    register.issue(DocumentKind.STUDY_REPORT, rolloutId, committee.code(), committee.symbol(), EngineTime.today(), null, null,
        submittedBy);
  }

  private record Checked(LocalDate date, StudySession.Audience audience, StudySession.Format format, int invited, int attended) {}

  private static Checked check(StudySession session, int index, Term term) {
    String field = "sessions[" + index + "]";
    String name = "Buổi " + (index + 1);
    LocalDate date = date(session.date(), field + ".date", name);
    if (date == null) {
      throw new InvalidInputException(field + ".date", name + ": chưa nhập ngày tổ chức.");
    }
    insideTerm(date, term, field + ".date", name);
    StudySession.Audience audience = choice(StudySession.Audience.class, session.audience(), field + ".audience",
        name + ": chưa chọn đối tượng (cán bộ chủ chốt hoặc đảng viên).");
    StudySession.Format format = choice(StudySession.Format.class, session.format(), field + ".format",
        name + ": chưa chọn hình thức (trực tiếp hoặc trực tuyến).");
    if (session.invited() == null || session.invited() < 1) {
      throw new InvalidInputException(field + ".invited", name + ": số được triệu tập phải từ 1 trở lên.");
    }
    if (session.attended() == null || session.attended() < 0) {
      throw new InvalidInputException(field + ".attended", name + ": chưa nhập số tham dự.");
    }
    if (session.attended() > session.invited()) {
      throw new InvalidInputException(field + ".attended", name + ": số tham dự (" + session.attended()
          + ") không thể lớn hơn số được triệu tập (" + session.invited() + ").");
    }
    return new Checked(date, audience, format, session.invited(), session.attended());
  }

  private static LocalDate date(String text, String field, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, name + ": ngày \"" + text + "\" không đúng định dạng.");
    }
  }

  private static void insideTerm(LocalDate date, Term term, String field, String name) {
    if (!term.contains(date)) {
      throw new InvalidInputException(field, name + ": ngày " + VietnameseFormat.date(date) + " nằm ngoài nhiệm kỳ ("
          + VietnameseFormat.period(term.from(), term.to()) + ").");
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException(field, message));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

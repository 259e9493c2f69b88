package vn.rollout.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A committee's study record as its documents report it: the sessions, attendance per audience, the make-up. */
@Repository
public class StudyFigures {

  /** One audience's totals: "Cán bộ chủ chốt", 2 sessions, 120 invited, 115 attended. */
  public record Audience(String label, int sessions, int invited, int attended) {
    public int percent() {
      return invited == 0 ? 0 : Math.round(100f * attended / invited);
    }
  }

  public record Session(LocalDate date, String audience, String format, int invited, int attended) {}

  public record Record(long rolloutId, List<Session> sessions, List<Audience> audiences, LocalDate makeUpDate, String notes,
      LocalDateTime submittedAt, boolean onTime) {

    public int invited() {
      return audiences.stream().mapToInt(Audience::invited).sum();
    }

    public int attended() {
      return audiences.stream().mapToInt(Audience::attended).sum();
    }
  }

  public static String audienceLabel(String audience) {
    return "KEY_OFFICIALS".equals(audience) ? "Cán bộ chủ chốt" : "Đảng viên";
  }

  public static String formatLabel(String format) {
    return "ONLINE" .equals(format) ? "Trực tuyến" : "Trực tiếp";
  }

  private final JdbcClient jdbc;

  StudyFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Record> of(long resolutionId, String committeeCode) {
    return jdbc.sql("""
            SELECT s.rollout_id, s.make_up_date, s.notes, s.submitted_at, s.on_time
              FROM study_report s JOIN rollout r ON r.id = s.rollout_id
             WHERE r.resolution_id = :resolution AND r.committee_code = :committee""")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .query((rs, n) -> {
          long rollout = rs.getLong(1);
          List<Session> sessions = jdbc.sql("""
                  SELECT session_date, audience, session_format, invited, attended FROM study_session
                   WHERE rollout_id = :rollout ORDER BY seq""")
              .param("rollout", rollout)
              .query((row, i) -> new Session(row.getObject(1, LocalDate.class), row.getString(2), row.getString(3),
                  row.getInt(4), row.getInt(5)))
              .list();
          List<Audience> audiences = new ArrayList<>();
          for (String audience : List.of("KEY_OFFICIALS", "MEMBERS")) {
            List<Session> of = sessions.stream().filter(s -> s.audience().equals(audience)).toList();
            if (!of.isEmpty()) {
              audiences.add(new Audience(audienceLabel(audience), of.size(), of.stream().mapToInt(Session::invited).sum(),
                  of.stream().mapToInt(Session::attended).sum()));
            }
          }
          return new Record(rollout, sessions, audiences, rs.getObject(2, LocalDate.class), rs.getString(3),
              rs.getTimestamp(4).toLocalDateTime(), rs.getBoolean(5));
        })
        .optional();
  }

  /** "cán bộ chủ chốt: mời 120, dự 115 (96%); đảng viên: mời 900, dự 850 (94%)". */
  public static String attendance(Record record) {
    List<String> parts = new ArrayList<>();
    for (Audience audience : record.audiences()) {
      parts.add(audience.label().toLowerCase(java.util.Locale.forLanguageTag("vi")) + ": " + audience.sessions() + " hội nghị, mời "
          + audience.invited() + ", dự " + audience.attended() + " (" + audience.percent() + "%)");
    }
    return String.join("; ", parts);
  }
}

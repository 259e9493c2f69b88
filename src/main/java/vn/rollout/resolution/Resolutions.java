package vn.rollout.resolution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.rollout.resolution.Term;
import vn.rollout.shared.TransactionScoped;

/** The registered resolutions. */
@Repository
public class Resolutions {

  private static final Object FOUND_IN_TRANSACTION = Resolutions.class.getName() + ".found";

  private final JdbcClient jdbc;

  Resolutions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The resolution, read once per transaction: a rollout's start reads it for each deadline its timers
   * and tasks take, and a cascade batch starts a hundred rollouts of one resolution in one transaction.
   * Its one change after registration, the inspection cycle, goes through {@link #changeInspectionCycle}.
   */
  public Optional<Resolution> find(long id) {
    Map<Long, Optional<Resolution>> found = TransactionScoped.map(FOUND_IN_TRANSACTION);
    return found == null ? load(id) : found.computeIfAbsent(id, this::load);
  }

  private Optional<Resolution> load(long id) {
    return jdbc.sql("""
            SELECT id, symbol, title, issuing_committee, term_from, term_to, study_due, programme_due,
                   mid_term_report_cutoff, mid_term_conference_by, final_report_cutoff, inspection_cycle,
                   level_offset
              FROM resolution WHERE id = :id""")
        .param("id", id)
        .query(Resolutions::resolution)
        .optional();
  }

  boolean exists(String issuingCommittee, String symbol) {
    return jdbc.sql("SELECT COUNT(*) FROM resolution WHERE issuing_committee = :committee AND symbol = :symbol")
        .param("committee", issuingCommittee)
        .param("symbol", symbol)
        .query(Long.class)
        .single() > 0;
  }

  long insert(Resolution resolution, Instant registeredAt, String registeredBy) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO resolution (symbol, title, issuing_committee, term_from, term_to, study_due, programme_due,
                                    mid_term_report_cutoff, mid_term_conference_by, final_report_cutoff,
                                    inspection_cycle, level_offset, registered_at, registered_by)
            VALUES (:symbol, :title, :committee, :termFrom, :termTo, :studyDue, :programmeDue,
                    :midTermReportCutoff, :midTermConferenceBy, :finalReportCutoff, :inspectionCycle,
                    :levelOffset, :registeredAt, :registeredBy)""")
        .param("symbol", resolution.symbol())
        .param("title", resolution.title())
        .param("committee", resolution.issuingCommittee())
        .param("termFrom", resolution.term().from())
        .param("termTo", resolution.term().to())
        .param("studyDue", resolution.studyDue())
        .param("programmeDue", resolution.programmeDue())
        .param("midTermReportCutoff", resolution.midTermReportCutoff())
        .param("midTermConferenceBy", resolution.midTermConferenceBy())
        .param("finalReportCutoff", resolution.finalReportCutoff())
        .param("inspectionCycle", resolution.inspectionCycle())
        .param("levelOffset", resolution.levelOffset())
        .param("registeredAt", Timestamp.from(registeredAt))
        .param("registeredBy", registeredBy)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** A {@code resolution} row, for reporting queries that read it with other tables. */
  public static Resolution resolution(ResultSet rs, int row) throws SQLException {
    return new Resolution(
        rs.getLong("id"),
        rs.getString("symbol"),
        rs.getString("title"),
        rs.getString("issuing_committee"),
        new Term(date(rs, "term_from"), date(rs, "term_to")),
        date(rs, "study_due"),
        date(rs, "programme_due"),
        date(rs, "mid_term_report_cutoff"),
        date(rs, "mid_term_conference_by"),
        date(rs, "final_report_cutoff"),
        rs.getString("inspection_cycle"),
        rs.getString("level_offset"));
  }

  void changeInspectionCycle(long id, String inspectionCycle) {
    jdbc.sql("UPDATE resolution SET inspection_cycle = :cycle WHERE id = :id")
        .param("cycle", inspectionCycle)
        .param("id", id)
        .update();
    Map<Long, Optional<Resolution>> found = TransactionScoped.map(FOUND_IN_TRANSACTION);
    if (found != null) {
      found.remove(id);
    }
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}

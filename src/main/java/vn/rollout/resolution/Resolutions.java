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
import vn.rollout.programme.quality.Term;
import vn.rollout.rollout.RolloutPhase;
import vn.rollout.security.CommitteeAccess;

/** The registered resolutions. */
@Repository
public class Resolutions {

  private final JdbcClient jdbc;

  Resolutions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Resolution> find(long id) {
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

  private static Resolution resolution(ResultSet rs, int row) throws SQLException {
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
  }

  /** Started rollouts of the resolution per phase, every phase named (0 when none). */
  Map<String, Integer> rolloutsByPhase(long resolutionId) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RolloutPhase phase : RolloutPhase.values()) {
      counts.put(phase.name(), 0);
    }
    jdbc.sql("SELECT phase, COUNT(*) FROM rollout WHERE resolution_id = :id GROUP BY phase")
        .param("id", resolutionId)
        .query(rs -> {
          counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
        });
    return counts;
  }

  /**
   * What {@code GET /api/resolutions} asks for.
   *
   * @param scope the committees whose resolutions the caller may read ({@link CommitteeAccess.TreeScope}); {@code null}: all
   * @param termFrom the year the term starts, with {@code termTo} the year it ends; {@code null}: any
   * @param phase the issuing committee's rollout phase; {@code null}: any
   */
  record Filter(CommitteeAccess.TreeScope scope, String committee, Integer termFrom, Integer termTo, String phase) {}

  /** A resolution of the listing, with its issuing committee's rollout phase and how many targets it sets. */
  record Listed(Resolution resolution, String phase, int targets) {}

  /*
   * The committees in the subtrees of the caller's organs' committees (down), and those on the way up
   * from every committee the caller has an organ or a unit in (up): CommitteeAccess.requireInTree as a
   * set, so that the listing shows exactly what GET /api/resolutions/{id} answers.
   */
  private static final String SCOPE = """
      WITH RECURSIVE down (code) AS (
          SELECT code FROM committee WHERE code IN (:organs)
        UNION ALL
          SELECT c.code FROM committee c JOIN down d ON c.parent_code = d.code
      ),
      up (code, parent_code) AS (
          SELECT code, parent_code FROM committee WHERE code IN (:anchors)
        UNION ALL
          SELECT c.code, c.parent_code FROM committee c JOIN up u ON c.code = u.parent_code
      )
      """;

  private static final String FROM = """
        FROM resolution r
        LEFT JOIN rollout o ON o.resolution_id = r.id AND o.committee_code = r.issuing_committee
       WHERE (:all = TRUE OR r.issuing_committee IN (SELECT code FROM down) OR r.issuing_committee IN (SELECT code FROM up))
         AND (:committee = '' OR r.issuing_committee = :committee)
         AND (:termFrom < 0 OR (EXTRACT(YEAR FROM r.term_from) = :termFrom AND EXTRACT(YEAR FROM r.term_to) = :termTo))
         AND (:phase = '' OR o.phase = :phase)
      """;

  long count(Filter filter) {
    return bind(jdbc.sql(SCOPE + "SELECT COUNT(*)" + FROM), filter).query(Long.class).single();
  }

  List<Listed> page(Filter filter, int offset, int limit) {
    return bind(jdbc.sql(SCOPE + """
            SELECT r.id, r.symbol, r.title, r.issuing_committee, r.term_from, r.term_to, r.study_due, r.programme_due,
                   r.mid_term_report_cutoff, r.mid_term_conference_by, r.final_report_cutoff, r.inspection_cycle,
                   r.level_offset, o.phase AS issuer_phase,
                   (SELECT COUNT(*) FROM resolution_target t WHERE t.resolution_id = r.id) AS targets
            """ + FROM + " ORDER BY r.term_from DESC, r.id DESC LIMIT :limit OFFSET :offset"), filter)
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> new Listed(resolution(rs, n), rs.getString("issuer_phase"), rs.getInt("targets")))
        .list();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Filter filter) {
    boolean all = filter.scope() == null;
    // an empty IN () is not SQL: no committee has the empty code
    Set<String> organs = all || filter.scope().organCommittees().isEmpty() ? Set.of("") : filter.scope().organCommittees();
    Set<String> anchors = all || filter.scope().anchorCommittees().isEmpty() ? Set.of("") : filter.scope().anchorCommittees();
    return sql.param("organs", organs)
        .param("anchors", anchors)
        .param("all", all)
        .param("committee", filter.committee() == null ? "" : filter.committee())
        .param("termFrom", filter.termFrom() == null ? -1 : filter.termFrom())
        .param("termTo", filter.termTo() == null ? -1 : filter.termTo())
        .param("phase", filter.phase() == null ? "" : filter.phase());
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}

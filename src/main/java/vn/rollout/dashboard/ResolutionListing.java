package vn.rollout.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.rollout.RolloutPhase;
import vn.rollout.security.CommitteeAccess;

/**
 * Resolutions with their rollouts, read across the {@code resolution} and {@code rollout} modules' tables
 * for {@code GET /api/resolutions} and {@code GET /api/resolutions/{id}}.
 */
@Repository
class ResolutionListing {

  private final JdbcClient jdbc;

  ResolutionListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Started rollouts of the resolution per phase, every phase named (0 when none). */
  Map<String, Integer> rolloutsByPhase(long resolutionId) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RolloutPhase phase : RolloutPhase.stored()) {
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
        .query((rs, n) -> new Listed(Resolutions.resolution(rs, n), rs.getString("issuer_phase"), rs.getInt("targets")))
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

}

package vn.rollout.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.rollout.programme.ItemStatus;
import vn.rollout.programme.Programmes;
import vn.rollout.review.Reviews;

/**
 * Reads a committee's subtree for one resolution in two set-based queries (a recursive CTE over
 * {@code committee.parent_code}, the same SQL on H2 and PostgreSQL), however many committees it has.
 */
@Repository
class StatusQuery {

  /** The committee {@code :root} and its subordinates down to {@code :depth} levels below it. */
  private static final String TREE = """
      WITH RECURSIVE tree (code, lvl) AS (
          SELECT code, CAST(0 AS INTEGER) FROM committee WHERE code = :root
        UNION ALL
          SELECT c.code, t.lvl + 1 FROM committee c JOIN tree t ON c.parent_code = t.code WHERE t.lvl < :depth
      )
      """;

  /** Each item's colour as of {@code :today}, by the one rule of {@link ItemStatus#asOf}. */
  static final String EFFECTIVE_STATUS = ItemStatus.sqlAsOf("i", "today");

  /** The recursive tree of {@code :root} down to {@code :depth} levels, for other queries of the dashboard. */
  static String tree() {
    return TREE;
  }

  private final JdbcClient jdbc;

  StatusQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Row(
      String code,
      String name,
      String symbol,
      String parentCode,
      int level,
      int depth,
      boolean started,
      String phase,
      String processInstanceId,
      String programmeStatus,
      String programmeSymbol,
      boolean studied,
      Boolean midTermOnTime,
      Timestamp midTermSubmittedAt,
      Boolean finalOnTime,
      Timestamp finalSubmittedAt) {}

  List<Row> committees(long resolutionId, String root, int depth) {
    return jdbc.sql(TREE + """
            SELECT c.code, c.name, c.symbol, c.parent_code, t.lvl, c.depth,
                   r.id AS rollout_id, r.phase, r.process_instance_id,
                   p.status AS programme_status, p.symbol AS programme_symbol,
                   s.rollout_id AS studied,
                   m.on_time AS mid_on_time, m.submitted_at AS mid_at,
                   f.on_time AS final_on_time, f.submitted_at AS final_at
              FROM tree t
              JOIN committee c ON c.code = t.code
              LEFT JOIN rollout r ON r.resolution_id = :resolution AND r.committee_code = c.code
              LEFT JOIN programme p ON p.resolution_id = :resolution AND p.committee_code = c.code
              LEFT JOIN study_report s ON s.rollout_id = r.id
              LEFT JOIN review_report m ON m.rollout_id = r.id AND m.kind = 'MID_TERM' AND\s""" + Reviews.sentSql("m") + """
              LEFT JOIN review_report f ON f.rollout_id = r.id AND f.kind = 'FINAL' AND\s""" + Reviews.sentSql("f"))
        .param("root", root)
        .param("depth", depth)
        .param("resolution", resolutionId)
        .query((rs, n) -> {
          rs.getLong("rollout_id");
          boolean started = !rs.wasNull();
          rs.getLong("studied");
          boolean studied = !rs.wasNull();
          return new Row(rs.getString("code"), rs.getString("name"), rs.getString("symbol"), rs.getString("parent_code"),
              rs.getInt("lvl"), rs.getInt("depth"), started, rs.getString("phase"), rs.getString("process_instance_id"),
              rs.getString("programme_status"), rs.getString("programme_symbol"), studied,
              (Boolean) rs.getObject("mid_on_time"), rs.getTimestamp("mid_at"),
              (Boolean) rs.getObject("final_on_time"), rs.getTimestamp("final_at"));
        })
        .list();
  }

  /** Items of the approved programmes in the subtree, by committee and colour. */
  Map<String, EnumMap<ItemStatus, Integer>> items(long resolutionId, String root, int depth, LocalDate today) {
    Map<String, EnumMap<ItemStatus, Integer>> counts = new HashMap<>();
    jdbc.sql(TREE + "SELECT committee_code, effective, COUNT(*) FROM ("
            + "SELECT p.committee_code, " + EFFECTIVE_STATUS + """
                 AS effective
              FROM tree t
              JOIN programme p ON p.resolution_id = :resolution AND p.committee_code = t.code AND\s""" + Programmes.approvedSql("p") + """
              JOIN programme_item i ON i.programme_id = p.id) x
            GROUP BY committee_code, effective""")
        .param("root", root)
        .param("depth", depth)
        .param("resolution", resolutionId)
        .param("today", today)
        .query(rs -> {
          counts.computeIfAbsent(rs.getString(1), code -> new EnumMap<>(ItemStatus.class))
              .merge(ItemStatus.valueOf(rs.getString(2)), rs.getInt(3), Integer::sum);
        });
    return counts;
  }

  /** Overdue items of an approved programme in the subtree: per committee their count and the oldest deadline in force. */
  record Overdue(String committeeCode, int count, LocalDate oldest) {}

  List<Overdue> overdue(long resolutionId, String root, int depth, LocalDate today) {
    return jdbc.sql(TREE + "SELECT committee_code, COUNT(*), MIN(due) FROM ("
            + "SELECT p.committee_code, COALESCE(i.due_date, i.deadline) AS due, " + EFFECTIVE_STATUS + """
                 AS effective
              FROM tree t
              JOIN programme p ON p.resolution_id = :resolution AND p.committee_code = t.code AND\s""" + Programmes.approvedSql("p") + """
              JOIN programme_item i ON i.programme_id = p.id) x
             WHERE effective = 'OVERDUE'
             GROUP BY committee_code""")
        .param("root", root)
        .param("depth", depth)
        .param("resolution", resolutionId)
        .param("today", today)
        .query((rs, n) -> new Overdue(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
        .list();
  }

  /** Inspections of the resolution planned on a committee of the subtree and not concluded: their count and the oldest plan. */
  record OpenInspections(String committeeCode, int count, LocalDate oldest) {}

  List<OpenInspections> openInspections(long resolutionId, String root, int depth) {
    return jdbc.sql(TREE + """
            SELECT n.inspected_committee, COUNT(*), MIN(n.planned_on)
              FROM tree t
              JOIN inspection n ON n.resolution_id = :resolution AND n.inspected_committee = t.code AND n.status = 'PLANNED'
             GROUP BY n.inspected_committee""")
        .param("root", root)
        .param("depth", depth)
        .param("resolution", resolutionId)
        .query((rs, n) -> new OpenInspections(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class)))
        .list();
  }

  /** One item of an approved programme in the subtree, for the workbook's sheet of every item. */
  record ItemRow(String committeeCode, String programmeSymbol, int number, String content, String leadGroup,
      LocalDate deadline, String status, String output, String target, String outputAchieved, String targetReached) {}

  List<ItemRow> allItems(long resolutionId, String root, int depth, LocalDate today) {
    return jdbc.sql(TREE + "SELECT p.committee_code, p.symbol, i.seq, i.content, i.lead_group, COALESCE(i.due_date, i.deadline), "
            + EFFECTIVE_STATUS + """
                   AS effective, i.output, i.target, i.output_achieved, i.target_reached
              FROM tree t
              JOIN programme p ON p.resolution_id = :resolution AND p.committee_code = t.code AND\s""" + Programmes.approvedSql("p") + """
              JOIN programme_item i ON i.programme_id = p.id
             ORDER BY t.lvl, p.committee_code, i.seq""")
        .param("root", root)
        .param("depth", depth)
        .param("resolution", resolutionId)
        .param("today", today)
        .query((rs, n) -> new ItemRow(rs.getString(1), rs.getString(2), rs.getInt(3) + 1, rs.getString(4), rs.getString(5),
            rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            rs.getString(11)))
        .list();
  }

  /** The committee and its superiors up to the root, nearest first. */
  List<String> selfAndAncestors(String code) {
    return jdbc.sql("""
            WITH RECURSIVE up (code, parent_code, lvl) AS (
                SELECT code, parent_code, CAST(0 AS INTEGER) FROM committee WHERE code = :code
              UNION ALL
                SELECT c.code, c.parent_code, u.lvl + 1 FROM committee c JOIN up u ON c.code = u.parent_code
            )
            SELECT code FROM up ORDER BY lvl""")
        .param("code", code)
        .query(String.class)
        .list();
  }
}

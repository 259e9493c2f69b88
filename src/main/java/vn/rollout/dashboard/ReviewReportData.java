package vn.rollout.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.OrganKind;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.programme.Programme;
import vn.rollout.programme.Programmes;
import vn.rollout.review.ReviewKind;

/** What a review report's document is built from: the committee, its programme's items, its report. */
@Repository
class ReviewReportData {

  record CommitteeLine(String code, String name, String symbol, String parentCode, boolean hasStandingCommittee,
      boolean hasOffice) {}

  record Item(int number, String content, String lead, LocalDate deadline, String output, String target,
      String outputAchieved, String targetReached, String status, Long budgetVnd) {}

  /** The report as the office wrote it in the review's form; {@code approved}: the standing committee approved it, so it is sent. */
  record Submission(long id, boolean approved, LocalDateTime submittedAt, boolean onTime, String resultsEconomy, String resultsCultureSociety,
      String resultsPartyBuilding, String overallAssessment, List<Limitation> limitations, String causes, String lessons,
      String solutions, String recommendations) {}

  record Limitation(String limitation, String responsible) {}

  private final JdbcClient jdbc;
  private final Programmes programmes;

  ReviewReportData(JdbcClient jdbc, Programmes programmes) {
    this.jdbc = jdbc;
    this.programmes = programmes;
  }

  Optional<CommitteeLine> committee(String code) {
    return jdbc.sql("""
            SELECT c.code, c.name, c.symbol, c.parent_code,
                   (SELECT COUNT(*) FROM committee_organ o WHERE o.committee_code = c.code AND o.organ = :standing) AS standing,
                   (SELECT COUNT(*) FROM committee_organ o WHERE o.committee_code = c.code AND o.organ = :office) AS office
              FROM committee c WHERE c.code = :code""")
        .param("code", code)
        .param("standing", Organ.STANDING_COMMITTEE.key())
        .param("office", Organ.OFFICE.key())
        .query((rs, n) -> new CommitteeLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) > 0, rs.getInt(6) > 0))
        .optional();
  }

  Optional<String> programmeSymbol(long resolutionId, String committeeCode) {
    return programmes.approved(resolutionId, committeeCode).map(Programme::symbol);
  }

  /** The approved programme's items in order, each with its colour as of {@code today} (see {@link StatusQuery}). */
  List<Item> items(long resolutionId, String committeeCode, LocalDate today) {
    Map<String, String> leads = new HashMap<>();
    List<Item> items = jdbc.sql("SELECT i.seq, i.content, i.lead_group, COALESCE(i.due_date, i.deadline), i.output, i.target,"
            + " i.output_achieved, i.target_reached, i.budget_vnd, " + StatusQuery.EFFECTIVE_STATUS + """
              FROM programme p JOIN programme_item i ON i.programme_id = p.id
             WHERE p.resolution_id = :resolution AND p.committee_code = :committee AND\s""" + Programmes.approvedSql("p") + """
             ORDER BY i.seq""")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .param("today", today)
        .query((rs, n) -> new Item(rs.getInt(1) + 1, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(10),
            rs.getObject(9) == null ? null : rs.getLong(9)))
        .list();
    return items.stream().map(item -> new Item(item.number(), item.content(),
        leads.computeIfAbsent(item.lead() == null ? "" : item.lead(), this::groupName), item.deadline(), item.output(),
        item.target(), item.outputAchieved(), item.targetReached(), item.status(), item.budgetVnd())).toList();
  }

  Optional<Submission> submission(long resolutionId, String committeeCode, ReviewKind kind) {
    return jdbc.sql("""
            SELECT m.id, m.status, m.submitted_at, m.on_time, m.results_economy, m.results_culture_society, m.results_party_building,
                   m.causes, m.lessons, m.solutions, m.overall_assessment, m.recommendations
              FROM review_report m JOIN rollout r ON r.id = m.rollout_id
             WHERE r.resolution_id = :resolution AND r.committee_code = :committee AND m.kind = :kind""")
        .param("resolution", resolutionId)
        .param("committee", committeeCode)
        .param("kind", kind.name())
        .query((rs, n) -> new Submission(rs.getLong("id"), "APPROVED".equals(rs.getString("status")),
            LocalDateTime.ofInstant(rs.getTimestamp("submitted_at").toInstant(), ZoneId.systemDefault()), rs.getBoolean("on_time"),
            rs.getString("results_economy"), rs.getString("results_culture_society"), rs.getString("results_party_building"),
            rs.getString("overall_assessment"), limitations(rs.getLong("id")), rs.getString("causes"), rs.getString("lessons"),
            rs.getString("solutions"), rs.getString("recommendations")))
        .optional();
  }

  private List<Limitation> limitations(long reportId) {
    return jdbc.sql("SELECT limitation, responsible FROM review_limitation WHERE report_id = :report ORDER BY seq")
        .param("report", reportId)
        .query((rs, n) -> new Limitation(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** "Sở Khoa học và Công nghệ", "Văn phòng Thành ủy Đà Nẵng": the name of a task group as officials know it. */
  String groupName(String group) {
    if (group.isEmpty()) {
      return "";
    }
    if (group.startsWith(TaskGroups.UNIT_PREFIX)) {
      return jdbc.sql("SELECT name FROM unit WHERE code = :code").param("code", group.substring(TaskGroups.UNIT_PREFIX.length()))
          .query(String.class).optional().orElse(group);
    }
    int dot = group.lastIndexOf('.');
    if (dot < 0) {
      return group;
    }
    return jdbc.sql("""
            SELECT k.kind_key, k.name, c.name FROM committee c JOIN committee_organ o ON o.committee_code = c.code
              JOIN organ_kind k ON k.kind_key = o.organ
             WHERE c.code = :code AND o.organ = :organ""")
        .param("code", group.substring(0, dot)).param("organ", group.substring(dot + 1))
        .query((rs, n) -> OrganKind.name(rs.getString(1), rs.getString(2), rs.getString(3))).optional().orElse(group);
  }
}

package vn.rollout.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.rollout.dashboard.ResolutionStatus.TrendPoint;
import vn.rollout.programme.ItemStatus;
import vn.rollout.programme.Programmes;
import vn.rollout.shared.EngineTime;

/**
 * The weekly points of the dashboard's trend: at the end of each week (Sunday 23:30 in Vietnam, Spring's
 * scheduler: a job of the product's own, not a process anybody follows) every committee's items of an
 * approved programme by colour, in one set-based statement for every resolution. Recording a week again
 * replaces it, so that two nodes or a re-run change nothing. The dashboard sums a committee's whole
 * subtree per week, the last {@value #WEEKS} weeks, and adds the current week live.
 */
@Service
class StatusWeeks {

  static final int WEEKS = 26;
  /** Deep enough for any tree: the trend counts the whole subtree, whatever the window shows. */
  static final int WHOLE_SUBTREE = 64;

  private static final String COUNTS = """
      SUM(CASE WHEN effective = 'NOT_STARTED' THEN 1 ELSE 0 END),
      SUM(CASE WHEN effective = 'IN_PROGRESS' THEN 1 ELSE 0 END),
      SUM(CASE WHEN effective = 'DONE_ON_TIME' THEN 1 ELSE 0 END),
      SUM(CASE WHEN effective = 'DONE_LATE' THEN 1 ELSE 0 END),
      SUM(CASE WHEN effective = 'OVERDUE' THEN 1 ELSE 0 END)""";

  private final JdbcClient jdbc;

  StatusWeeks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  @Scheduled(cron = "${rollout.dashboard.week-cron:0 30 23 * * SUN}", zone = "${rollout.time-zone:Asia/Ho_Chi_Minh}")
  void recordThisWeek() {
    try {
      record(EngineTime.today());
    } catch (DuplicateKeyException anotherNode) {
      // another node recorded the same week at the same moment: its figures are these
    }
  }

  /** Records (again) the week of {@code day}, as the items stand on that day; returns the rows written. */
  @Transactional
  int record(LocalDate day) {
    LocalDate week = weekOf(day);
    jdbc.sql("DELETE FROM status_week WHERE week_start = :week").param("week", week).update();
    return jdbc.sql("""
            INSERT INTO status_week (resolution_id, committee_code, week_start, not_started, in_progress, done_on_time,
                                     done_late, overdue)
            SELECT resolution_id, committee_code, CAST(:week AS DATE),
            """ + COUNTS + """
              FROM (SELECT p.resolution_id, p.committee_code,
            """ + StatusQuery.EFFECTIVE_STATUS + """
                    AS effective
                      FROM programme p JOIN programme_item i ON i.programme_id = p.id
                     WHERE\s""" + Programmes.approvedSql("p") + """
            ) x
             GROUP BY resolution_id, committee_code""")
        .param("week", week)
        .param("today", day)
        .update();
  }

  /** The recorded weeks before the current one (at most {@value #WEEKS}), then the current week as it stands today. */
  List<TrendPoint> trend(long resolutionId, String root, LocalDate today) {
    LocalDate thisWeek = weekOf(today);
    List<TrendPoint> points = new ArrayList<>(jdbc.sql(StatusQuery.tree() + """
            SELECT w.week_start, SUM(w.not_started), SUM(w.in_progress), SUM(w.done_on_time), SUM(w.done_late), SUM(w.overdue)
              FROM tree t
              JOIN status_week w ON w.resolution_id = :resolution AND w.committee_code = t.code
             WHERE w.week_start < :thisWeek AND w.week_start >= :from
             GROUP BY w.week_start
             ORDER BY w.week_start""")
        .param("root", root)
        .param("depth", WHOLE_SUBTREE)
        .param("resolution", resolutionId)
        .param("thisWeek", thisWeek)
        .param("from", thisWeek.minusWeeks(WEEKS))
        .query((rs, n) -> point(rs.getObject(1, LocalDate.class), false,
            rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
        .list());
    points.add(jdbc.sql(StatusQuery.tree() + "SELECT " + COUNTS + " FROM (SELECT " + StatusQuery.EFFECTIVE_STATUS + """
                 AS effective
              FROM tree t
              JOIN programme p ON p.resolution_id = :resolution AND p.committee_code = t.code AND\s""" + Programmes.approvedSql("p") + """
              JOIN programme_item i ON i.programme_id = p.id) x""")
        .param("root", root)
        .param("depth", WHOLE_SUBTREE)
        .param("resolution", resolutionId)
        .param("today", today)
        .query((rs, n) -> point(thisWeek, true, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
        .single());
    return points;
  }

  private static TrendPoint point(LocalDate week, boolean current, int notStarted, int inProgress, int onTime, int late,
      int overdue) {
    Map<String, Integer> items = new LinkedHashMap<>();
    items.put(ItemStatus.NOT_STARTED.name(), notStarted);
    items.put(ItemStatus.IN_PROGRESS.name(), inProgress);
    items.put(ItemStatus.DONE_ON_TIME.name(), onTime);
    items.put(ItemStatus.DONE_LATE.name(), late);
    items.put(ItemStatus.OVERDUE.name(), overdue);
    int due = onTime + late + overdue;
    return new TrendPoint(week, current, items, due == 0 ? null : Math.round(100f * onTime / due));
  }
}

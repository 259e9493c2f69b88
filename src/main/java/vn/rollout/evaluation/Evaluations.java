package vn.rollout.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.rollout.organisation.Committee;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ItemStatus;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.resolution.LevelDeadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.ResolutionDeadlines;
import vn.rollout.review.ReportState;
import vn.rollout.shared.EngineTime;

/** Computes a committee's evaluation figures from the domain tables. */
@Service
class Evaluations {

  private final JdbcClient jdbc;
  private final ProgrammeItems items;
  private final ResolutionDeadlines deadlines;

  Evaluations(JdbcClient jdbc, ProgrammeItems items, ResolutionDeadlines deadlines) {
    this.jdbc = jdbc;
    this.items = items;
    this.deadlines = deadlines;
  }

  Evaluation of(Resolution resolution, Committee committee) {
    LocalDate today = EngineTime.today();
    List<ExecutionItem> programme = items.of(resolution.id(), committee.code());
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    int delivered = 0;
    for (ExecutionItem item : programme) {
      switch (item.statusOn(today)) {
        case DONE_ON_TIME -> onTime++;
        case DONE_LATE -> late++;
        case OVERDUE -> overdue++;
        default -> { }
      }
      if (item.status().done() && item.outputAchieved() != null && !item.outputAchieved().isBlank()) {
        delivered++;
      }
    }
    Optional<Long> rollout = jdbc.sql("SELECT id FROM rollout WHERE resolution_id = :r AND committee_code = :c")
        .param("r", resolution.id()).param("c", committee.code()).query(Long.class).optional();
    // the cut-offs of the committee's level
    LevelDeadlines dates = deadlines.of(resolution, committee.code());
    ReportState midTerm = report(rollout, "MID_TERM", dates.midTermReportCutoff(), today);
    ReportState finalReport = report(rollout, "FINAL", dates.finalReportCutoff(), today);
    int reportsDue = (midTerm == ReportState.NOT_DUE ? 0 : 1) + (finalReport == ReportState.NOT_DUE ? 0 : 1);
    int reportsOnTime = (midTerm == ReportState.ON_TIME ? 1 : 0) + (finalReport == ReportState.ON_TIME ? 1 : 0);
    return new Evaluation(committee.code(), committee.name(), resolution.id(), programme.size(), onTime, late, overdue,
        percent(onTime, onTime + late + overdue), delivered, percent(delivered, programme.size()), midTerm, finalReport,
        percent(reportsOnTime, reportsDue));
  }

  private ReportState report(Optional<Long> rollout, String kind, LocalDate cutoff, LocalDate today) {
    Optional<Boolean> onTime = rollout.flatMap(id -> jdbc.sql("SELECT on_time FROM review_report WHERE rollout_id = :id AND kind = :kind AND status = 'APPROVED'")
        .param("id", id).param("kind", kind).query(Boolean.class).optional());
    return ReportState.of(onTime.orElse(null), cutoff, today);
  }

  /** {@code part ÷ whole} in %, to one decimal; {@code null} when there is nothing to divide by. */
  static Double percent(int part, int whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }
}

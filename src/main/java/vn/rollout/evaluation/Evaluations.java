package vn.rollout.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.rollout.organisation.Committee;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ItemStatus;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.resolution.LevelDeadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.ResolutionDeadlines;
import vn.rollout.review.ReportState;
import vn.rollout.review.ReviewKind;
import vn.rollout.review.Reviews;
import vn.rollout.rollout.Rollout;
import vn.rollout.rollout.Rollouts;
import vn.rollout.shared.EngineTime;

/** Computes a committee's evaluation figures from the domain tables. */
@Service
class Evaluations {

  private final ProgrammeItems items;
  private final ResolutionDeadlines deadlines;
  private final Rollouts rollouts;
  private final Reviews reviews;

  Evaluations(ProgrammeItems items, ResolutionDeadlines deadlines, Rollouts rollouts, Reviews reviews) {
    this.items = items;
    this.deadlines = deadlines;
    this.rollouts = rollouts;
    this.reviews = reviews;
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
    Optional<Long> rollout = rollouts.find(resolution.id(), committee.code()).map(Rollout::id);
    // the cut-offs of the committee's level
    LevelDeadlines dates = deadlines.of(resolution, committee.code());
    ReportState midTerm = reviews.reportState(rollout, ReviewKind.MID_TERM, dates.midTermReportCutoff(), today);
    ReportState finalReport = reviews.reportState(rollout, ReviewKind.FINAL, dates.finalReportCutoff(), today);
    int reportsDue = (midTerm == ReportState.NOT_DUE ? 0 : 1) + (finalReport == ReportState.NOT_DUE ? 0 : 1);
    int reportsOnTime = (midTerm == ReportState.ON_TIME ? 1 : 0) + (finalReport == ReportState.ON_TIME ? 1 : 0);
    return new Evaluation(committee.code(), committee.name(), resolution.id(), programme.size(), onTime, late, overdue,
        percent(onTime, onTime + late + overdue), delivered, percent(delivered, programme.size()), midTerm, finalReport,
        percent(reportsOnTime, reportsDue));
  }

  /** {@code part ÷ whole} in %, to one decimal; {@code null} when there is nothing to divide by. */
  static Double percent(int part, int whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
  }
}

package vn.rollout.review;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.notification.Addressees;
import vn.rollout.notification.Mails;
import vn.rollout.notification.ReminderKind;
import vn.rollout.notification.Reminders.Reminder;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.rollout.Organs;
import vn.rollout.shared.VietnameseFormat;

/**
 * "Lập danh sách cấp dưới chậm báo cáo": at the direct subordinates' cut-off (their level's, before the
 * committee's own), how many of them have sent nothing ({@code lateReportCount}, a transient variable for the
 * gateway that follows without a wait); if any, the office is mailed the list once, and the escalation's form
 * lists them when the office opens it.
 */
@Component("listLateReportsDelegate")
class ListLateReportsDelegate implements JavaDelegate {

  private final Reviews reviews;
  private final Mails mails;
  private final Resolutions resolutions;

  private final Addressees addressees;
  private final Organs organs;

  ListLateReportsDelegate(Reviews reviews, Mails mails, Resolutions resolutions, Addressees addressees,
      Organs organs) {
    this.organs = organs;
    this.addressees = addressees;
    this.reviews = reviews;
    this.mails = mails;
    this.resolutions = resolutions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReviewKind kind = ReviewTask.kind(execution);
    List<Reviews.SubordinateReport> missing = reviews.missing(ReviewTask.resolutionId(execution),
        ReviewTask.committeeCode(execution), kind);
    // transient: only the gateway right after reads it, in this transaction; stored, it would be rows at
    // each of a national deadline's tens of thousands of cut-offs
    execution.setVariable(CommitteeReviewProcess.Variables.LATE_REPORT_COUNT,
        org.camunda.bpm.engine.variable.Variables.longValue((long) missing.size(), true));
    if (!missing.isEmpty()) {
      mailTheOffice(execution, kind, missing);
    }
  }

  private void mailTheOffice(DelegateExecution execution, ReviewKind kind, List<Reviews.SubordinateReport> missing) {
    Resolution resolution = resolutions.find(ReviewTask.resolutionId(execution)).orElseThrow();
    var cutoff = Deadlines.day((Date) execution.getVariable(CommitteeReviewProcess.Variables.SUBORDINATES_REPORT_CUTOFF));
    String office = organs.office(execution);
    mails.queue(new Reminder(ReviewTask.rolloutId(execution), ReminderKind.REVIEW_LATE, cutoff,
        office, kind.name()),
        "[Chậm báo cáo] " + resolution.symbol() + ": " + missing.size() + " cấp dưới chưa gửi báo cáo " + kind.label(),
        """
        %s,

        Đến hết ngày %s, các cấp ủy cấp dưới sau chưa gửi báo cáo %s thực hiện Nghị quyết %s:
        %s

        Đề nghị Văn phòng đôn đốc; công việc "Đôn đốc cấp dưới chậm gửi báo cáo" đã được giao trên hệ thống.
        """.formatted(addressees.salutation(office),
            VietnameseFormat.date(cutoff), kind.label(), resolution.symbol(), ReviewTask.lines(missing)));
  }
}

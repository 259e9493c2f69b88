package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.document.DocumentNumberField;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;
import vn.rollout.resolution.Deadlines;
import vn.rollout.shared.InvalidInputException;

/** Completes the office's draft of the review report: stored as a draft, for the standing committee to approve; not sent yet. */
@Component("recordReviewReportListener")
class RecordReviewReportListener implements TaskListener {

  private final Reviews reviews;

  RecordReviewReportListener(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewSubmission report;
    try {
      report = new ReviewSubmission(
          text(task, FormFields.RESULTS_ECONOMY), text(task, FormFields.RESULTS_CULTURE_SOCIETY),
          text(task, FormFields.RESULTS_PARTY_BUILDING), text(task, FormFields.OVERALL_ASSESSMENT),
          JsonVariables.list(task.getVariableLocal(FormFields.LIMITATIONS), ReviewSubmission.Limitation.class),
          text(task, FormFields.CAUSES), text(task, FormFields.LESSONS), text(task, FormFields.SOLUTIONS),
          text(task, FormFields.RECOMMENDATIONS), DocumentNumberField.read(task.getVariableLocal(FormFields.REPORT_NUMBER),
              FormFields.REPORT_NUMBER));
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.LIMITATIONS, "Danh sách hạn chế không đọc được.", e);
    }
    try {
      reviews.draft(ReviewTask.rolloutId(task), ReviewTask.kind(task), report, CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariableLocal(name);
    return value == null ? null : value.toString();
  }
}

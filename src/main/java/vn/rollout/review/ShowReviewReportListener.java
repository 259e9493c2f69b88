package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.attachment.AttachmentNotes;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.TaskFormValues;
import vn.rollout.rollout.TaskHeading;

/** Opens "Báo cáo sơ kết giữa nhiệm kỳ" (or tổng kết): the cut-off, the subordinates' reports so far, the
 * link to the report as a Word document, a blank report, or the draft the standing committee returned with its comments. */
@Component("showReviewReportListener")
class ShowReviewReportListener implements TaskListener, TaskFormValues {

  private final TaskHeading heading;
  private final Reviews reviews;

  ShowReviewReportListener(TaskHeading heading, Reviews reviews) {
    this.heading = heading;
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewKind kind = ReviewTask.kind(task);
    ReviewTask.open(task, heading, kind.reportTask());
    task.setVariableLocal(FormFields.SUBORDINATE_REPORTS_TEXT, ReviewTask.lines(
        reviews.subordinates(ReviewTask.resolutionId(task), ReviewTask.committeeCode(task), kind)));
    task.setVariableLocal(FormFields.REPORT_DOCUMENT_URL, "/api/committees/" + ReviewTask.committeeCode(task)
        + "/reports/" + kind.name() + ".docx?resolution=" + ReviewTask.resolutionId(task));
    // a draft the standing committee returned comes back as the office left it, with the comments beside it
    Reviews.Draft returned = reviews.draftOf(ReviewTask.rolloutId(task), kind)
        .filter(draft -> "RETURNED".equals(draft.status())).orElse(null);
    ReviewSubmission report = returned == null
        ? new ReviewSubmission(null, null, null, null, List.of(new ReviewSubmission.Limitation(null, null)), null, null, null, null, null)
        : returned.report();
    task.setVariableLocal(FormFields.REVIEW_COMMENTS, returned == null ? null : returned.returnComments());
    task.setVariableLocal(FormFields.RESULTS_ECONOMY, report.resultsEconomy());
    task.setVariableLocal(FormFields.RESULTS_CULTURE_SOCIETY, report.resultsCultureSociety());
    task.setVariableLocal(FormFields.RESULTS_PARTY_BUILDING, report.resultsPartyBuilding());
    task.setVariableLocal(FormFields.LIMITATIONS, JsonVariables.json(report.limitations().isEmpty()
        ? List.of(new ReviewSubmission.Limitation(null, null)) : report.limitations()));
    task.setVariableLocal(FormFields.CAUSES, report.causes());
    task.setVariableLocal(FormFields.LESSONS, report.lessons());
    task.setVariableLocal(FormFields.SOLUTIONS, report.solutions());
    task.setVariableLocal(FormFields.OVERALL_ASSESSMENT, report.overallAssessment());
    task.setVariableLocal(FormFields.RECOMMENDATIONS, report.recommendations());
    task.setVariableLocal(FormFields.REPORT_NUMBER, report.typedNumber() == null ? null : report.typedNumber().toString());
    task.setVariableLocal(FormFields.ATTACHMENTS_TEXT, AttachmentNotes.documentNotYetNumbered()
        + " Sau đó: danh sách văn bản của cấp ủy, mã số văn bản và địa chỉ gửi bản quét tại /api/committees/"
        + ReviewTask.committeeCode(task) + "/documents?resolution=" + ReviewTask.resolutionId(task) + ".");
  }

  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    ReviewTask.show(task, shown);
  }
}

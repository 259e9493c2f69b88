package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.attachment.AttachmentNotes;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/** Opens "Báo cáo sơ kết giữa nhiệm kỳ" (or tổng kết): the cut-off, the subordinates' reports so far, the
 * link to the report as a Word document, a blank report. */
@Component("showReviewReportListener")
class ShowReviewReportListener implements TaskListener {

  private final TaskHeading heading;
  private final Reviews reviews;

  ShowReviewReportListener(TaskHeading heading, Reviews reviews) {
    this.heading = heading;
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    ReviewKind kind = ReviewTask.kind(task);
    task.setName(kind.reportTask());
    task.setVariableLocal(FormFields.REVIEW_TITLE, kind.reportTask());
    task.setVariableLocal(FormFields.CUTOFF_TEXT, VietnameseFormat.date(
        Deadlines.day((java.util.Date) task.getVariable(CommitteeReviewProcess.Variables.REPORT_CUTOFF))));
    task.setVariableLocal(FormFields.SUBORDINATE_REPORTS_TEXT, ReviewTask.lines(
        reviews.subordinates(ReviewTask.resolutionId(task), ReviewTask.committeeCode(task), kind)));
    task.setVariableLocal(FormFields.REPORT_DOCUMENT_URL, "/api/committees/" + ReviewTask.committeeCode(task)
        + "/reports/" + kind.name() + ".docx?resolution=" + ReviewTask.resolutionId(task));
    task.setVariableLocal(FormFields.RESULTS_ECONOMY, null);
    task.setVariableLocal(FormFields.RESULTS_CULTURE_SOCIETY, null);
    task.setVariableLocal(FormFields.RESULTS_PARTY_BUILDING, null);
    task.setVariableLocal(FormFields.LIMITATIONS, JsonVariables.json(List.of(new ReviewSubmission.Limitation(null, null))));
    task.setVariableLocal(FormFields.CAUSES, null);
    task.setVariableLocal(FormFields.LESSONS, null);
    task.setVariableLocal(FormFields.SOLUTIONS, null);
    task.setVariableLocal(FormFields.OVERALL_ASSESSMENT, null);
    task.setVariableLocal(FormFields.RECOMMENDATIONS, null);
    task.setVariableLocal(FormFields.REPORT_NUMBER, null);
    task.setVariableLocal(FormFields.ATTACHMENTS_TEXT, AttachmentNotes.documentNotYetNumbered()
        + " Sau đó: danh sách văn bản của cấp ủy, mã số văn bản và địa chỉ gửi bản quét tại /api/committees/"
        + ReviewTask.committeeCode(task) + "/documents?resolution=" + ReviewTask.resolutionId(task) + ".");
  }
}

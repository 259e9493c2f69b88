package vn.rollout.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.process.CommitteeReviewProcess;

/** "Lập danh sách cấp dưới chậm báo cáo": at the cut-off, how many direct subordinates have sent nothing. */
@Component("listLateReportsDelegate")
class ListLateReportsDelegate implements JavaDelegate {

  private final Reviews reviews;

  ListLateReportsDelegate(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long missing = reviews.subordinates(ReviewTask.resolutionId(execution), ReviewTask.committeeCode(execution),
            ReviewTask.kind(execution)).stream()
        .filter(report -> report.submission() == Reviews.Submission.MISSING)
        .count();
    execution.setVariable(CommitteeReviewProcess.Variables.LATE_REPORT_COUNT, missing);
  }
}

package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.CurrentUser;
import vn.rollout.resolution.Deadlines;
import vn.rollout.process.ApprovalDecision;
import vn.rollout.process.FormRejection;

/**
 * Completes "Phê duyệt báo cáo …": approved, the report is sent (numbered, on time or late by the approval date, seen
 * by the superior); returned, it goes back to the office with the comments. The decision steers the gateway.
 */
@Component("recordReviewReportDecisionListener")
class RecordReviewReportDecisionListener implements TaskListener {

  private final Reviews reviews;

  RecordReviewReportDecisionListener(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    ApprovalDecision decision = ApprovalDecision.of(task, "báo cáo");
    boolean approve = decision.approve();
    try {
      reviews.decide(ReviewTask.rolloutId(task), ReviewTask.kind(task), approve, decision.comments(),
          Deadlines.day((Date) task.getVariable(CommitteeReviewProcess.Variables.REPORT_CUTOFF)), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(CommitteeReviewProcess.Variables.REPORT_APPROVED, approve);
  }
}

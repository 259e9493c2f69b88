package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.ApprovalDecision;
import vn.rollout.process.FormRejection;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.shared.InvalidInputException;

/**
 * Completes "Xem xét đề nghị sửa đổi chương trình": approved, the model applies the amendment in the same
 * transaction; returned, the proposal goes back to the office with the comments.
 */
@Component("recordAmendmentDecisionListener")
class RecordAmendmentDecisionListener implements TaskListener {

  private final ProgrammeAmendments amendments;

  RecordAmendmentDecisionListener(ProgrammeAmendments amendments) {
    this.amendments = amendments;
  }

  @Override
  public void notify(DelegateTask task) {
    ApprovalDecision decision = ApprovalDecision.of(task, "đề nghị sửa đổi");
    boolean approve = decision.approve();
    try {
      amendments.decide(((Number) task.getVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_ID)).longValue(), approve,
          decision.comments(), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_APPROVED, approve);
  }
}

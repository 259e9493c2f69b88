package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
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
    Object decision = task.getVariableLocal(FormFields.DECISION);
    boolean approve = FormFields.DECISION_APPROVE.equals(decision);
    if (!approve && !FormFields.DECISION_RETURN.equals(decision)) {
      throw FormRejection.of(FormFields.DECISION, "Chưa chọn phê duyệt hay trả lại đề nghị sửa đổi.");
    }
    Object comments = task.getVariableLocal(FormFields.REVIEW_COMMENTS);
    try {
      amendments.decide(((Number) task.getVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_ID)).longValue(), approve,
          comments == null ? null : comments.toString(), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_APPROVED, approve);
  }
}

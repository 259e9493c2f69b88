package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.shared.InvalidInputException;

/**
 * Completes "Lập đề nghị sửa đổi chương trình": the proposal goes to the standing committee, checked first
 * (nothing is sent when a change breaks a rule); or the office withdraws it.
 */
@Component("recordAmendmentProposalListener")
class RecordAmendmentProposalListener implements TaskListener {

  private final ProgrammeAmendments amendments;

  RecordAmendmentProposalListener(ProgrammeAmendments amendments) {
    this.amendments = amendments;
  }

  @Override
  public void notify(DelegateTask task) {
    long amendmentId = ((Number) task.getVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_ID)).longValue();
    Object submit = task.getVariableLocal(FormFields.SUBMIT);
    if (FormFields.SUBMIT_WITHDRAW.equals(submit)) {
      amendments.withdraw(amendmentId, CurrentUser.of(task));
      task.getExecution().setVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_PROPOSED, false);
      return;
    }
    if (!FormFields.SUBMIT_PROPOSE.equals(submit)) {
      throw FormRejection.of(FormFields.SUBMIT, "Chưa chọn trình Ban Thường vụ hay rút đề nghị sửa đổi.");
    }
    List<AmendmentChange> changes;
    try {
      changes = JsonVariables.list(task.getVariableLocal(FormFields.CHANGES), AmendmentChange.class);
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.CHANGES, "Danh sách thay đổi không đọc được.", e);
    }
    Object reason = task.getVariableLocal(FormFields.REASON);
    try {
      amendments.propose(amendmentId, changes, reason == null ? null : reason.toString(), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_PROPOSED, true);
  }
}

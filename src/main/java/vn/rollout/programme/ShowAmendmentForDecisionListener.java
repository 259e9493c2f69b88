package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Opens "Xem xét đề nghị sửa đổi chương trình" for the standing committee: the items, the changes, the reason. */
@Component("showAmendmentForDecisionListener")
class ShowAmendmentForDecisionListener implements TaskListener {

  private final AmendmentForms forms;

  ShowAmendmentForDecisionListener(AmendmentForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    AmendmentForms.Opened opened = forms.open(task, "Xem xét đề nghị sửa đổi chương trình");
    task.setVariableLocal(FormFields.PROPOSAL_TEXT, forms.proposalText(opened.amendmentId()));
    task.setVariableLocal(FormFields.REASON, opened.amendment().reason());
    task.setVariableLocal(FormFields.DECISION, null);
    task.setVariableLocal(FormFields.REVIEW_COMMENTS, null);
  }
}

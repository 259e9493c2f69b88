package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;

/**
 * Opens "Lập đề nghị sửa đổi chương trình" for the office: the programme's items as they stand, and after
 * a return the standing committee's comments with the proposal to revise.
 */
@Component("showAmendmentProposalListener")
class ShowAmendmentProposalListener implements TaskListener {

  private final AmendmentForms forms;

  ShowAmendmentProposalListener(AmendmentForms forms) {
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    AmendmentForms.Opened opened = forms.open(task, "Lập đề nghị sửa đổi chương trình");
    ProgrammeAmendments.Amendment amendment = opened.amendment();
    task.setVariableLocal(FormFields.LEAD_OPTIONS, JsonVariables.json(forms.leadOptions(opened.programme().committeeCode())));
    task.setVariableLocal(FormFields.REVIEW_COMMENTS, amendment.reviewComments());
    task.setVariableLocal(FormFields.PROPOSAL_TEXT, amendment.status() == ProgrammeAmendments.Status.RETURNED
        ? forms.proposalText(opened.amendmentId()) : null);
    // the office writes its changes again after a return, the earlier proposal in view above
    task.setVariableLocal(FormFields.CHANGES, JsonVariables.json(List.of()));
    task.setVariableLocal(FormFields.REASON, amendment.reason());
    task.setVariableLocal(FormFields.SUBMIT, FormFields.SUBMIT_PROPOSE);
  }
}

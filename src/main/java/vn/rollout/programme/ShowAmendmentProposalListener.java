package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.rollout.TaskHeading;

/**
 * Opens "Lập đề nghị sửa đổi chương trình" for the office: the programme's items as they stand, and after
 * a return the standing committee's comments with the proposal to revise.
 */
@Component("showAmendmentProposalListener")
class ShowAmendmentProposalListener implements TaskListener {

  private final TaskHeading heading;
  private final ProgrammeAmendments amendments;
  private final AmendmentForms forms;

  ShowAmendmentProposalListener(TaskHeading heading, ProgrammeAmendments amendments, AmendmentForms forms) {
    this.heading = heading;
    this.amendments = amendments;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    long amendmentId = ((Number) task.getVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_ID)).longValue();
    ProgrammeAmendments.Amendment amendment = amendments.find(amendmentId);
    Programme programme = amendments.programme(amendmentId);
    task.setName("Lập đề nghị sửa đổi chương trình " + programme.symbol());
    task.setVariableLocal(FormFields.PROGRAMME_SYMBOL, programme.symbol());
    task.setVariableLocal(FormFields.CURRENT_ITEMS, JsonVariables.json(forms.currentItems(programme)));
    task.setVariableLocal(FormFields.LEAD_OPTIONS, JsonVariables.json(forms.leadOptions(programme.committeeCode())));
    task.setVariableLocal(FormFields.REVIEW_COMMENTS, amendment.reviewComments());
    task.setVariableLocal(FormFields.PROPOSAL_TEXT, amendment.status() == ProgrammeAmendments.Status.RETURNED
        ? String.join("\n", amendments.describe(amendmentId).stream().map(line -> "- " + line).toList()) : null);
    // the office writes its changes again after a return, the earlier proposal in view above
    task.setVariableLocal(FormFields.CHANGES, JsonVariables.json(List.of()));
    task.setVariableLocal(FormFields.REASON, amendment.reason());
    task.setVariableLocal(FormFields.SUBMIT, FormFields.SUBMIT_PROPOSE);
  }
}

package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;
import vn.rollout.rollout.TaskHeading;

/** Opens "Phê duyệt chương trình hành động" for the standing committee: the checked draft, item by item. */
@Component("showProgrammeForApprovalListener")
class ShowProgrammeForApprovalListener implements TaskListener {

  private final TaskHeading heading;
  private final Programmes programmes;
  private final ProgrammeForms forms;

  ShowProgrammeForApprovalListener(TaskHeading heading, Programmes programmes, ProgrammeForms forms) {
    this.heading = heading;
    this.programmes = programmes;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    Programme programme = programmes.find(((Number) task.getVariable(Variables.PROGRAMME_ID)).longValue()).orElseThrow();
    task.setVariableLocal(FormFields.PROGRAMME_ITEMS, JsonVariables.json(forms.table(programme)));
    task.setVariableLocal(FormFields.DECISION, null);
    task.setVariableLocal(FormFields.REVIEW_COMMENTS, null);
    task.setVariableLocal(FormFields.PROGRAMME_NUMBER, null);
    task.setVariableLocal(FormFields.PROGRAMME_DOCUMENT_URL,
        ProgrammeDocumentController.url(programme.committeeCode(), programme.resolutionId()));
  }
}

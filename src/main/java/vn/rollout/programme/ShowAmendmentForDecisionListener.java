package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.rollout.TaskHeading;

/** Opens "Xem xét đề nghị sửa đổi chương trình" for the standing committee: the items, the changes, the reason. */
@Component("showAmendmentForDecisionListener")
class ShowAmendmentForDecisionListener implements TaskListener {

  private final TaskHeading heading;
  private final ProgrammeAmendments amendments;
  private final AmendmentForms forms;

  ShowAmendmentForDecisionListener(TaskHeading heading, ProgrammeAmendments amendments, AmendmentForms forms) {
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
    task.setName("Xem xét đề nghị sửa đổi chương trình " + programme.symbol());
    task.setVariableLocal(FormFields.PROGRAMME_SYMBOL, programme.symbol());
    task.setVariableLocal(FormFields.CURRENT_ITEMS, JsonVariables.json(forms.currentItems(programme)));
    task.setVariableLocal(FormFields.PROPOSAL_TEXT,
        String.join("\n", amendments.describe(amendmentId).stream().map(line -> "- " + line).toList()));
    task.setVariableLocal(FormFields.REASON, amendment.reason());
    task.setVariableLocal(FormFields.DECISION, null);
    task.setVariableLocal(FormFields.REVIEW_COMMENTS, null);
  }
}

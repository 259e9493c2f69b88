package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.document.DocumentNumberField;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.ApprovalDecision;
import vn.rollout.process.FormRejection;
import vn.rollout.shared.InvalidInputException;

/** Completes "Phê duyệt chương trình hành động": records the decision, which steers the gateway. */
@Component("recordProgrammeDecisionListener")
class RecordProgrammeDecisionListener implements TaskListener {

  private final Programmes programmes;

  RecordProgrammeDecisionListener(Programmes programmes) {
    this.programmes = programmes;
  }

  @Override
  public void notify(DelegateTask task) {
    ApprovalDecision decision = ApprovalDecision.of(task, "chương trình");
    boolean approve = decision.approve();
    Integer typed = approve ? DocumentNumberField.read(task.getVariableLocal(FormFields.PROGRAMME_NUMBER), FormFields.PROGRAMME_NUMBER) : null;
    try {
      programmes.requireFreeNumber(((Number) task.getVariable(Variables.PROGRAMME_ID)).longValue(), typed);
      programmes.decide(((Number) task.getVariable(Variables.PROGRAMME_ID)).longValue(), approve,
          decision.comments(), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(Variables.PROGRAMME_APPROVED, approve);
    task.getExecution().setVariable(Variables.PROGRAMME_NUMBER_TYPED, typed);
  }
}

package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;
import vn.rollout.shared.InvalidInputException;

/** Completes "Xây dựng chương trình hành động": stores the draft and hands its id to the process. */
@Component("saveProgrammeDraftListener")
class SaveProgrammeDraftListener implements TaskListener {

  private final Programmes programmes;

  SaveProgrammeDraftListener(Programmes programmes) {
    this.programmes = programmes;
  }

  @Override
  public void notify(DelegateTask task) {
    List<DraftItem> items;
    try {
      items = JsonVariables.list(task.getVariableLocal(FormFields.ITEMS), DraftItem.class);
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.ITEMS, "Danh sách nội dung của chương trình không đọc được.", e);
    }
    long programmeId;
    try {
      programmeId = programmes.saveDraft(
          ((Number) task.getVariable(Variables.RESOLUTION_ID)).longValue(),
          (String) task.getVariable(Variables.COMMITTEE_CODE),
          items);
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(Variables.PROGRAMME_ID, programmeId);
  }
}

package vn.rollout.supervision;

import static vn.rollout.process.InspectionProcess.FormFields;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.InspectionProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.shared.InvalidInputException;

/**
 * Completes "Tiến hành kiểm tra, giám sát": the conclusions are stored, and each shortcoming becomes a
 * remedial item; the model then carries each out like a programme item. A refused form completes nothing.
 */
@Component("recordInspectionListener")
class RecordInspectionListener implements TaskListener {

  private final Inspections inspections;

  RecordInspectionListener(Inspections inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Shortcoming> shortcomings;
    try {
      shortcomings = JsonVariables.list(task.getVariableLocal(FormFields.SHORTCOMINGS), Shortcoming.class);
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.SHORTCOMINGS, "Danh sách thiếu sót không đọc được.", e);
    }
    Object conclusions = task.getVariableLocal(FormFields.CONCLUSIONS);
    try {
      boolean found = inspections.conclude(((Number) task.getVariable(InspectionProcess.Variables.INSPECTION_ID)).longValue(),
          conclusions == null ? null : conclusions.toString(), shortcomings, CurrentUser.of(task));
      task.setVariable(InspectionProcess.Variables.SHORTCOMINGS_FOUND, found);
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}

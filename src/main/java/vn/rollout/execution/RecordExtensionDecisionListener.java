package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import static vn.rollout.process.ProgrammeItemExecutionProcess.Variables;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.resolution.Deadlines;
import vn.rollout.shared.InvalidInputException;

/**
 * Completes "Xem xét đề nghị gia hạn": an approval moves the item's deadline in force, and the model
 * restarts the item's timers from the new {@code itemDue}.
 */
@Component("recordExtensionDecisionListener")
class RecordExtensionDecisionListener implements TaskListener {

  private final ProgrammeItems items;

  RecordExtensionDecisionListener(ProgrammeItems items) {
    this.items = items;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariableLocal(FormFields.DECISION);
    boolean approve = FormFields.DECISION_APPROVE.equals(decision);
    try {
      if (!approve && !FormFields.DECISION_REJECT.equals(decision)) {
        throw new InvalidInputException(FormFields.DECISION, "Chưa chọn đồng ý hay không đồng ý gia hạn.");
      }
      Object note = task.getVariableLocal(FormFields.DECISION_NOTE);
      LocalDate due = items.decideExtension(ItemTask.itemId(task), approve, note == null ? null : note.toString(),
          CurrentUser.of(task));
      task.setVariable(Variables.EXTENSION_APPROVED, approve);
      task.setVariable(Variables.ITEM_DUE, Deadlines.endOfDay(due));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}

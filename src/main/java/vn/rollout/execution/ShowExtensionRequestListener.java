package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.shared.VietnameseFormat;

/** Opens "Xem xét đề nghị gia hạn" for the standing committee: the item, the date asked for, the reason. */
@Component("showExtensionRequestListener")
class ShowExtensionRequestListener implements TaskListener {

  static final String NAME_PREFIX = "Xem xét đề nghị gia hạn: ";

  private final ItemTask itemTask;
  private final ProgrammeItems items;

  ShowExtensionRequestListener(ItemTask itemTask, ProgrammeItems items) {
    this.itemTask = itemTask;
    this.items = items;
  }

  @Override
  public void notify(DelegateTask task) {
    itemTask.present(task, NAME_PREFIX);
    ProgrammeItems.Extension extension = items.pendingExtension(ItemTask.itemId(task)).orElseThrow();
    task.setVariableLocal(FormFields.REQUESTED_DUE, VietnameseFormat.date(extension.requestedDue()));
    task.setVariableLocal(FormFields.EXTENSION_REASON, extension.reason());
    task.setVariableLocal(FormFields.DECISION, null);
    task.setVariableLocal(FormFields.DECISION_NOTE, null);
  }
}

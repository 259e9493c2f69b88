package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.attachment.AttachmentNotes;
import vn.rollout.programme.ExecutionItem;

/** Opens "Thực hiện: <nội dung>" for the lead unit: the item, its deadline and status, a blank report. */
@Component("showItemExecutionListener")
class ShowItemExecutionListener implements TaskListener {

  static final String NAME_PREFIX = "Thực hiện: ";

  private final ItemTask itemTask;
  private final AttachmentNotes attachments;

  ShowItemExecutionListener(ItemTask itemTask, AttachmentNotes attachments) {
    this.itemTask = itemTask;
    this.attachments = attachments;
  }

  @Override
  public void notify(DelegateTask task) {
    ExecutionItem item = itemTask.present(task, NAME_PREFIX);
    task.setVariableLocal(FormFields.ACTION, null);
    task.setVariableLocal(FormFields.PROGRESS_PERCENT, item.progressPercent());
    task.setVariableLocal(FormFields.STATUS_NOTE, null);
    task.setVariableLocal(FormFields.OUTPUT_ACHIEVED, null);
    task.setVariableLocal(FormFields.TARGET_REACHED, null);
    task.setVariableLocal(FormFields.EVIDENCE, null);
    task.setVariableLocal(FormFields.REQUESTED_DUE, null);
    task.setVariableLocal(FormFields.EXTENSION_REASON, null);
    task.setVariableLocal(FormFields.ATTACHMENTS_TEXT, attachments.forItem(item.id()));
  }
}

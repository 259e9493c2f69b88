package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Opens "Đôn đốc nhiệm vụ quá hạn" for the committee's office: which item, whose, since when. */
@Component("showOverdueItemListener")
class ShowOverdueItemListener implements TaskListener {

  static final String NAME_PREFIX = "Đôn đốc nhiệm vụ quá hạn: ";

  private final ItemTask itemTask;

  ShowOverdueItemListener(ItemTask itemTask) {
    this.itemTask = itemTask;
  }

  @Override
  public void notify(DelegateTask task) {
    itemTask.present(task, NAME_PREFIX);
    task.setVariableLocal(FormFields.FOLLOW_UP_NOTE, null);
  }
}

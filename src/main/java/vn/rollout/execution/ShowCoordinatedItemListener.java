package vn.rollout.execution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Opens "Phối hợp: <nội dung>" for one coordinating unit of the item (issue 25): what the unit coordinates, its lead,
 * deadline, status and output, read-only, so that the item stays in the unit's Tasklist filter "Phối hợp thực hiện"
 * while it is carried out. The task ends with the item (or when the unit closes it: it no longer follows the item).
 */
@Component("showCoordinatedItemListener")
class ShowCoordinatedItemListener implements TaskListener {

  static final String NAME_PREFIX = "Phối hợp: ";

  private final ItemTask itemTask;

  ShowCoordinatedItemListener(ItemTask itemTask) {
    this.itemTask = itemTask;
  }

  @Override
  public void notify(DelegateTask task) {
    itemTask.present(task, NAME_PREFIX);
  }
}

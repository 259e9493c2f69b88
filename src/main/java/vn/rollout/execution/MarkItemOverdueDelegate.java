package vn.rollout.execution;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.rollout.Organs;

/** "Chuyển nhiệm vụ sang quá hạn": the item turns red and the committee's office is mailed once. */
@Component("markItemOverdueDelegate")
class MarkItemOverdueDelegate implements JavaDelegate {

  private final ItemNotices notices;
  private final ItemTask itemTask;
  private final Organs organs;

  MarkItemOverdueDelegate(ItemNotices notices, ItemTask itemTask, Organs organs) {
    this.organs = organs;
    this.notices = notices;
    this.itemTask = itemTask;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.markOverdue(
        ((Number) execution.getVariable(Variables.ROLLOUT_ID)).longValue(),
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        ((Number) execution.getVariable(ProgrammeItemExecutionProcess.Variables.ITEM_ID)).longValue(),
        organs.office(execution));
    itemTask.refreshViews(execution, execution.getProcessInstanceId(),
        ((Number) execution.getVariable(ProgrammeItemExecutionProcess.Variables.ITEM_ID)).longValue());
  }
}

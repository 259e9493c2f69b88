package vn.rollout.execution;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.process.ProgrammeItemExecutionProcess;

/** "Nhắc hạn đơn vị chủ trì": records the reminder of an item's deadline and mails the lead unit once. */
@Component("remindItemLeadDelegate")
class RemindItemLeadDelegate implements JavaDelegate {

  private final ItemNotices notices;

  RemindItemLeadDelegate(ItemNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.remindLead(
        ((Number) execution.getVariable(Variables.ROLLOUT_ID)).longValue(),
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        ((Number) execution.getVariable(ProgrammeItemExecutionProcess.Variables.ITEM_ID)).longValue());
  }
}

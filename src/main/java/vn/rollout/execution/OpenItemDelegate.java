package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.resolution.Deadlines;

/** "Giao nhiệm vụ cho đơn vị chủ trì": the item's lead group and its deadline in force, for the model. */
@Component("openItemDelegate")
class OpenItemDelegate implements JavaDelegate {

  private final ProgrammeItems items;

  OpenItemDelegate(ProgrammeItems items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExecutionItem item = items.open(((Number) execution.getVariable(Variables.ITEM_ID)).longValue());
    execution.setVariable(Variables.LEAD_GROUP, item.leadGroup());
    execution.setVariable(Variables.ITEM_DUE, Deadlines.endOfDay(item.dueDate()));
  }
}

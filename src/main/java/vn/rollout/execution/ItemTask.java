package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import static vn.rollout.process.ProgrammeItemExecutionProcess.Variables;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.springframework.stereotype.Component;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.programme.ProgrammeLeads;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.resolution.Resolution;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.security.AsSystem;
import vn.rollout.shared.VietnameseFormat;

/** What every task about one programme item shows: the rollout's heading, then the item itself. */
@Component
class ItemTask {

  /** Tasklist and the engine keep at most 255 characters of a task's name. */
  static final int NAME_LENGTH = 255;

  private final TaskHeading heading;
  private final ProgrammeItems items;
  private final ProgrammeLeads leads;

  ItemTask(TaskHeading heading, ProgrammeItems items, ProgrammeLeads leads) {
    this.heading = heading;
    this.items = items;
    this.leads = leads;
  }

  static long itemId(DelegateTask task) {
    return ((Number) task.getVariable(Variables.ITEM_ID)).longValue();
  }

  /** Sets the heading and the item's fields, and names the task {@code <prefix><content>}. */
  ExecutionItem present(DelegateTask task, String namePrefix) {
    Resolution resolution = heading.present(task);
    ExecutionItem item = items.find(itemId(task)).orElseThrow();
    String committee = (String) task.getVariable(vn.rollout.process.ResolutionRolloutProcess.Variables.COMMITTEE_CODE);
    String name = namePrefix + item.content();
    task.setName(name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…");
    task.setDescription("Nghị quyết " + resolution.symbol() + " — hạn " + VietnameseFormat.date(item.dueDate()));
    task.setVariableLocal(FormFields.ITEM_CONTENT, item.content());
    task.setVariableLocal(FormFields.ITEM_OUTPUT, item.output());
    task.setVariableLocal(FormFields.ITEM_TARGET, item.target());
    task.setVariableLocal(FormFields.ITEM_DUE_TEXT, VietnameseFormat.date(item.dueDate()));
    task.setVariableLocal(FormFields.ITEM_STATUS_TEXT, statusText(item));
    task.setVariableLocal(FormFields.LEAD_NAME, leads.names(committee).getOrDefault(item.leadGroup(), item.leadGroup()));
    return item;
  }

  static String statusText(ExecutionItem item) {
    return item.status().label() + " (" + item.progressPercent() + "%)";
  }

  /**
   * Brings the coordinators' views of the item ("Theo dõi nội dung phối hợp", issue 25) to the item's status after a
   * report or its deadline passing. The views are the coordinators' tasks, not the caller's, so as the system: the
   * caller's right to report was checked by the engine on the caller's own task.
   */
  void refreshViews(ProcessEngineServicesAware scope, String processInstanceId, long itemId) {
    ExecutionItem item = items.find(itemId).orElseThrow();
    TaskService tasks = scope.getProcessEngineServices().getTaskService();
    AsSystem.call(scope.getProcessEngineServices().getIdentityService(), () -> {
      tasks.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(ProgrammeItemExecutionProcess.TASK_FOLLOW_COORDINATED_ITEM).listPage(0, 1000)
          .forEach(view -> tasks.setVariableLocal(view.getId(), FormFields.ITEM_STATUS_TEXT, statusText(item)));
      return null;
    });
  }
}

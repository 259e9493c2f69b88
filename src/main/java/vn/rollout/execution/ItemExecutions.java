package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.Variables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.rollout.programme.AmendmentEffects;
import vn.rollout.process.ProgrammeItemExecutionProcess;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.Rollout;
import vn.rollout.rollout.Rollouts;

/**
 * An approved amendment reaches the items' running executions through Camunda's runtime API, the models
 * unchanged: a new item gets its own instance of {@code ProgrammeItemExecution} inside the rollout's running
 * call (process instance modification adds an instance to the parallel multi-instance); a changed deadline
 * or lead restarts the item's work with the new {@code itemDue} and {@code leadGroup}, so its reminder and
 * overdue timers are due on the new date (as an approved extension does); a cancelled item's execution is
 * deleted with the amendment's reason in Vietnamese, which history keeps as its delete reason.
 */
@Service
class ItemExecutions {

  static final String MULTI_INSTANCE_BODY = ProgrammeItemExecutionProcess.CALL_ACTIVITY_EXECUTE_ITEMS + "#multiInstanceBody";

  private final RuntimeService runtimeService;
  private final Rollouts rollouts;

  ItemExecutions(RuntimeService runtimeService, Rollouts rollouts) {
    this.runtimeService = runtimeService;
    this.rollouts = rollouts;
  }

  /** Whether the committee's items are being carried out: the rollout's call of the items is running. */
  boolean running(long resolutionId, String committeeCode) {
    return itemsCall(resolutionId, committeeCode) != null;
  }

  /**
   * @param amendment the approved amendment in words, "sửa đổi chương trình 01-CTr/TU được phê duyệt ngày
   *     …. Lý do: …", for the history of each execution it changes
   */
  void apply(AmendmentEffects effects, String amendment) {
    String annotation = "Thực hiện theo " + amendment;
    String cancelReason = "Nhiệm vụ bị hủy theo " + amendment;
    Rollout rollout = rollouts.find(effects.resolutionId(), effects.committeeCode()).orElseThrow();
    // new items first: the call stays open even when every other item is cancelled or done
    if (!effects.added().isEmpty()) {
      ActivityInstance call = itemsCall(effects.resolutionId(), effects.committeeCode());
      if (call == null) {
        throw new IllegalStateException("the items of " + effects.committeeCode() + " are not being carried out");
      }
      for (Long itemId : effects.added()) {
        runtimeService.createProcessInstanceModification(rollout.processInstanceId())
            .startBeforeActivity(ProgrammeItemExecutionProcess.CALL_ACTIVITY_EXECUTE_ITEMS, call.getId())
            .setVariableLocal(Variables.ITEM_ID, itemId)
            .setAnnotation(annotation)
            .execute();
      }
    }
    for (AmendmentEffects.ChangedItem changed : effects.changed()) {
      ProcessInstance item = execution(rollout, changed.itemId());
      if (item == null) {
        continue;
      }
      runtimeService.setVariable(item.getId(), Variables.ITEM_DUE, Deadlines.endOfDay(changed.due()));
      runtimeService.setVariable(item.getId(), Variables.LEAD_GROUP, changed.lead());
      List<String> work = instancesOf(runtimeService.getActivityInstance(item.getId()),
          ProgrammeItemExecutionProcess.SUB_PROCESS_ITEM_WORK);
      var modification = runtimeService.createProcessInstanceModification(item.getId())
          .startBeforeActivity(ProgrammeItemExecutionProcess.SUB_PROCESS_ITEM_WORK);
      for (String instance : work) {
        modification.cancelActivityInstance(instance);
      }
      modification.setAnnotation(annotation).execute();
    }
    for (Long itemId : effects.cancelled()) {
      ProcessInstance item = execution(rollout, itemId);
      if (item != null) {
        runtimeService.deleteProcessInstance(item.getId(), cancelReason);
      }
    }
  }

  private ProcessInstance execution(Rollout rollout, long itemId) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeItemExecutionProcess.KEY)
        .superProcessInstanceId(rollout.processInstanceId())
        .variableValueEquals(Variables.ITEM_ID, itemId)
        .singleResult();
  }

  private ActivityInstance itemsCall(long resolutionId, String committeeCode) {
    Rollout rollout = rollouts.find(resolutionId, committeeCode).orElse(null);
    if (rollout == null || rollout.processInstanceId() == null) {
      return null;
    }
    ActivityInstance tree = runtimeService.getActivityInstance(rollout.processInstanceId());
    if (tree == null) {
      return null;
    }
    List<ActivityInstance> found = new ArrayList<>();
    collect(tree, MULTI_INSTANCE_BODY, found);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<String> instancesOf(ActivityInstance tree, String activityId) {
    List<ActivityInstance> found = new ArrayList<>();
    collect(tree, activityId, found);
    return found.stream().map(ActivityInstance::getId).toList();
  }

  private static void collect(ActivityInstance instance, String activityId, List<ActivityInstance> found) {
    if (activityId.equals(instance.getActivityId())) {
      found.add(instance);
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, activityId, found);
    }
  }
}

package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.stereotype.Component;
import vn.rollout.rollout.SubordinateStartJobHandler.SubordinateStart;

/**
 * "Khởi động triển khai tại các cấp dưới của đợt", once per batch of direct subordinates, in the
 * batch's own job: queues the start of each subordinate of the batch, with this committee's approved
 * programme as its parent programme, as a job of its own ({@link SubordinateStartJobHandler}).
 */
@Component("queueSubordinateStartsDelegate")
class QueueSubordinateStartsDelegate implements JavaDelegate {

  private final SubordinateCommittees subordinates;

  QueueSubordinateStartsDelegate(SubordinateCommittees subordinates) {
    this.subordinates = subordinates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long resolutionId = ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue();
    long programmeId = ((Number) execution.getVariable(Variables.PROGRAMME_ID)).longValue();
    String committeeCode = (String) execution.getVariable(Variables.COMMITTEE_CODE);
    String batch = (String) execution.getVariable(Variables.SUBORDINATE_BATCH);
    CommandContext commandContext = Context.getCommandContext();
    JobDefinition definition = jobDefinitionOf(commandContext, execution);
    for (String subordinate : subordinates.inBatch(committeeCode, batch)) {
      SubordinateStartJobHandler.queue(commandContext, (ExecutionEntity) execution, definition,
          new SubordinateStart(resolutionId, programmeId, subordinate));
    }
  }

  /** The job definition of this task's own job (asynchronous before), which the starts are shown under. */
  private static JobDefinition jobDefinitionOf(CommandContext commandContext, DelegateExecution execution) {
    return commandContext.getJobDefinitionManager().findByProcessDefinitionId(execution.getProcessDefinitionId())
        .stream()
        .filter(definition -> execution.getCurrentActivityId().equals(definition.getActivityId()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            execution.getCurrentActivityId() + " must run in a job of its own (asynchronous before)"));
  }
}

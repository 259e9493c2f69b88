package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Khởi động triển khai tại một đợt cấp dưới", once per batch of direct subordinates, in one job of the
 * superior's rollout (not exclusive: batches run side by side): the study cascade starts each
 * subordinate's rollout up to its first task; the retry of a batch that failed writes each rollout and
 * leaves its start to a job of the subordinate's own instance ({@link Rollouts#reachBatch}, {@link BatchAttempt}).
 */
@Component("startSubordinateBatchDelegate")
class StartSubordinateBatchDelegate implements JavaDelegate {

  private final Rollouts rollouts;

  StartSubordinateBatchDelegate(Rollouts rollouts) {
    this.rollouts = rollouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rollouts.reachBatch(
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        (String) execution.getVariable(Variables.COMMITTEE_CODE),
        (String) execution.getVariable(Variables.SUBORDINATE_BATCH),
        null,
        BatchAttempt.startsAtOnce());
  }
}

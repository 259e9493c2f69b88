package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Khởi động triển khai tại một đợt cấp dưới", once per batch of direct subordinates, in one exclusive
 * job of the superior's rollout: the study cascade writes each subordinate's rollout, whose start goes
 * on in a job of the subordinate's own instance ({@link Rollouts#reachBatch}).
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
        null);
  }
}

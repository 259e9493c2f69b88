package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Khởi động triển khai tại cấp dưới" of the model's versions before the start jobs (template
 * {@code vn.rollout.StartSubordinateRollout} version 2), once per direct subordinate: starts the
 * subordinate's rollout with this committee's approved programme as its parent programme. Kept for
 * the rollouts still running on those versions; today's model queues the starts instead
 * ({@link QueueSubordinateStartsDelegate}).
 */
@Component("startSubordinateRolloutDelegate")
class StartSubordinateRolloutDelegate implements JavaDelegate {

  private final Rollouts rollouts;

  StartSubordinateRolloutDelegate(Rollouts rollouts) {
    this.rollouts = rollouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rollouts.start(
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        (String) execution.getVariable(Variables.SUBORDINATE_CODE),
        ((Number) execution.getVariable(Variables.PROGRAMME_ID)).longValue());
  }
}

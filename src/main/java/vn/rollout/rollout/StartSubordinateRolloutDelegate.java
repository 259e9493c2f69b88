package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Khởi động triển khai tại cấp dưới", once per direct subordinate, each in a job of its own: starts
 * the subordinate's rollout with this committee's approved programme as its parent programme.
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

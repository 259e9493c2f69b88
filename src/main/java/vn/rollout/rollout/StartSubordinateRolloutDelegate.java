package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Khởi động triển khai tại cấp dưới", once per direct subordinate, each in a job of its own, in the
 * model's versions before issue 28 (the current one starts a whole batch: {@link StartSubordinateBatchDelegate}).
 * Kept for the rollouts still running on those versions: the study cascade starts the subordinate's
 * rollout ({@link Rollouts#reach}). A rollout of an even earlier version calls it after its programme's
 * approval, with the programme: the subordinate is then handed that programme too.
 */
@Component("startSubordinateRolloutDelegate")
class StartSubordinateRolloutDelegate implements JavaDelegate {

  private final Rollouts rollouts;

  StartSubordinateRolloutDelegate(Rollouts rollouts) {
    this.rollouts = rollouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object programme = execution.getVariable(Variables.PROGRAMME_ID);
    rollouts.reach(
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        (String) execution.getVariable(Variables.SUBORDINATE_CODE),
        programme == null ? null : ((Number) programme).longValue());
  }
}

package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Chuyển chương trình hành động cho cấp dưới", once per direct subordinate, each in a job of its own, in
 * the model's versions before issue 28 (the current one passes a whole batch: {@link PassProgrammeToBatchDelegate}).
 * Kept for the rollouts still running on those versions: the programme cascade hands the subordinate
 * this committee's issued programme, starting its rollout first if it has none ({@link Rollouts#reach}).
 */
@Component("passProgrammeToSubordinateDelegate")
class PassProgrammeToSubordinateDelegate implements JavaDelegate {

  private final Rollouts rollouts;

  PassProgrammeToSubordinateDelegate(Rollouts rollouts) {
    this.rollouts = rollouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rollouts.reach(
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        (String) execution.getVariable(Variables.SUBORDINATE_CODE),
        ((Number) execution.getVariable(Variables.PROGRAMME_ID)).longValue());
  }
}

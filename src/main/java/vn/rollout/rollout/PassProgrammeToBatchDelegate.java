package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Chuyển chương trình hành động cho một đợt cấp dưới", once per batch of direct subordinates, in one job
 * of the superior's rollout (not exclusive: batches run side by side): the programme cascade hands each
 * subordinate of the batch this committee's issued programme, for which its programme phase waits, and
 * starts the rollout of a subordinate that has none, as the study cascade does ({@link Rollouts#reachBatch},
 * {@link BatchAttempt}).
 */
@Component("passProgrammeToBatchDelegate")
class PassProgrammeToBatchDelegate implements JavaDelegate {

  private final Rollouts rollouts;

  PassProgrammeToBatchDelegate(Rollouts rollouts) {
    this.rollouts = rollouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rollouts.reachBatch(
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        (String) execution.getVariable(Variables.COMMITTEE_CODE),
        (String) execution.getVariable(Variables.SUBORDINATE_BATCH),
        ((Number) execution.getVariable(Variables.PROGRAMME_ID)).longValue(),
        BatchAttempt.startsAtOnce());
  }
}

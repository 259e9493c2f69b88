package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * Keeps {@code rollout.phase} as the rollout moves, attached in {@code ResolutionRollout.bpmn} to the
 * start of the study, programme and execution sub-processes and to the rollout's end event. The review
 * phases start when their report opens ({@code CommitteeReview.bpmn}, {@code RecordReviewPhaseListener}).
 */
@Component("recordPhaseListener")
class RecordPhaseListener implements ExecutionListener {

  static final Map<String, RolloutPhase> PHASES = Map.of(
      ResolutionRolloutProcess.SUB_PROCESS_STUDY, RolloutPhase.STUDY,
      ResolutionRolloutProcess.SUB_PROCESS_PROGRAMME, RolloutPhase.PROGRAMME,
      ResolutionRolloutProcess.SUB_PROCESS_EXECUTION, RolloutPhase.EXECUTION,
      ResolutionRolloutProcess.END_ROLLOUT_COMPLETED, RolloutPhase.COMPLETED);

  private final Rollouts rollouts;
  private final RestartedRollouts restarted;

  RecordPhaseListener(Rollouts rollouts, RestartedRollouts restarted) {
    this.rollouts = rollouts;
    this.restarted = restarted;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RolloutPhase phase = PHASES.get(execution.getCurrentActivityId());
    if (phase == null) {
      throw new IllegalStateException("no rollout phase starts at " + execution.getCurrentActivityId());
    }
    // a rollout restarted in Cockpit inside this phase gets its variables here (RestartedRollouts)
    rollouts.enterPhase(((Number) restarted.variable(execution, Variables.ROLLOUT_ID)).longValue(), phase);
  }
}

package vn.rollout.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.rollout.rollout.RolloutPhase;
import vn.rollout.rollout.Rollouts;

/** When a review's report opens, the committee's rollout is in that review's phase ({@code rollout.phase}). */
@Component("recordReviewPhaseListener")
class RecordReviewPhaseListener implements ExecutionListener {

  private final Rollouts rollouts;

  RecordReviewPhaseListener(Rollouts rollouts) {
    this.rollouts = rollouts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    rollouts.enterPhase(ReviewTask.rolloutId(execution),
        ReviewTask.kind(execution) == ReviewKind.MID_TERM ? RolloutPhase.MID_TERM_REVIEW : RolloutPhase.FINAL_REVIEW);
  }
}

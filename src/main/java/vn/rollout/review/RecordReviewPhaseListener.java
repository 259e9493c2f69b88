package vn.rollout.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When a review's report opens, the committee's rollout is in that review's phase ({@code rollout.phase}). */
@Component("recordReviewPhaseListener")
class RecordReviewPhaseListener implements ExecutionListener {

  private final JdbcClient jdbc;

  RecordReviewPhaseListener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateExecution execution) {
    jdbc.sql("UPDATE rollout SET phase = :phase WHERE id = :id")
        .param("phase", ReviewTask.kind(execution) == ReviewKind.MID_TERM ? "MID_TERM_REVIEW" : "FINAL_REVIEW")
        .param("id", ReviewTask.rolloutId(execution))
        .update();
  }
}

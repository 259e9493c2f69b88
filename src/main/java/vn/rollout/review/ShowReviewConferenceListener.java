package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.rollout.TaskHeading;

/** Opens "Tổ chức hội nghị sơ kết" (or tổng kết) for the standing committee. */
@Component("showReviewConferenceListener")
class ShowReviewConferenceListener implements TaskListener {

  private final TaskHeading heading;

  ShowReviewConferenceListener(TaskHeading heading) {
    this.heading = heading;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    ReviewKind kind = ReviewTask.kind(task);
    task.setName(kind.conferenceTask());
    task.setVariableLocal(FormFields.REVIEW_TITLE, kind.conferenceTask());
    task.setVariableLocal(FormFields.HELD_ON, null);
    task.setVariableLocal(FormFields.ATTENDEES, null);
    task.setVariableLocal(FormFields.CONCLUSIONS, null);
  }
}

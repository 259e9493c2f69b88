package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.process.TaskFormValues;
import vn.rollout.rollout.TaskHeading;

/** Opens "Tổ chức hội nghị sơ kết" (or tổng kết) for the standing committee. */
@Component("showReviewConferenceListener")
class ShowReviewConferenceListener implements TaskListener, TaskFormValues {

  private final TaskHeading heading;

  ShowReviewConferenceListener(TaskHeading heading) {
    this.heading = heading;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    ReviewKind kind = ReviewTask.kind(task);
    task.setName(kind.conferenceTask());
  }

  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    shown.put(FormFields.REVIEW_TITLE, TaskFormValues.text(ReviewTask.kind(task).conferenceTask()));
  }

  /** What the standing committee records of the conference. */
  @Override
  public Set<String> keptOnTask(DelegateTask task) {
    return Set.of(FormFields.HELD_ON, FormFields.ATTENDEES, FormFields.CONCLUSIONS);
  }
}

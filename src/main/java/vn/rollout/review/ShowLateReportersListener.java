package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.TaskFormValues;
import vn.rollout.rollout.TaskHeading;

/**
 * Opens the one escalation of the cut-off for the office: every direct subordinate that has not reported. The
 * office's note stays on the task.
 */
@Component("showLateReportersListener")
class ShowLateReportersListener implements TaskListener, TaskFormValues {

  private final TaskHeading heading;
  private final Reviews reviews;

  ShowLateReportersListener(TaskHeading heading, Reviews reviews) {
    this.heading = heading;
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    ReviewKind kind = ReviewTask.kind(task);
    task.setName("Đôn đốc cấp dưới chậm gửi báo cáo " + kind.label());
    // listed by the cut-off in this transaction; listed again when the task is opened any other way
    // (Cockpit's process instance modification)
    Object listed = task.getVariable(CommitteeReviewProcess.Variables.LATE_REPORTERS_LISTED);
    task.setVariableLocal(FormFields.LATE_REPORTERS_TEXT, listed != null ? listed : ReviewTask.lines(
        reviews.missing(ReviewTask.resolutionId(task), ReviewTask.committeeCode(task), kind)));
  }

  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    shown.put(FormFields.REVIEW_TITLE, TaskFormValues.text("Cấp dưới chậm gửi báo cáo " + ReviewTask.kind(task).label()));
  }

  @Override
  public Set<String> keptOnTask(DelegateTask task) {
    return Set.of(FormFields.REMINDER_NOTE);
  }
}

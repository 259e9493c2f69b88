package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.FormFields;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.process.TaskFormValues;
import vn.rollout.rollout.TaskHeading;

/**
 * Opens the one escalation of the cut-off for the office. Its form lists, read when the office opens it, every
 * direct subordinate that did not report by the cut-off: those that still have not ("chưa gửi") and those that
 * have since, late ("chậm"), so the office sees whom it still has to chase. The office's note stays on the task.
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
  }

  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    ReviewKind kind = ReviewTask.kind(task);
    shown.put(FormFields.REVIEW_TITLE, TaskFormValues.text("Cấp dưới chậm gửi báo cáo " + kind.label()));
    List<Reviews.SubordinateReport> late = reviews.subordinates(ReviewTask.resolutionId(task),
            ReviewTask.committeeCode(task), kind).stream()
        .filter(report -> report.submission() != Reviews.Submission.ON_TIME)
        .toList();
    shown.put(FormFields.LATE_REPORTERS_TEXT, TaskFormValues.text(late.isEmpty()
        ? "Không có cấp dưới trực tiếp chậm báo cáo." : ReviewTask.lines(late)));
  }

  @Override
  public Set<String> keptOnTask(DelegateTask task) {
    return Set.of(FormFields.REMINDER_NOTE);
  }
}

package vn.rollout.review;

import static vn.rollout.process.CommitteeReviewProcess.Variables;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.rollout.process.CommitteeReviewProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.process.TaskFormValues;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/** What the review's tasks and delegates read from the process. */
final class ReviewTask {

  private ReviewTask() {}

  /** Opens a review's task: the heading, and the task's name {@code title}. */
  static void open(DelegateTask task, TaskHeading heading, String title) {
    heading.present(task);
    task.setName(title);
  }

  /**
   * What the form of a task {@link #open opened} here reads when an official opens it: its title, the task's
   * name, and the report's cut-off as a date in words.
   */
  static void show(DelegateTask task, Map<String, TypedValue> shown) {
    shown.put(CommitteeReviewProcess.FormFields.REVIEW_TITLE, TaskFormValues.text(task.getName()));
    shown.put(CommitteeReviewProcess.FormFields.CUTOFF_TEXT,
        TaskFormValues.text(VietnameseFormat.date(Deadlines.day((Date) task.getVariable(Variables.REPORT_CUTOFF)))));
  }

  static ReviewKind kind(VariableScope scope) {
    return ReviewKind.valueOf((String) scope.getVariable(Variables.REVIEW_KIND));
  }

  static long rolloutId(VariableScope scope) {
    return ((Number) scope.getVariable(ResolutionRolloutProcess.Variables.ROLLOUT_ID)).longValue();
  }

  static long resolutionId(VariableScope scope) {
    return ((Number) scope.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID)).longValue();
  }

  static String committeeCode(VariableScope scope) {
    return (String) scope.getVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE);
  }

  /** One line per subordinate, as the forms show it: "- Đảng ủy phường Hải Châu: đúng hạn". */
  static String lines(List<Reviews.SubordinateReport> reports) {
    return reports.isEmpty() ? "Không có cấp dưới trực tiếp."
        : reports.stream().map(r -> "- " + r.committeeName() + ": " + r.submission().label()).collect(Collectors.joining("\n"));
  }
}

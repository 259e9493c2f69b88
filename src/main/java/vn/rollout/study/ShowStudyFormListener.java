package vn.rollout.study;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.TaskFormValues;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/**
 * Opens "Tổ chức học tập, quán triệt nghị quyết": the heading; the form shows the deadline and a blank record,
 * read when it is opened, and what the propaganda board submits into the record stays on the task.
 */
@Component("showStudyFormListener")
class ShowStudyFormListener implements TaskListener, TaskFormValues {

  /** The record's fields, which the form submits. */
  static final Set<String> RECORD = Set.of(FormFields.SESSIONS, FormFields.MAKE_UP_SESSION, FormFields.MAKE_UP_DATE,
      FormFields.STUDY_NOTES);

  /** The list starts with one session to fill in. */
  static final StudySession BLANK_SESSION = new StudySession(null, null, null, null, null);

  private final TaskHeading heading;
  private final Deadlines deadlines;

  ShowStudyFormListener(TaskHeading heading, Deadlines deadlines) {
    this.deadlines = deadlines;
    this.heading = heading;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
  }

  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    shown.put(FormFields.STUDY_DUE_TEXT, TaskFormValues.text(
        VietnameseFormat.date(Deadlines.day(deadlines.ofRollout(task, Variables.STUDY_DUE)))));
    shown.put(FormFields.SESSIONS, JsonVariables.json(List.of(BLANK_SESSION)));
    shown.put(FormFields.MAKE_UP_SESSION, TaskFormValues.checked(false));
  }

  @Override
  public Set<String> keptOnTask(DelegateTask task) {
    return RECORD;
  }
}

package vn.rollout.study;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.rollout.process.TaskFormValues;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.rollout.Organs;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/**
 * Opens "Nhắc nhở cấp dưới chậm tổ chức học tập" for the superior's office (who is late, since when) and
 * mails that office once. The form shows the deadline, read when it is opened; the office's note stays on the
 * task.
 */
@Component("showLateStudyListener")
class ShowLateStudyListener implements TaskListener, TaskFormValues {

  private final TaskHeading heading;
  private final Deadlines deadlines;
  private final StudyNotices notices;
  private final Organs organs;

  ShowLateStudyListener(TaskHeading heading, StudyNotices notices, Deadlines deadlines, Organs organs) {
    this.organs = organs;
    this.deadlines = deadlines;
    this.heading = heading;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    Resolution resolution = heading.present(task);
    LocalDate due = Deadlines.day(deadlines.ofRollout(task, Variables.STUDY_DUE));
    notices.alertSuperior(((Number) task.getVariable(Variables.ROLLOUT_ID)).longValue(), resolution.id(), due,
        (String) task.getVariable(Variables.COMMITTEE_CODE), organs.superiorOffice(task));
  }

  @Override
  public void show(DelegateTask task, Map<String, TypedValue> shown) {
    shown.put(FormFields.STUDY_DUE_TEXT,
        TaskFormValues.text(VietnameseFormat.date(Deadlines.day(deadlines.ofRollout(task, Variables.STUDY_DUE)))));
  }

  @Override
  public Set<String> keptOnTask(DelegateTask task) {
    return Set.of(FormFields.REMINDER_NOTE);
  }
}

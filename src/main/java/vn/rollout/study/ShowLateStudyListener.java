package vn.rollout.study;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.rollout.Organs;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/**
 * Opens "Nhắc nhở cấp dưới chậm tổ chức học tập" for the superior's office (who is late, since when) and
 * mails that office once.
 */
@Component("showLateStudyListener")
class ShowLateStudyListener implements TaskListener {

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
    task.setVariableLocal(FormFields.STUDY_DUE_TEXT, VietnameseFormat.date(due));
    task.setVariableLocal(FormFields.REMINDER_NOTE, null);
    notices.alertSuperior(((Number) task.getVariable(Variables.ROLLOUT_ID)).longValue(), resolution.id(), due,
        (String) task.getVariable(Variables.COMMITTEE_CODE), organs.superiorOffice(task));
  }
}

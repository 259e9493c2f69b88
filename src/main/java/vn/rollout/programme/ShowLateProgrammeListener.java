package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.TaskFormValues;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.rollout.Organs;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/**
 * Opens "Nhắc nhở cấp dưới chậm ban hành chương trình" for the superior's office (who is late, since
 * when) and mails that office once. The late committee's own task stays open. The office's note stays on the
 * task.
 */
@Component("showLateProgrammeListener")
class ShowLateProgrammeListener implements TaskListener, TaskFormValues {

  private final TaskHeading heading;
  private final Deadlines deadlines;
  private final ProgrammeNotices notices;
  private final Organs organs;

  ShowLateProgrammeListener(TaskHeading heading, ProgrammeNotices notices, Deadlines deadlines, Organs organs) {
    this.organs = organs;
    this.deadlines = deadlines;
    this.heading = heading;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    Resolution resolution = heading.present(task);
    LocalDate due = Deadlines.day(deadlines.ofRollout(task, Variables.PROGRAMME_DUE));
    task.setVariableLocal(FormFields.PROGRAMME_DUE_TEXT, VietnameseFormat.date(due));
    notices.alertSuperior(((Number) task.getVariable(Variables.ROLLOUT_ID)).longValue(), resolution.id(), due,
        (String) task.getVariable(Variables.COMMITTEE_CODE), organs.superiorOffice(task));
  }

  @Override
  public Set<String> keptOnTask(DelegateTask task) {
    return Set.of(FormFields.REMINDER_NOTE);
  }
}

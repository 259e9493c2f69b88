package vn.rollout.study;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/** Opens "Tổ chức học tập, quán triệt nghị quyết": the heading, the deadline, a blank record. */
@Component("showStudyFormListener")
class ShowStudyFormListener implements TaskListener {

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
    task.setVariableLocal(FormFields.STUDY_DUE_TEXT,
        VietnameseFormat.date(Deadlines.day(deadlines.ofRollout(task, Variables.STUDY_DUE))));
    task.setVariableLocal(FormFields.SESSIONS, JsonVariables.json(List.of(BLANK_SESSION)));
    task.setVariableLocal(FormFields.MAKE_UP_SESSION, false);
    task.setVariableLocal(FormFields.MAKE_UP_DATE, null);
    task.setVariableLocal(FormFields.STUDY_NOTES, null);
  }
}

package vn.rollout.study;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.resolution.Resolutions;
import vn.rollout.shared.InvalidInputException;

/**
 * Completes "Tổ chức học tập, quán triệt nghị quyết": stores the record. A record the server refuses
 * completes nothing; the task stays open with the reason.
 */
@Component("recordStudyListener")
class RecordStudyListener implements TaskListener {

  private final StudyReports reports;
  private final Deadlines deadlines;
  private final Resolutions resolutions;

  RecordStudyListener(StudyReports reports, Resolutions resolutions, Deadlines deadlines) {
    this.deadlines = deadlines;
    this.reports = reports;
    this.resolutions = resolutions;
  }

  @Override
  public void notify(DelegateTask task) {
    long rolloutId = ((Number) task.getVariable(Variables.ROLLOUT_ID)).longValue();
    Resolution resolution = resolutions.find(((Number) task.getVariable(Variables.RESOLUTION_ID)).longValue()).orElseThrow();
    try {
      reports.record(rolloutId, submission(task), resolution.term(),
          Deadlines.day(deadlines.ofRollout(task, Variables.STUDY_DUE)), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }

  private static StudySubmission submission(DelegateTask task) {
    try {
      return new StudySubmission(
          JsonVariables.list(task.getVariableLocal(FormFields.SESSIONS), StudySession.class),
          Boolean.TRUE.equals(task.getVariableLocal(FormFields.MAKE_UP_SESSION)),
          text(task.getVariableLocal(FormFields.MAKE_UP_DATE)),
          text(task.getVariableLocal(FormFields.STUDY_NOTES)));
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.SESSIONS, "Danh sách buổi học tập, quán triệt không đọc được.", e);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

package vn.rollout.study;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.Organs;

/** "Ghi nhận nhắc hạn học tập": records that the study deadline is near and mails the group that studies, once. */
@Component("recordStudyReminderDelegate")
class RecordStudyReminderDelegate implements JavaDelegate {

  private final StudyNotices notices;
  private final Deadlines deadlines;
  private final Organs organs;

  RecordStudyReminderDelegate(StudyNotices notices, Deadlines deadlines, Organs organs) {
    this.organs = organs;
    this.deadlines = deadlines;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.remind(
        ((Number) execution.getVariable(Variables.ROLLOUT_ID)).longValue(),
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        Deadlines.day(deadlines.ofRollout(execution, Variables.STUDY_DUE)),
        organs.propaganda(execution));
  }
}

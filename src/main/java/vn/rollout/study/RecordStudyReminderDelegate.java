package vn.rollout.study;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.notification.ReminderKind;
import vn.rollout.notification.Reminders;
import vn.rollout.process.Deadlines;

/** "Ghi nhận nhắc hạn học tập": records that the study deadline is near, for the group that studies. */
@Component("recordStudyReminderDelegate")
class RecordStudyReminderDelegate implements JavaDelegate {

  private final Reminders reminders;

  RecordStudyReminderDelegate(Reminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminders.record(
        ((Number) execution.getVariable(Variables.ROLLOUT_ID)).longValue(),
        ReminderKind.STUDY_DUE,
        Deadlines.day((Date) execution.getVariable(Variables.STUDY_DUE)),
        (String) execution.getVariable(Variables.PROPAGANDA_GROUP));
  }
}

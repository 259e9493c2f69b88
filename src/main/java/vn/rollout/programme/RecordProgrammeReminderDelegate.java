package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.Organs;

/** "Ghi nhận nhắc hạn chương trình": records that the programme's deadline is near and mails the office, once. */
@Component("recordProgrammeReminderDelegate")
class RecordProgrammeReminderDelegate implements JavaDelegate {

  private final ProgrammeNotices notices;
  private final Deadlines deadlines;
  private final Organs organs;

  RecordProgrammeReminderDelegate(ProgrammeNotices notices, Deadlines deadlines, Organs organs) {
    this.organs = organs;
    this.deadlines = deadlines;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.remind(
        ((Number) execution.getVariable(Variables.ROLLOUT_ID)).longValue(),
        ((Number) execution.getVariable(Variables.RESOLUTION_ID)).longValue(),
        Deadlines.day(deadlines.ofRollout(execution, Variables.PROGRAMME_DUE)),
        organs.office(execution));
  }
}

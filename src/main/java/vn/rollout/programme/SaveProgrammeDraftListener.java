package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;
import vn.rollout.resolution.Deadlines;
import vn.rollout.rollout.Organs;
import vn.rollout.shared.InvalidInputException;

/**
 * Completes "Xây dựng chương trình hành động": stores the draft and hands its id to the process; opens a round of
 * comments when the office chose groups to ask.
 */
@Component("saveProgrammeDraftListener")
class SaveProgrammeDraftListener implements TaskListener {

  private final Programmes programmes;
  private final ProgrammeConsultation consultation;
  private final Deadlines deadlines;
  private final Organs organs;

  SaveProgrammeDraftListener(Programmes programmes, ProgrammeConsultation consultation, Deadlines deadlines,
      Organs organs) {
    this.organs = organs;
    this.programmes = programmes;
    this.consultation = consultation;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    List<DraftItem> items;
    try {
      items = JsonVariables.list(task.getVariableLocal(FormFields.ITEMS), DraftItem.class);
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.ITEMS, "Danh sách nội dung của chương trình không đọc được.", e);
    }
    long programmeId;
    try {
      programmeId = programmes.saveDraft(
          ((Number) task.getVariable(Variables.RESOLUTION_ID)).longValue(),
          (String) task.getVariable(Variables.COMMITTEE_CODE),
          items);
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(Variables.PROGRAMME_ID, programmeId);
    // the groups the office sends the draft to for comments, if any: a new round (issue 25)
    int round;
    try {
      Object deadline = task.getVariableLocal(FormFields.CONSULT_DEADLINE);
      round = consultation.request(programmeId, (String) task.getVariable(Variables.COMMITTEE_CODE),
          organs.office(task), consultGroups(task), deadline == null ? null : deadline.toString(),
          Deadlines.day(deadlines.ofRollout(task, Variables.PROGRAMME_DUE)), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.getExecution().setVariable(Variables.CONSULT_REQUESTED, round > 0);
    if (round > 0) {
      task.getExecution().setVariable(Variables.CONSULT_DEADLINE,
          Deadlines.endOfDay(java.time.LocalDate.parse(task.getVariableLocal(FormFields.CONSULT_DEADLINE).toString().strip())));
    }
  }

  private static List<String> consultGroups(DelegateTask task) {
    Object value = task.getVariableLocal(FormFields.CONSULT_GROUPS);
    if (value == null) {
      return List.of();
    }
    try {
      return JsonVariables.list(value, String.class);
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.CONSULT_GROUPS, "Danh sách nơi lấy ý kiến không đọc được.", e);
    }
  }
}

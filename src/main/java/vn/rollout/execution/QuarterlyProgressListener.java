package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import static vn.rollout.process.ProgrammeItemExecutionProcess.Variables;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.resolution.Deadlines;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/**
 * "Báo cáo tiến độ quý": on create, which quarter is reported (the one that has just ended, fixed in the report's
 * scope with the report's deadline when it first opens), the coordinators the lead may ask for a contribution and,
 * after such a round, their answers and who did not answer in time; on complete, either a round of contributions is
 * asked (issue 25: the report comes back when all answered or their deadline passed) or the figures are kept in
 * {@code item_progress} with that quarter, and the values reached for the resolution's targets the item serves in
 * {@code item_target_value}.
 */
@Component("quarterlyProgressListener")
class QuarterlyProgressListener implements TaskListener {

  static final String NAME_PREFIX = "Báo cáo tiến độ quý: ";
  static final String QUARTER = "quarter";
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final ItemTask itemTask;
  private final ProgrammeItems items;
  private final ItemTargetValues targetValues;
  private final ItemContributions contributions;

  QuarterlyProgressListener(ItemTask itemTask, ProgrammeItems items, ItemTargetValues targetValues,
      ItemContributions contributions) {
    this.itemTask = itemTask;
    this.items = items;
    this.targetValues = targetValues;
    this.contributions = contributions;
  }

  /** {@code 2025-Q4} as an official reads it: {@code Quý IV/2025}. */
  static String quarterText(String quarter) {
    return "Quý " + ROMAN[Integer.parseInt(quarter.substring(6)) - 1] + "/" + quarter.substring(0, 4);
  }

  @Override
  public void notify(DelegateTask task) {
    // the report's own scope (the event subprocess): its quarter and deadline stay those of the first opening
    DelegateExecution scope = task.getExecution();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ExecutionItem item = itemTask.present(task, NAME_PREFIX);
      String committee = (String) task.getVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE);
      String quarter = (String) scope.getVariableLocal(Variables.REPORT_QUARTER);
      if (quarter == null) {
        LocalDate reported = EngineTime.today().minusDays(1);
        quarter = reported.getYear() + "-Q" + ((reported.getMonthValue() - 1) / 3 + 1);
        scope.setVariableLocal(Variables.REPORT_QUARTER, quarter);
        scope.setVariableLocal(Variables.REPORT_DUE, task.getDueDate());
      } else {
        task.setDueDate((Date) scope.getVariableLocal(Variables.REPORT_DUE));
      }
      task.setVariableLocal(QUARTER, quarter);
      task.setVariableLocal(FormFields.QUARTER_TEXT, quarterText(quarter));
      task.setVariableLocal(FormFields.PROGRESS_PERCENT, item.progressPercent());
      task.setVariableLocal(FormFields.STATUS_NOTE, null);
      task.setVariableLocal(FormFields.TARGET_REACHED, null);
      task.setVariableLocal(FormFields.TARGET_VALUES, JsonVariables.json(targetValues.form(item.id())));
      // coordinators: whom the lead may ask, and what a finished round brought
      List<String> silent = contributions.close(item.id(), quarter, committee);
      task.setVariableLocal(FormFields.PROGRESS_ACTION, FormFields.PROGRESS_ACTION_REPORT);
      task.setVariableLocal(FormFields.CONTRIBUTOR_OPTIONS, JsonVariables.json(contributions.options(item.id(), committee)));
      task.setVariableLocal(FormFields.CONTRIBUTORS, JsonVariables.json(List.of()));
      task.setVariableLocal(FormFields.CONTRIBUTION_DUE_DATE, null);
      task.setVariableLocal(FormFields.CONTRIBUTIONS, JsonVariables.json(contributions.answers(item.id(), quarter, committee)));
      task.setVariableLocal(FormFields.SILENT_CONTRIBUTORS_TEXT, silent.isEmpty() ? null
          : "Chưa gửi đóng góp đúng hạn: " + String.join("; ", silent) + ".");
      return;
    }
    long itemId = ItemTask.itemId(task);
    String quarter = (String) task.getVariableLocal(QUARTER);
    String action = RecordItemExecutionListener.text(task.getVariableLocal(FormFields.PROGRESS_ACTION));
    try {
      if (FormFields.PROGRESS_ACTION_ASK.equals(action)) {
        String due = RecordItemExecutionListener.text(task.getVariableLocal(FormFields.CONTRIBUTION_DUE_DATE));
        contributions.request(itemId, quarter, contributors(task), due, Deadlines.day(task.getDueDate()), CurrentUser.of(task));
        scope.setVariableLocal(Variables.CONTRIBUTION_DUE, Deadlines.endOfDay(LocalDate.parse(due.strip())));
      } else if (action == null || action.isBlank() || FormFields.PROGRESS_ACTION_REPORT.equals(action)) {
        action = FormFields.PROGRESS_ACTION_REPORT;
        targetValues.record(itemId, RecordItemExecutionListener.values(task), FormFields.ACTION_PROGRESS, true,
            CurrentUser.of(task));
        items.progress(itemId, RecordItemExecutionListener.percent(task.getVariableLocal(FormFields.PROGRESS_PERCENT)),
            RecordItemExecutionListener.text(task.getVariableLocal(FormFields.STATUS_NOTE)),
            RecordItemExecutionListener.text(task.getVariableLocal(FormFields.TARGET_REACHED)), quarter, CurrentUser.of(task));
        itemTask.refreshViews(task, task.getProcessInstanceId(), itemId);
      } else {
        throw new InvalidInputException(FormFields.PROGRESS_ACTION,
            "Chưa chọn: gửi báo cáo, hoặc đề nghị đơn vị phối hợp đóng góp trước.");
      }
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    scope.setVariableLocal(Variables.PROGRESS_ACTION, action);
  }

  private static List<String> contributors(DelegateTask task) {
    try {
      return JsonVariables.list(task.getVariableLocal(FormFields.CONTRIBUTORS), String.class);
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.CONTRIBUTORS, "Danh sách đơn vị phối hợp được đề nghị không đọc được.", e);
    }
  }
}

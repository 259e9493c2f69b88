package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import static vn.rollout.process.ProgrammeItemExecutionProcess.Variables;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.resolution.Resolutions;
import vn.rollout.shared.InvalidInputException;

/**
 * Completes "Thực hiện: <nội dung>": progress (the task comes back), done with the output recorded
 * (the item closes, green or orange), or a request to move the deadline (the standing committee
 * decides). A submission the server refuses completes nothing.
 */
@Component("recordItemExecutionListener")
class RecordItemExecutionListener implements TaskListener {

  private final ProgrammeItems items;
  private final Resolutions resolutions;
  private final ItemTargetValues targetValues;
  private final ItemTask itemTask;

  RecordItemExecutionListener(ProgrammeItems items, Resolutions resolutions, ItemTargetValues targetValues, ItemTask itemTask) {
    this.items = items;
    this.resolutions = resolutions;
    this.targetValues = targetValues;
    this.itemTask = itemTask;
  }

  @Override
  public void notify(DelegateTask task) {
    long itemId = ItemTask.itemId(task);
    String action = text(task.getVariableLocal(FormFields.ACTION));
    String user = CurrentUser.of(task);
    try {
      if (FormFields.ACTION_DONE.equals(action)) {
        String why = text(task.getVariableLocal(FormFields.TARGET_REACHED));
        targetValues.record(itemId, values(task), FormFields.ACTION_DONE, why != null && !why.isBlank(), user);
        items.complete(itemId, text(task.getVariableLocal(FormFields.OUTPUT_ACHIEVED)),
            text(task.getVariableLocal(FormFields.TARGET_REACHED)), text(task.getVariableLocal(FormFields.EVIDENCE)), user);
      } else if (FormFields.ACTION_PROGRESS.equals(action)) {
        targetValues.record(itemId, values(task), FormFields.ACTION_PROGRESS, true, user);
        items.progress(itemId, percent(task.getVariableLocal(FormFields.PROGRESS_PERCENT)),
            text(task.getVariableLocal(FormFields.STATUS_NOTE)), text(task.getVariableLocal(FormFields.TARGET_REACHED)),
            null, user);
        itemTask.refreshViews(task, task.getProcessInstanceId(), itemId);
      } else if (FormFields.ACTION_EXTEND.equals(action)) {
        long resolutionId = ((Number) task.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID)).longValue();
        items.requestExtension(itemId, text(task.getVariableLocal(FormFields.REQUESTED_DUE)),
            text(task.getVariableLocal(FormFields.EXTENSION_REASON)),
            resolutions.find(resolutionId).orElseThrow().term().to(), user);
      } else {
        throw new InvalidInputException(FormFields.ACTION,
            "Chưa chọn nội dung báo cáo: cập nhật tiến độ, hoàn thành, hoặc đề nghị gia hạn.");
      }
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
    task.setVariable(Variables.ITEM_ACTION, action);
  }

  static List<TargetValue> values(DelegateTask task) {
    try {
      return JsonVariables.list(task.getVariableLocal(FormFields.TARGET_VALUES), TargetValue.class);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(FormFields.TARGET_VALUES, "Giá trị đạt được của các chỉ tiêu không đọc được: mỗi giá trị là một số.");
    }
  }

  static Integer percent(Object value) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return null;
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}

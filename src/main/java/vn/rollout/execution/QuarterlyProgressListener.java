package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.programme.ExecutionItem;
import vn.rollout.programme.ProgrammeItems;
import vn.rollout.shared.EngineTime;
import vn.rollout.shared.InvalidInputException;

/**
 * "Báo cáo tiến độ quý": on create, which quarter is reported (the one that has just ended); on
 * complete, the figures are kept in {@code item_progress} with that quarter.
 */
@Component("quarterlyProgressListener")
class QuarterlyProgressListener implements TaskListener {

  static final String NAME_PREFIX = "Báo cáo tiến độ quý: ";
  static final String QUARTER = "quarter";
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final ItemTask itemTask;
  private final ProgrammeItems items;

  QuarterlyProgressListener(ItemTask itemTask, ProgrammeItems items) {
    this.itemTask = itemTask;
    this.items = items;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ExecutionItem item = itemTask.present(task, NAME_PREFIX);
      LocalDate reported = EngineTime.today().minusDays(1);
      int quarter = (reported.getMonthValue() - 1) / 3;
      task.setVariableLocal(QUARTER, reported.getYear() + "-Q" + (quarter + 1));
      task.setVariableLocal(FormFields.QUARTER_TEXT, "Quý " + ROMAN[quarter] + "/" + reported.getYear());
      task.setVariableLocal(FormFields.PROGRESS_PERCENT, item.progressPercent());
      task.setVariableLocal(FormFields.STATUS_NOTE, null);
      task.setVariableLocal(FormFields.TARGET_REACHED, null);
      return;
    }
    try {
      items.progress(ItemTask.itemId(task), RecordItemExecutionListener.percent(task.getVariableLocal(FormFields.PROGRESS_PERCENT)),
          RecordItemExecutionListener.text(task.getVariableLocal(FormFields.STATUS_NOTE)),
          RecordItemExecutionListener.text(task.getVariableLocal(FormFields.TARGET_REACHED)),
          (String) task.getVariableLocal(QUARTER), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}

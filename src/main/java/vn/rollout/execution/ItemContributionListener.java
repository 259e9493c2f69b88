package vn.rollout.execution;

import static vn.rollout.process.ProgrammeItemExecutionProcess.FormFields;
import static vn.rollout.process.ProgrammeItemExecutionProcess.Variables;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.resolution.Deadlines;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.shared.VietnameseFormat;

/**
 * "Đóng góp báo cáo quý: <nội dung>" for one coordinating unit the lead asked: on create, the item, the quarter and
 * the deadline; on complete, the unit's contribution is kept for the lead's report (an empty one is refused).
 */
@Component("itemContributionListener")
class ItemContributionListener implements TaskListener {

  static final String NAME_PREFIX = "Đóng góp báo cáo quý: ";

  private final ItemTask itemTask;
  private final ItemContributions contributions;

  ItemContributionListener(ItemTask itemTask, ItemContributions contributions) {
    this.itemTask = itemTask;
    this.contributions = contributions;
  }

  @Override
  public void notify(DelegateTask task) {
    String quarter = (String) task.getVariable(Variables.REPORT_QUARTER);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      itemTask.present(task, NAME_PREFIX);
      task.setVariableLocal(FormFields.QUARTER_TEXT, QuarterlyProgressListener.quarterText(quarter));
      task.setVariableLocal(FormFields.CONTRIBUTION_DUE_TEXT,
          VietnameseFormat.date(Deadlines.day((Date) task.getVariable(Variables.CONTRIBUTION_DUE))));
      task.setVariableLocal(FormFields.REPORT_DUE_TEXT,
          VietnameseFormat.date(Deadlines.day((Date) task.getVariable(Variables.REPORT_DUE))));
      task.setVariableLocal(FormFields.CONTRIBUTION, null);
      return;
    }
    try {
      Object text = task.getVariableLocal(FormFields.CONTRIBUTION);
      contributions.answer(ItemTask.itemId(task), quarter, (String) task.getVariable(Variables.CONTRIBUTOR_GROUP),
          text == null ? null : text.toString(), CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}

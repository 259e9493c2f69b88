package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.shared.InvalidInputException;
import vn.rollout.process.CurrentUser;
import vn.rollout.process.FormRejection;
import vn.rollout.process.JsonVariables;

/** Completes "Góp ý dự thảo chương trình hành động": stores the group's comments item by item. */
@Component("recordDraftCommentsListener")
class RecordDraftCommentsListener implements TaskListener {

  private final ProgrammeConsultation consultation;

  RecordDraftCommentsListener(ProgrammeConsultation consultation) {
    this.consultation = consultation;
  }

  @Override
  public void notify(DelegateTask task) {
    List<ProgrammeConsultation.ItemComment> comments;
    try {
      comments = JsonVariables.list(task.getVariableLocal(FormFields.COMMENTS), ProgrammeConsultation.ItemComment.class);
    } catch (IllegalArgumentException e) {
      throw FormRejection.of(FormFields.COMMENTS, "Danh sách ý kiến không đọc được.", e);
    }
    try {
      consultation.answer(((Number) task.getVariable(Variables.PROGRAMME_ID)).longValue(),
          (String) task.getVariable(Variables.CONSULT_GROUP), comments, CurrentUser.of(task));
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}

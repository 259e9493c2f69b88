package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.JsonVariables;
import vn.rollout.resolution.Deadlines;
import vn.rollout.resolution.Resolution;
import vn.rollout.rollout.Organs;
import vn.rollout.rollout.TaskHeading;
import vn.rollout.shared.VietnameseFormat;

/**
 * Opens "Xây dựng chương trình hành động": the draft so far with the check's findings item by item,
 * the standing committee's comments when it returned the draft, the organs and units that can lead,
 * and the superior's approved programme for reference.
 */
@Component("showProgrammeDraftListener")
class ShowProgrammeDraftListener implements TaskListener {

  private final TaskHeading heading;
  private final Deadlines deadlines;
  private final Programmes programmes;
  private final ProgrammeForms forms;
  private final ProgrammeConsultation consultation;
  private final Organs organs;

  ShowProgrammeDraftListener(TaskHeading heading, Programmes programmes, ProgrammeForms forms,
      ProgrammeConsultation consultation, Deadlines deadlines, Organs organs) {
    this.organs = organs;
    this.consultation = consultation;
    this.deadlines = deadlines;
    this.heading = heading;
    this.programmes = programmes;
    this.forms = forms;
  }

  @Override
  public void notify(DelegateTask task) {
    Resolution resolution = heading.present(task);
    String committeeCode = (String) task.getVariable(Variables.COMMITTEE_CODE);
    Programme draft = programmes.find(resolution.id(), committeeCode).orElse(null);

    task.setVariableLocal(FormFields.PROGRAMME_DUE_TEXT,
        VietnameseFormat.date(Deadlines.day(deadlines.ofRollout(task, Variables.PROGRAMME_DUE))));
    task.setVariableLocal(FormFields.LEAD_OPTIONS, JsonVariables.json(forms.leadOptions(committeeCode)));
    task.setVariableLocal(FormFields.TARGET_OPTIONS, JsonVariables.json(forms.targetOptions(resolution.id())));
    task.setVariableLocal(FormFields.ITEMS, JsonVariables.json(forms.draft(draft)));
    task.setVariableLocal(FormFields.CHECK_FINDINGS, JsonVariables.json(forms.checkFindings(draft)));
    task.setVariableLocal(FormFields.REVIEW_COMMENTS,
        draft != null && draft.status() == Programme.Status.RETURNED ? draft.reviewComments() : null);

    // comments on the draft (issue 25): whom the office may ask, what was said beside each item, who kept silent
    task.setVariableLocal(FormFields.CONSULT_OPTIONS, JsonVariables.json(
        consultation.options(committeeCode, organs.office(task))));
    // an empty Json list, not null: Tasklist submits a field with the type of the variable it loaded, and an
    // empty choice typed Null is refused ("Cannot convert value '[]' of type 'Null'")
    task.setVariableLocal(FormFields.CONSULT_GROUPS, JsonVariables.json(List.of()));
    task.setVariableLocal(FormFields.CONSULT_DEADLINE, null);
    if (draft != null) {
      consultation.close(draft.id());
    }
    task.setVariableLocal(FormFields.CONSULT_COMMENTS, JsonVariables.json(draft == null ? List.of()
        : consultation.comments(draft.id()).stream().map(comment -> Map.of(
            "number", String.valueOf(comment.itemNumber()), "content", String.valueOf(comment.itemContent()),
            "group", comment.groupName(), "comment", comment.comment())).toList()));
    List<String> silent = draft == null ? List.of() : consultation.silent(draft.id());
    task.setVariableLocal(FormFields.CONSULT_SILENT_TEXT, silent.isEmpty() ? null
        : silent.stream().map(name -> "- " + name).collect(Collectors.joining("\n")));

    Object parentId = task.getVariable(Variables.PARENT_PROGRAMME_ID);
    Programme parent = parentId == null ? null : programmes.find(((Number) parentId).longValue()).orElse(null);
    task.setVariableLocal(FormFields.PARENT_PROGRAMME, parent == null ? null : JsonVariables.json(forms.table(parent)));
    task.setVariableLocal(FormFields.PARENT_PROGRAMME_SYMBOL, parent == null ? null : parent.symbol());
  }
}

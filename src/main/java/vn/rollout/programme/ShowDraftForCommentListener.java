package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.FormFields;
import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.rollout.resolution.Deadlines;
import vn.rollout.process.JsonVariables;
import vn.rollout.shared.VietnameseFormat;
import vn.rollout.rollout.TaskHeading;

/**
 * Opens "Góp ý dự thảo chương trình hành động" for one group asked: the draft's items as a table, one row per item to
 * comment on (and one for the draft as a whole), the deadline.
 */
@Component("showDraftForCommentListener")
class ShowDraftForCommentListener implements TaskListener {

  private final TaskHeading heading;
  private final Programmes programmes;
  private final ProgrammeForms forms;
  private final ProgrammeConsultation consultation;
  private final ProgrammeLeads leads;

  ShowDraftForCommentListener(TaskHeading heading, Programmes programmes, ProgrammeForms forms,
      ProgrammeConsultation consultation, ProgrammeLeads leads) {
    this.heading = heading;
    this.programmes = programmes;
    this.forms = forms;
    this.consultation = consultation;
    this.leads = leads;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    long programmeId = ((Number) task.getVariable(Variables.PROGRAMME_ID)).longValue();
    Programme programme = programmes.find(programmeId).orElseThrow();
    String group = (String) task.getVariable(Variables.CONSULT_GROUP);
    task.setVariableLocal(FormFields.CONSULT_GROUP_NAME, leads.names(programme.committeeCode()).getOrDefault(group, group));
    task.setVariableLocal(FormFields.CONSULT_DEADLINE_TEXT,
        VietnameseFormat.date(Deadlines.day((Date) task.getVariable(Variables.CONSULT_DEADLINE))));
    task.setVariableLocal(FormFields.PROGRAMME_ITEMS, JsonVariables.json(forms.table(programme)));
    task.setVariableLocal(FormFields.COMMENTS, JsonVariables.json(consultation.blankComments(programmeId)));
  }
}

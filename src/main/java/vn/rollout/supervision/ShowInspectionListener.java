package vn.rollout.supervision;

import static vn.rollout.process.InspectionProcess.FormFields;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Unit;
import vn.rollout.process.InspectionProcess;
import vn.rollout.process.JsonVariables;
import vn.rollout.rollout.TaskHeading;

/**
 * Opens "Tiến hành kiểm tra, giám sát": whom (a subordinate committee or a lead unit), why, its items'
 * figures, a blank conclusion.
 */
@Component("showInspectionListener")
class ShowInspectionListener implements TaskListener {

  static final String NAME_PREFIX = "Tiến hành kiểm tra, giám sát: ";

  private final TaskHeading heading;
  private final Inspections inspections;
  private final CommitteeDirectory committees;

  ShowInspectionListener(TaskHeading heading, Inspections inspections, CommitteeDirectory committees) {
    this.heading = heading;
    this.inspections = inspections;
    this.committees = committees;
  }

  @Override
  public void notify(DelegateTask task) {
    heading.present(task);
    Inspection inspection = inspections.find(((Number) task.getVariable(InspectionProcess.Variables.INSPECTION_ID)).longValue());
    String inspectedName = inspection.inspectedUnit() != null
        ? committees.units(inspection.inspectedCommittee()).stream()
            .filter(unit -> unit.code().equals(inspection.inspectedUnit())).map(Unit::name).findFirst()
            .orElse(inspection.inspectedUnit())
        : committees.find(inspection.inspectedCommittee()).map(Committee::name).orElse(inspection.inspectedCommittee());
    task.setName(NAME_PREFIX + inspectedName);
    task.setVariableLocal(FormFields.INSPECTED_NAME, inspectedName);
    String kind = inspection.kind() == InspectionKind.AD_HOC ? "Kiểm tra đột xuất" : "Kiểm tra định kỳ";
    task.setVariableLocal(FormFields.INSPECTION_REASONS_TEXT, kind + ":\n- " + inspection.reason().replace("\n", "\n- "));
    task.setVariableLocal(FormFields.INSPECTED_FIGURES_TEXT, inspection.inspectedUnit() != null
        ? inspections.unitFiguresText(inspection.resolutionId(), inspection.inspectedCommittee(), inspection.inspectedUnit())
        : inspections.figuresText(inspection.resolutionId(), inspection.inspectedCommittee()));
    task.setVariableLocal(FormFields.CONCLUSIONS, null);
    task.setVariableLocal(FormFields.SHORTCOMINGS, JsonVariables.json(List.of()));
  }
}

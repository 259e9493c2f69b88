package vn.rollout.supervision;

import static vn.rollout.process.InspectionProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * "Tổng hợp tình hình thực hiện của cấp dưới": the facts of one subordinate committee, or of one of the
 * committee's own lead units, local to its assessment,
 * for the business rule task that follows. The assessment's outcome is declared local here too, so
 * that parallel assessments never share it.
 */
@Component("gatherInspectionFactsDelegate")
class GatherInspectionFactsDelegate implements JavaDelegate {

  private final Inspections inspections;

  GatherInspectionFactsDelegate(Inspections inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long resolutionId = ((Number) execution.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID)).longValue();
    InspectionTarget target = InspectionTarget.parse(
        (String) execution.getVariable(ResolutionRolloutProcess.Variables.INSPECTED_CODE));
    InspectionFacts facts = target.kind() == InspectionTarget.Kind.UNIT
        ? inspections.unitFacts(resolutionId,
            (String) execution.getVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE), target.code())
        : inspections.facts(resolutionId, target.code());
    execution.setVariableLocal(Variables.TARGET_KIND, target.kind().name());
    execution.setVariableLocal(Variables.OVERDUE_SHARE, facts.overdueShare());
    execution.setVariableLocal(Variables.LATE_REPORTS, facts.lateReports());
    execution.setVariableLocal(Variables.HAS_APPROVED_PROGRAMME, facts.hasApprovedProgramme());
    execution.setVariableLocal(Variables.MONTHS_SINCE_LAST_INSPECTION, facts.monthsSinceLastInspection());
    execution.setVariableLocal(ResolutionRolloutProcess.Variables.INSPECTION_PLANNED, false);
    execution.setVariableLocal(Variables.INSPECTION_ID, null);
  }
}

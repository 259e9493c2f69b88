package vn.rollout.supervision;

import static vn.rollout.process.InspectionProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * "Tổng hợp tình hình thực hiện của cấp dưới": the facts of one subordinate, local to its assessment,
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
    InspectionFacts facts = inspections.facts(
        ((Number) execution.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID)).longValue(),
        (String) execution.getVariable(ResolutionRolloutProcess.Variables.INSPECTED_CODE));
    execution.setVariableLocal(Variables.OVERDUE_SHARE, facts.overdueShare());
    execution.setVariableLocal(Variables.LATE_REPORTS, facts.lateReports());
    execution.setVariableLocal(Variables.HAS_APPROVED_PROGRAMME, facts.hasApprovedProgramme());
    execution.setVariableLocal(Variables.MONTHS_SINCE_LAST_INSPECTION, facts.monthsSinceLastInspection());
    execution.setVariableLocal(ResolutionRolloutProcess.Variables.INSPECTION_PLANNED, false);
    execution.setVariableLocal(Variables.INSPECTION_ID, null);
  }
}

package vn.rollout.supervision;

import static vn.rollout.process.InspectionProcess.Variables;

import java.util.List;
import java.util.OptionalLong;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * Ends "Xác định trọng tâm kiểm tra": the engine hands the decision's result to this listener (the
 * transient local variable {@code decisionResult}); when any rule matched, the inspection is planned
 * with those reasons (unless an inspection of that committee is still open). Only the inspection's id and a flag go back into the process.
 */
@Component("recordInspectionFocusListener")
class RecordInspectionFocusListener implements ExecutionListener {

  static final String DECISION_RESULT = "decisionResult";

  private final Inspections inspections;

  RecordInspectionFocusListener(Inspections inspections) {
    this.inspections = inspections;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
    List<FocusReason> reasons = result == null ? List.of() : result.getResultList().stream()
        .map(entry -> new FocusReason((String) entry.get(Variables.REASON_CODE), (String) entry.get(Variables.REASON_LABEL)))
        .toList();
    if (reasons.isEmpty()) {
      return;
    }
    OptionalLong inspectionId = inspections.planPeriodic(
        ((Number) execution.getVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID)).longValue(),
        (String) execution.getVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE),
        InspectionTarget.parse((String) execution.getVariable(ResolutionRolloutProcess.Variables.INSPECTED_CODE)),
        reasons);
    if (inspectionId.isPresent()) {
      execution.setVariable(Variables.INSPECTION_ID, inspectionId.getAsLong());
      execution.setVariable(ResolutionRolloutProcess.Variables.INSPECTION_PLANNED, true);
    }
  }
}

package vn.rollout.supervision;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.process.InspectionProcess;
import vn.rollout.rollout.Rollout;
import vn.rollout.rollout.Rollouts;
import vn.rollout.security.InstanceAccess;

/**
 * "Chuẩn bị kiểm tra, giám sát": who conducts the inspection (the inspecting committee's inspection
 * committee), and the variables its remedial items run with: they belong to the inspected committee's
 * rollout and office; the inspecting committee's office follows them up when overdue and its inspection
 * committee decides on moving their deadlines. The inspecting committee's offices see the instance.
 */
@Component("prepareInspectionDelegate")
class PrepareInspectionDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final CommitteeDirectory committees;
  private final Rollouts rollouts;
  private final InstanceAccess instanceAccess;

  PrepareInspectionDelegate(Inspections inspections, CommitteeDirectory committees, Rollouts rollouts,
      InstanceAccess instanceAccess) {
    this.inspections = inspections;
    this.committees = committees;
    this.rollouts = rollouts;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection inspection = inspections.find(
        ((Number) execution.getVariable(InspectionProcess.Variables.INSPECTION_ID)).longValue());
    Committee inspecting = committees.find(inspection.inspectingCommittee()).orElseThrow();
    Rollout rollout = rollouts.find(inspection.resolutionId(), inspection.inspectedCommittee())
        .or(() -> rollouts.find(inspection.resolutionId(), inspection.inspectingCommittee()))
        .orElseThrow(() -> new IllegalStateException("no rollout for inspection " + inspection.id()));
    String inspectionGroup = inspectionGroup(inspecting);
    execution.setVariable(InspectionProcess.Variables.INSPECTION_GROUP, inspectionGroup);
    execution.setVariable(Variables.RESOLUTION_ID, inspection.resolutionId());
    execution.setVariable(Variables.COMMITTEE_CODE, inspection.inspectedCommittee());
    execution.setVariable(Variables.ROLLOUT_ID, rollout.id());
    execution.setVariable(Variables.OFFICE_GROUP, inspecting.taskGroup(Role.OFFICE));
    execution.setVariable(Variables.STANDING_COMMITTEE_GROUP, inspectionGroup);
    instanceAccess.grantToCommitteeChain(execution.getProcessInstanceId(), inspecting.code());
  }

  /** The organ playing the inspection role: the inspection committee, or what stands in for it (organisation.OrganKind). */
  static String inspectionGroup(Committee committee) {
    return committee.taskGroup(Role.INSPECTION);
  }
}

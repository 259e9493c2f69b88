package vn.rollout.supervision;

import static vn.rollout.process.InspectionProcess.FormFields;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.process.FormRejection;
import vn.rollout.process.InspectionProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.resolution.Resolutions;
import vn.rollout.security.InstanceAccess;
import vn.rollout.shared.InvalidInputException;

/**
 * "Lập kế hoạch kiểm tra đột xuất", right after the start form: checks what the inspection committee
 * asked for and records the inspection. The inspecting committee is the nearest committee above the
 * inspected one whose inspection committee the starter belongs to (an administrator: the direct
 * superior). A refused start form starts nothing.
 */
@Component("planAdHocInspectionDelegate")
class PlanAdHocInspectionDelegate implements JavaDelegate {

  private final Inspections inspections;
  private final CommitteeDirectory committees;
  private final Resolutions resolutions;
  private final IdentityService identityService;
  private final InstanceAccess instanceAccess;

  PlanAdHocInspectionDelegate(Inspections inspections, CommitteeDirectory committees, Resolutions resolutions,
      IdentityService identityService, InstanceAccess instanceAccess) {
    this.inspections = inspections;
    this.committees = committees;
    this.resolutions = resolutions;
    this.identityService = identityService;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      Object resolution = execution.getVariable(FormFields.RESOLUTION_ID);
      long resolutionId = resolution instanceof Number number && number.doubleValue() == number.longValue() ? number.longValue() : -1;
      if (resolutionId <= 0 || resolutions.find(resolutionId).isEmpty()) {
        throw new InvalidInputException(FormFields.RESOLUTION_ID, "Không có nghị quyết mã số " + resolution + " trên hệ thống.");
      }
      String code = execution.getVariable(FormFields.INSPECTED_COMMITTEE) instanceof String text ? text.strip() : "";
      Committee inspected = committees.find(code)
          .orElseThrow(() -> new InvalidInputException(FormFields.INSPECTED_COMMITTEE, "Không có cấp ủy mã \"" + code + "\"."));
      Committee inspecting = inspecting(inspected).orElseThrow(() -> new InvalidInputException(FormFields.INSPECTED_COMMITTEE,
          "Đồng chí không thuộc Ủy ban Kiểm tra của cấp ủy cấp trên của " + inspected.name() + "."));
      Object reason = execution.getVariable(FormFields.REASON);
      long inspectionId = inspections.planAdHoc(resolutionId, inspecting.code(), inspected.code(),
          reason == null ? null : reason.toString());
      execution.setVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID, resolutionId);
      execution.setVariable(InspectionProcess.Variables.INSPECTION_ID, inspectionId);
      execution.setProcessBusinessKey(ResolutionRolloutProcess.businessKey(resolutionId, inspected.code()));
      instanceAccess.grantToCommitteeChain(execution.getProcessInstanceId(), inspecting.code());
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }

  private Optional<Committee> inspecting(Committee inspected) {
    Authentication caller = identityService.getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    boolean system = caller == null || groups.contains(Groups.CAMUNDA_ADMIN);
    for (Optional<Committee> above = inspected.parent().flatMap(committees::find); above.isPresent();
        above = above.get().parent().flatMap(committees::find)) {
      if (system || groups.contains(PrepareInspectionDelegate.inspectionGroup(above.get()))) {
        return above;
      }
    }
    return Optional.empty();
  }
}

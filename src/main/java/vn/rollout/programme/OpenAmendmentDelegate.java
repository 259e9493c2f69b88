package vn.rollout.programme;

import static vn.rollout.process.ProgrammeAmendmentProcess.FormFields;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.rollout.organisation.Committee;
import vn.rollout.organisation.CommitteeDirectory;
import vn.rollout.organisation.Role;
import vn.rollout.process.FormRejection;
import vn.rollout.process.ProgrammeAmendmentProcess;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.security.InstanceAccess;
import vn.rollout.shared.InvalidInputException;

/**
 * "Mở đề nghị sửa đổi chương trình", right after the start form: only the committee's own office may
 * amend its approved programme, and only one amendment at a time. A refused start form starts nothing.
 */
@Component("openAmendmentDelegate")
class OpenAmendmentDelegate implements JavaDelegate {

  private final ProgrammeAmendments amendments;
  private final CommitteeDirectory committees;
  private final IdentityService identityService;
  private final InstanceAccess instanceAccess;

  OpenAmendmentDelegate(ProgrammeAmendments amendments, CommitteeDirectory committees, IdentityService identityService,
      InstanceAccess instanceAccess) {
    this.amendments = amendments;
    this.committees = committees;
    this.identityService = identityService;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      Object resolution = execution.getVariable(FormFields.RESOLUTION_ID);
      long resolutionId = resolution instanceof Number number && number.doubleValue() == number.longValue() ? number.longValue() : -1;
      if (resolutionId <= 0) {
        throw new InvalidInputException(FormFields.RESOLUTION_ID, "Mã số nghị quyết \"" + resolution + "\" không hợp lệ.");
      }
      String code = execution.getVariable(FormFields.COMMITTEE_CODE) instanceof String text ? text.strip() : "";
      Committee committee = committees.find(code)
          .orElseThrow(() -> new InvalidInputException(FormFields.COMMITTEE_CODE, "Không có cấp ủy mã \"" + code + "\"."));
      String office = committee.taskGroup(Role.OFFICE);
      Authentication caller = identityService.getCurrentAuthentication();
      List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
      if (caller != null && !groups.contains(Groups.CAMUNDA_ADMIN) && !groups.contains(office)) {
        throw new InvalidInputException(FormFields.COMMITTEE_CODE, "Đồng chí không thuộc "
            + committee.organName(Role.OFFICE).orElse("Văn phòng của " + committee.name())
            + ", cơ quan đề nghị sửa đổi chương trình hành động của " + committee.name() + ".");
      }
      long amendmentId = amendments.open(resolutionId, committee.code(), caller == null ? null : caller.getUserId(),
          execution.getProcessInstanceId());
      execution.setVariable(ResolutionRolloutProcess.Variables.RESOLUTION_ID, resolutionId);
      execution.setVariable(ResolutionRolloutProcess.Variables.COMMITTEE_CODE, committee.code());
      execution.setVariable(ProgrammeAmendmentProcess.Variables.AMENDMENT_ID, amendmentId);
      execution.setProcessBusinessKey(ResolutionRolloutProcess.businessKey(resolutionId, committee.code()));
      instanceAccess.grantToCommitteeChain(execution.getProcessInstanceId(), committee.code());
    } catch (InvalidInputException e) {
      throw FormRejection.of(e);
    }
  }
}

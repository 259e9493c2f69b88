package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Xác định cơ quan phụ trách": which groups the rollout's tasks go to, as the model's candidate groups. */
@Component("assignCommitteeOrgansDelegate")
class AssignCommitteeOrgansDelegate implements JavaDelegate {

  private final CommitteeOrgans organs;

  AssignCommitteeOrgansDelegate(CommitteeOrgans organs) {
    this.organs = organs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrganGroups groups = organs.of((String) execution.getVariable(Variables.COMMITTEE_CODE));
    execution.setVariable(Variables.OFFICE_GROUP, groups.office());
    execution.setVariable(Variables.PROPAGANDA_GROUP, groups.propaganda());
    execution.setVariable(Variables.STANDING_COMMITTEE_GROUP, groups.standingCommittee());
    execution.setVariable(Variables.SUPERIOR_OFFICE_GROUP, groups.superiorOffice());
  }
}

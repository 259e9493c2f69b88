package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Xác định cơ quan phụ trách": which groups the rollout's tasks go to, as the model's candidate groups.
 * The first step of a rollout, in its start job when a cascade started it: it also takes the superior's
 * programme if it was passed down since the rollout was written ({@link Rollouts#superiorProgrammeAtStart}),
 * which the gateway after it reads.
 */
@Component("assignCommitteeOrgansDelegate")
class AssignCommitteeOrgansDelegate implements JavaDelegate {

  private final CommitteeOrgans organs;
  private final Rollouts rollouts;

  AssignCommitteeOrgansDelegate(CommitteeOrgans organs, Rollouts rollouts) {
    this.organs = organs;
    this.rollouts = rollouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OrganGroups groups = organs.of((String) execution.getVariable(Variables.COMMITTEE_CODE));
    execution.setVariable(Variables.OFFICE_GROUP, groups.office());
    execution.setVariable(Variables.PROPAGANDA_GROUP, groups.propaganda());
    execution.setVariable(Variables.STANDING_COMMITTEE_GROUP, groups.standingCommittee());
    execution.setVariable(Variables.SUPERIOR_OFFICE_GROUP, groups.superiorOffice());
    Long superiorProgramme = rollouts.superiorProgrammeAtStart(((Number) execution.getVariable(Variables.ROLLOUT_ID)).longValue());
    if (superiorProgramme != null && !superiorProgramme.equals(execution.getVariable(Variables.PARENT_PROGRAMME_ID))) {
      execution.setVariable(Variables.PARENT_PROGRAMME_ID, superiorProgramme);
    }
  }
}

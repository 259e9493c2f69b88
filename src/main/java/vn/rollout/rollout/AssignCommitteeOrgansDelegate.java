package vn.rollout.rollout;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Xác định cơ quan phụ trách": the first step of a rollout, in its start job when a cascade started it.
 * It checks that the committee has an organ for every task the rollout gives it ({@link Organs#check}), so
 * that a committee the tree cannot serve is an incident of its own rollout before any task; the tasks take
 * their groups from the tree when they are created ({@code ${organs.office(execution)}}, …). It also takes
 * the superior's programme if it was passed down since the rollout was written
 * ({@link Rollouts#superiorProgrammeAtStart}), which the gateway after it reads.
 */
@Component("assignCommitteeOrgansDelegate")
class AssignCommitteeOrgansDelegate implements JavaDelegate {

  private final Organs organs;
  private final Rollouts rollouts;

  AssignCommitteeOrgansDelegate(Organs organs, Rollouts rollouts) {
    this.organs = organs;
    this.rollouts = rollouts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    organs.check((String) execution.getVariable(Variables.COMMITTEE_CODE));
    Long superiorProgramme = rollouts.superiorProgrammeAtStart(((Number) execution.getVariable(Variables.ROLLOUT_ID)).longValue());
    if (superiorProgramme != null && !superiorProgramme.equals(execution.getVariable(Variables.PARENT_PROGRAMME_ID))) {
      execution.setVariable(Variables.PARENT_PROGRAMME_ID, superiorProgramme);
    }
  }
}

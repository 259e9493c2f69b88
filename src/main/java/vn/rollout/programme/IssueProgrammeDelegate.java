package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ban hành chương trình hành động": issues the approved programme its symbol. */
@Component("issueProgrammeDelegate")
class IssueProgrammeDelegate implements JavaDelegate {

  private final Programmes programmes;

  IssueProgrammeDelegate(Programmes programmes) {
    this.programmes = programmes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long programmeId = ((Number) execution.getVariable(Variables.PROGRAMME_ID)).longValue();
    Object typed = execution.getVariable(Variables.PROGRAMME_NUMBER_TYPED);
    execution.setVariable(Variables.PROGRAMME_SYMBOL,
        programmes.issue(programmeId, typed == null ? null : ((Number) typed).intValue()));
  }
}

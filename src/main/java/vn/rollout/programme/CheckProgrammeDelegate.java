package vn.rollout.programme;

import static vn.rollout.process.ResolutionRolloutProcess.Variables;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Kiểm tra tính cụ thể của chương trình": the automatic check; its verdict steers the gateway. */
@Component("checkProgrammeDelegate")
class CheckProgrammeDelegate implements JavaDelegate {

  private final Programmes programmes;

  CheckProgrammeDelegate(Programmes programmes) {
    this.programmes = programmes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long programmeId = ((Number) execution.getVariable(Variables.PROGRAMME_ID)).longValue();
    execution.setVariable(Variables.PROGRAMME_CONCRETE, programmes.check(programmeId).accepted());
  }
}

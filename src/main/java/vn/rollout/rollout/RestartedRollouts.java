package vn.rollout.rollout;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.rollout.security.AsSystem;

/**
 * A rollout restarted in Cockpit at a step inside one of its phases (say "Tổ chức học tập, quán triệt",
 * inside the study). Camunda's restart hands the cancelled instance's variables to its start instruction,
 * which sets them on the scope it creates for that step, after the phase's own start listeners ran: the
 * phase's listener found no {@code rolloutId}, and the restart failed. Had it gone through, the rollout's
 * ids would have lived in the phase alone and been lost when the phase ended. Here the phase's listener
 * puts the restarted instance's last variables on the new process instance first (what Camunda's restart
 * means to give it); the instruction then finds them there and sets its values on them, so they outlive
 * the phase.
 */
@Component
class RestartedRollouts {

  private final HistoryService historyService;
  private final IdentityService identityService;

  RestartedRollouts(HistoryService historyService, IdentityService identityService) {
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /**
   * The variable of that name, restoring the restarted instance's last variables onto this process
   * instance first if it has none of that name and was restarted.
   *
   * @throws IllegalStateException if neither this instance nor the one it restarts has it
   */
  Object variable(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value != null) {
      return value;
    }
    ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
    String restarted = instance.getRestartedProcessInstanceId();
    if (restarted != null) {
      // as the system: the caller's right to restart the instance has been checked by the engine
      VariableMap last = AsSystem.call(identityService, () -> {
        VariableMap values = Variables.createVariables();
        historyService.createHistoricVariableInstanceQuery().executionIdIn(restarted).unlimitedList()
            .forEach(variable -> values.putValueTyped(variable.getName(), variable.getTypedValue()));
        return values;
      });
      instance.setVariablesLocal(last);
      value = execution.getVariable(name);
    }
    if (value == null) {
      throw new IllegalStateException("The rollout instance " + instance.getId() + " has no variable '" + name + "'"
          + (restarted == null ? "" : ", nor had the instance it restarts (" + restarted + ")"));
    }
    return value;
  }
}

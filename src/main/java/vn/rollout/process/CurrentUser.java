package vn.rollout.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the engine's authenticated user (Tasklist, REST), else the task's assignee. */
public final class CurrentUser {

  private CurrentUser() {}

  public static String of(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? task.getAssignee() : authentication.getUserId();
  }
}

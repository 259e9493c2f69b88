package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.support.IntegrationTest;

/**
 * The caller's groups are narrowed to those with an authorization by looking up the caller's groups
 * only, not by loading every group that has one: same answer, and authorization checks still work.
 */
class AuthorizedGroupsOfCallerIT extends IntegrationTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;

  @Test
  void shouldKeepOnlyTheCallersGroupsThatHaveAnAuthorization() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String granted = "granted-" + suffix;
    String bare = "bare-" + suffix;
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(granted);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId("nothing-" + suffix);
    grant.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(grant);

    List<String> narrowed = configuration.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizedGroupsOfCaller.class);
      return manager.filterAuthenticatedGroupIds(List.of(bare, granted, "unknown-" + suffix));
    });

    assertThat(narrowed).containsExactly(granted);
  }

  @Test
  void shouldShowAGroupItsTaskAndHideItFromAnotherGroup() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String office = "office-" + suffix;
    Task task = taskService.newTask();
    task.setName("Việc thử của " + office);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), office);
    try {
      identityService.setAuthentication("official-" + suffix, List.of(office));
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
      identityService.setAuthentication("official-" + suffix, List.of("other-" + suffix));
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    } finally {
      identityService.clearAuthentication();
      taskService.deleteTask(task.getId(), true);
    }
  }
}

package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
 * The caller's groups are taken as they are, without the query Camunda makes to narrow them to those
 * with an authorization: a group without one matches nothing, so authorization checks answer the same.
 */
class AuthorizedGroupsOfCallerIT extends IntegrationTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;

  @Test
  void shouldTakeTheCallersGroupsAsTheyAreWithoutNullsOrRepeats() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String granted = "granted-" + suffix;
    String bare = "bare-" + suffix;
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(granted);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId("nothing-" + suffix);
    grant.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(grant);

    List<String> groups = configuration.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizedGroupsOfCaller.class);
      assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
      return manager.filterAuthenticatedGroupIds(Arrays.asList(bare, granted, null, bare));
    });

    assertThat(groups).containsExactly(bare, granted);
  }

  /** Groups without any authorization in the caller's list neither show nor hide a task. */
  @Test
  void shouldAnswerTheSameWhenTheCallerAlsoBelongsToGroupsWithoutAuthorizations() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String office = "office-" + suffix;
    List<String> bare = IntStream.range(0, 40).mapToObj(i -> "bare-" + i + "-" + suffix).toList();
    Task task = taskService.newTask();
    task.setName("Việc thử của " + office);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), office);
    try {
      identityService.setAuthentication("official-" + suffix, bare);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
      assertThat(taskService.createTaskQuery().taskCandidateGroupIn(bare).count()).isZero();
      identityService.setAuthentication("official-" + suffix, Stream.concat(bare.stream(), Stream.of(office)).toList());
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
      assertThat(authorizationService.isUserAuthorized("official-" + suffix, bare, Permissions.READ, Resources.TASK,
          task.getId())).isFalse();
    } finally {
      identityService.clearAuthentication();
      taskService.deleteTask(task.getId(), true);
    }
  }

  /**
   * A revoke still applies now that the groups are not narrowed: a group whose only authorization is a
   * revoke hides what a global authorization grants everyone, also among groups without any authorization.
   * (Between two groups of the caller Camunda lets a grant win over a revoke, so a global grant is the
   * case where the revoking group decides.)
   */
  @Test
  void shouldApplyARevokeOnOneOfTheCallersGroups() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String revoked = "revoked-" + suffix;
    List<String> bare = IntStream.range(0, 40).mapToObj(i -> "bare-" + i + "-" + suffix).toList();
    List<String> withRevoked = Stream.concat(bare.stream(), Stream.of(revoked)).toList();
    Task task = taskService.newTask();
    task.setName("Việc thử mọi người được xem");
    taskService.saveTask(task);
    Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.TASK);
    everyone.setResourceId(task.getId());
    everyone.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyone);
    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId(revoked);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task.getId());
    revoke.removePermission(Permissions.READ);
    authorizationService.saveAuthorization(revoke);
    try {
      identityService.setAuthentication("official-" + suffix, bare);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
      assertThat(authorizationService.isUserAuthorized("official-" + suffix, bare, Permissions.READ, Resources.TASK,
          task.getId())).isTrue();
      identityService.setAuthentication("official-" + suffix, withRevoked);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
      assertThat(authorizationService.isUserAuthorized("official-" + suffix, withRevoked, Permissions.READ,
          Resources.TASK, task.getId())).isFalse();
    } finally {
      identityService.clearAuthentication();
      authorizationService.deleteAuthorization(revoke.getId());
      authorizationService.deleteAuthorization(everyone.getId());
      taskService.deleteTask(task.getId(), true);
    }
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

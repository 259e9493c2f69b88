package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.support.RolloutTest;

/**
 * A task's candidates and assignee get Camunda's own grants ({@link NewTaskGrants}): one per group or user and
 * resource, whether the task was created in the same command (looked up in the command's cache, not in the
 * database) or read from the database.
 */
class NewTaskGrantsIT extends RolloutTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired AuthorizationService authorizationService;

  @Test
  void shouldGrantEachCandidateOnceOnATaskCreatedInTheSameCommand() {
    assertThat(configuration.getResourceAuthorizationProvider()).isInstanceOf(NewTaskGrants.class);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String office = "office-" + suffix;
    String board = "board-" + suffix;
    String official = "official-" + suffix;

    ProcessInstance rollout = register(city());
    String taskId = configuration.getCommandExecutorTxRequired().execute(context -> {
      // a process's task, opened as a model opens one
      TaskEntity task = new TaskEntity((ExecutionEntity) context.getExecutionManager().findExecutionById(rollout.getId()));
      task.setName("Việc thử của " + office);
      task.insert();
      task.addCandidateGroup(office);
      task.addCandidateGroup(board);
      // named twice, and a candidate who is also the assignee: each grant is extended, not written twice
      task.addCandidateGroup(office);
      task.addCandidateUser(official);
      task.setAssignee(official);
      return task.getId();
    });

    try {
      for (String group : List.of(office, board)) {
        assertThat(grants(taskId, group, null, Resources.TASK.resourceType())).as("task grant of " + group).singleElement()
            .satisfies(grant -> assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue())
            .satisfies(grant -> assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue());
        assertThat(grants(taskId, group, null, Resources.HISTORIC_TASK.resourceType())).as("history grant of " + group)
            .singleElement().satisfies(grant -> assertThat(grant.isPermissionGranted(HistoricTaskPermissions.READ)).isTrue());
      }
      assertThat(grants(taskId, null, official, Resources.TASK.resourceType())).as("the assignee's").singleElement();
      assertThat(grants(taskId, null, official, Resources.HISTORIC_TASK.resourceType())).singleElement();

      // a task read from the database: a group that holds a grant keeps that one
      taskService.addCandidateGroup(taskId, office);
      String unit = "unit-" + suffix;
      taskService.addCandidateGroup(taskId, unit);
      assertThat(grants(taskId, office, null, Resources.TASK.resourceType())).singleElement();
      assertThat(grants(taskId, unit, null, Resources.TASK.resourceType())).singleElement()
          .satisfies(grant -> assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue());
    } finally {
      runtimeService.deleteProcessInstance(rollout.getId(), "test");
    }
  }

  /** A standalone task may be given its id (REST): a grant made on that id before is found and extended. */
  @Test
  void shouldExtendAGrantMadeBeforeOnTheIdAStandaloneTaskIsGiven() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String taskId = "chosen-" + suffix;
    String office = "office-" + suffix;
    Authorization before = new SecurityFixture(jdbc, identityService, authorizationService)
        .grantGroup(office, Resources.TASK, taskId, Permissions.READ);

    configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = new TaskEntity(taskId);
      task.setName("Việc thử của " + office);
      task.insert();
      task.addCandidateGroup(office);
      return null;
    });

    try {
      assertThat(grants(taskId, office, null, Resources.TASK.resourceType())).singleElement()
          .satisfies(grant -> assertThat(grant.getId()).isEqualTo(before.getId()))
          .satisfies(grant -> assertThat(grant.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue());
    } finally {
      taskService.deleteTask(taskId, true);
    }
  }

  private List<Authorization> grants(String taskId, String group, String user, int resourceType) {
    var query = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resourceType).resourceId(taskId);
    return (group != null ? query.groupIdIn(group) : query.userIdIn(user)).list();
  }
}

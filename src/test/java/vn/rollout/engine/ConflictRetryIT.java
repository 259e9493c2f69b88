package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.support.IntegrationTest;

/**
 * A job that loses a race on its process instance runs again at once ({@link ConflictRetry}); any other
 * failure, and a conflict that keeps coming back, waits for the model's retry interval as before.
 */
class ConflictRetryIT extends IntegrationTest {

  private static final String KEY = "ConflictRetryProbe";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private Deployment deployment;

  @BeforeEach
  void deploy() {
    // a job and an official's task side by side, meeting at a join, as a ward's wait for its superior's
    // programme and its study meet before it drafts its own (ResolutionRollout's Gateway_ProgrammeMayStart)
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .userTask("Task_Other")
        .parallelGateway("Gateway_Join")
        .userTask("Task_After")
        .endEvent()
        .moveToNode("Gateway_Fork")
        .serviceTask("Task_Probe").camundaDelegateExpression("${" + ConflictProbeBeans.DELEGATE + "}")
        .camundaAsyncBefore().camundaFailedJobRetryTimeCycle("R3/PT5M")
        .connectTo("Gateway_Join")
        .done();
    deployment = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void shouldRunAJobThatLostARaceWithAnOfficialAgainAtOnce() {
    String instance = start("join");
    Job job = job(instance);
    Date due = job.getDuedate();

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .as("the official's task completed while the job ran").isInstanceOf(OptimisticLockingException.class);

    Job after = job(instance);
    assertThat(after.getExceptionMessage()).as("a conflict is not the job's failure").isNull();
    assertThat(after.getRetries()).isEqualTo(job.getRetries());
    assertThat(after.getDuedate()).as("not moved by the retry interval").isEqualTo(due);
    assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).as("due and unlocked").isOne();
    assertThat(historyService.createHistoricJobLogQuery().jobId(job.getId()).failureLog().count())
        .as("Cockpit's job log shows the conflict").isOne();

    managementService.executeJob(job.getId());
    assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_After").count())
        .as("both branches met at the join").isOne();
  }

  @Test
  void shouldLeaveAJobThatKeepsConflictingToTheRetryInterval() {
    String instance = start("always");
    Job job = job(instance);
    for (int i = 1; i <= ConflictRetry.MAX_IMMEDIATE_RETRIES; i++) {
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(OptimisticLockingException.class);
      assertThat(job(instance).getExceptionMessage()).as("conflict %d is retried at once", i).isNull();
    }
    Instant beforeLast = Instant.now();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(OptimisticLockingException.class);

    Job after = job(instance);
    assertThat(after.getExceptionMessage()).as("the engine records a conflict that repeats").isNotNull();
    assertThat(after.getRetries()).as("Camunda does not count a conflict against the retries").isEqualTo(job.getRetries());
    assertThat(after.getDuedate()).as("the model's retry interval, PT5M")
        .isAfterOrEqualTo(Date.from(beforeLast.plus(Duration.ofMinutes(5)).minusSeconds(1)));
  }

  @Test
  void shouldLeaveAnyOtherFailureToTheRetryInterval() {
    String instance = start("fail");
    Job job = job(instance);
    Instant before = Instant.now();

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("the probe fails");

    Job after = job(instance);
    assertThat(after.getExceptionMessage()).contains("the probe fails");
    assertThat(after.getRetries()).as("R3: three tries, one spent").isEqualTo(2);
    assertThat(after.getDuedate()).isAfterOrEqualTo(Date.from(before.plus(Duration.ofMinutes(5)).minusSeconds(1)));
  }

  private String start(String probe) {
    return runtimeService.startProcessInstanceByKey(KEY, Map.of("probe", probe)).getId();
  }

  private Job job(String instance) {
    return managementService.createJobQuery().processInstanceId(instance).singleResult();
  }
}

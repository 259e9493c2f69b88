package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * Jobs that belong to no process instance (the nightly history clean-up, a batch's seed job, a timer
 * start event's job) and a batch's job definitions are the administrators' (SECURITY.md): every job,
 * job-definition and batch endpoint that reads, changes, runs or deletes one answers 403 or 404 to an
 * official, an office, a process owner, and leaves the job as it was; the administrator may.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneJobsIT extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;

  String official;
  String office;
  String processOwner;
  String deployment;
  Batch batch;

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  private boolean prepared;

  @BeforeEach
  void usersAndStandaloneJobs() {
    if (prepared) {
      return;
    }
    prepared = true;
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String ward = fixture.committee("sec-jobs", "Đảng ủy phường Công Việc", null, Organ.OFFICE, Organ.PROPAGANDA);
    official = fixture.user("can-bo-jobs", TaskGroups.organ(ward, Organ.PROPAGANDA));
    office = fixture.user("van-phong-jobs", TaskGroups.organ(ward, Organ.OFFICE), SecurityGroups.SECRETARIAT);
    processOwner = fixture.user("chu-quy-trinh-jobs", SecurityGroups.PROCESS_OWNERS);

    // a timer start event's job, and a batch (its seed job and its three job definitions), as an administrator makes them
    deployment = repositoryService.createDeployment()
        .addModelInstance("standalone-jobs.bpmn", Bpmn.createExecutableProcess("SecurityStandaloneJobsProbe")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Nightly").timerWithCycle("R/P1D")
            .userTask("Task_Wait").camundaCandidateGroups("camunda-admin")
            .endEvent()
            .moveToActivity("Task_Wait").boundaryEvent("Boundary_Reminder").cancelActivity(false).timerWithDuration("P1D")
            .endEvent()
            .done())
        .deploy().getId();
    String instance = runtimeService.startProcessInstanceByKey("SecurityStandaloneJobsProbe").getId();
    batch = runtimeService.deleteProcessInstancesAsync(List.of(instance), "thử lô công việc");
  }

  @AfterAll
  void removeThem() {
    managementService.deleteBatch(batch.getId(), true);
    repositoryService.deleteDeployment(deployment, true);
  }

  String cleanupJob() {
    return historyService.findHistoryCleanupJobs().get(0).getId();
  }

  String seedJob() {
    return managementService.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult().getId();
  }

  String timerStartJob() {
    return managementService.createJobQuery().processDefinitionKey("SecurityStandaloneJobsProbe").timers()
        .activityId("StartEvent_Nightly").singleResult().getId();
  }

  List<JobDefinition> batchJobDefinitions() {
    return Stream.of(batch.getSeedJobDefinitionId(), batch.getMonitorJobDefinitionId(), batch.getBatchJobDefinitionId())
        .map(id -> managementService.createJobDefinitionQuery().jobDefinitionId(id).singleResult()).toList();
  }

  /** Who calls: an official of an organ, an office (also in the secretariat), a process owner. */
  enum Caller { OFFICIAL, OFFICE, PROCESS_OWNER }

  enum StandaloneJob { HISTORY_CLEANUP, BATCH_SEED, TIMER_START }

  String user(Caller caller) {
    return switch (caller) {
      case OFFICIAL -> official;
      case OFFICE -> office;
      case PROCESS_OWNER -> processOwner;
    };
  }

  String job(StandaloneJob job) {
    return switch (job) {
      case HISTORY_CLEANUP -> cleanupJob();
      case BATCH_SEED -> seedJob();
      case TIMER_START -> timerStartJob();
    };
  }

  static Stream<Arguments> jobsAndCallers() {
    return Stream.of(StandaloneJob.values()).flatMap(job -> Stream.of(Caller.values()).map(caller -> Arguments.of(job, caller)));
  }

  ResponseEntity<String> call(String user, String password, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password).exchange("/engine-rest" + path, method, new HttpEntity<>(json, headers), String.class);
  }

  ResponseEntity<String> as(String user, HttpMethod method, String path, String json) {
    return call(user, SecurityFixture.PASSWORD, method, path, json);
  }

  ResponseEntity<String> asAdministrator(HttpMethod method, String path, String json) {
    return call("admin", TestDatabase.ADMIN_PASSWORD, method, path, json);
  }

  /** What a caller could change of a job: it exists, its retries, suspension, due date and priority. */
  String state(String jobId) {
    Job job = managementService.createJobQuery().jobId(jobId).singleResult();
    return job == null ? "deleted" : List.of(job.getRetries(), job.isSuspended(), String.valueOf(job.getDuedate()), job.getPriority()).toString();
  }

  static void refused(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @ParameterizedTest
  @MethodSource("jobsAndCallers")
  void shouldNeitherShowNorChangeNorRunNorDeleteAJobOfNoProcessInstance(StandaloneJob standalone, Caller who) {
    String job = job(standalone);
    String caller = user(who);
    String before = state(job);

    refused(as(caller, HttpMethod.GET, "/job/" + job, null));
    refused(as(caller, HttpMethod.GET, "/job/" + job + "/stacktrace", null));
    assertThat(as(caller, HttpMethod.GET, "/job?firstResult=0&maxResults=2000", null).getBody()).doesNotContain(job);
    refused(as(caller, HttpMethod.PUT, "/job/" + job + "/retries", "{\"retries\":0}"));
    refused(as(caller, HttpMethod.POST, "/job/retries", "{\"jobIds\":[\"" + job + "\"],\"retries\":0}"));
    refused(as(caller, HttpMethod.PUT, "/job/" + job + "/suspended", "{\"suspended\":true}"));
    refused(as(caller, HttpMethod.PUT, "/job/" + job + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0700\"}"));
    refused(as(caller, HttpMethod.POST, "/job/" + job + "/duedate/recalculate", null));
    refused(as(caller, HttpMethod.PUT, "/job/" + job + "/priority", "{\"priority\":99}"));
    refused(as(caller, HttpMethod.POST, "/job/" + job + "/execute", null));
    refused(as(caller, HttpMethod.DELETE, "/job/" + job, null));

    assertThat(state(job)).isEqualTo(before);
  }

  /** Camunda checks the right to run a job inside the run: a refusal used to cost the job one of its retries. */
  @ParameterizedTest
  @EnumSource(Caller.class)
  void shouldNotLetAnyoneWithoutTheRightWearDownAProcessInstancesJob(Caller who) {
    String reminder = managementService.createJobQuery().processDefinitionKey("SecurityStandaloneJobsProbe")
        .activityId("Boundary_Reminder").singleResult().getId();
    String before = state(reminder);

    for (int attempt = 0; attempt < 4; attempt++) {
      refused(as(user(who), HttpMethod.POST, "/job/" + reminder + "/execute", null));
    }

    assertThat(state(reminder)).isEqualTo(before);
    assertThat(managementService.createJobQuery().jobId(reminder).singleResult().getExceptionMessage()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Caller.class)
  void shouldNotShowTheHistoryCleanUpJobsToAnyoneButAnAdministrator(Caller who) {
    String caller = user(who);
    String job = cleanupJob();

    refused(as(caller, HttpMethod.GET, "/history/cleanup/jobs", null));
    refused(as(caller, HttpMethod.GET, "/history/cleanup/job", null));
    refused(as(caller, HttpMethod.POST, "/history/cleanup", null));
    assertThat(asAdministrator(HttpMethod.GET, "/history/cleanup/jobs", null).getBody()).contains(job);
  }

  @ParameterizedTest
  @EnumSource(Caller.class)
  void shouldLeaveABatchAndItsJobDefinitionsToAnAdministrator(Caller who) {
    String caller = user(who);
    List<JobDefinition> definitions = batchJobDefinitions();
    assertThat(definitions).hasSize(3);

    for (JobDefinition definition : definitions) {
      String path = "/job-definition/" + definition.getId();
      refused(as(caller, HttpMethod.PUT, path + "/suspended", "{\"suspended\":true,\"includeJobs\":true}"));
      refused(as(caller, HttpMethod.PUT, "/job/suspended", "{\"jobDefinitionId\":\"" + definition.getId() + "\",\"suspended\":true}"));
      refused(as(caller, HttpMethod.PUT, path + "/jobPriority", "{\"priority\":99,\"includeJobs\":true}"));
      refused(as(caller, HttpMethod.PUT, path + "/retries", "{\"retries\":0}"));
    }
    refused(as(caller, HttpMethod.GET, "/batch/" + batch.getId(), null));
    assertThat(as(caller, HttpMethod.GET, "/batch?firstResult=0&maxResults=50", null).getBody()).doesNotContain(batch.getId());
    refused(as(caller, HttpMethod.PUT, "/batch/" + batch.getId() + "/suspended", "{\"suspended\":true}"));
    refused(as(caller, HttpMethod.DELETE, "/batch/" + batch.getId() + "?cascade=true", null));

    assertThat(batchJobDefinitions()).noneMatch(JobDefinition::isSuspended);
    assertThat(managementService.createJobDefinitionQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult()
        .getOverridingJobPriority()).isNull();
    assertThat(managementService.createBatchQuery().batchId(batch.getId()).singleResult().isSuspended()).isFalse();
  }

  /** A failed job of no process instance leaves an incident with its error message: the administrators' too. */
  @Test
  void shouldShowTheIncidentOfAFailedJobOfNoProcessInstanceOnlyToAnAdministrator() {
    // a batch whose one job fails: it sets the retries of a job that is gone by then
    String instance = runtimeService.startProcessInstanceByKey("SecurityStandaloneJobsProbe").getId();
    String reminder = managementService.createJobQuery().processInstanceId(instance).activityId("Boundary_Reminder")
        .singleResult().getId();
    Batch failing = managementService.setJobRetriesAsync(List.of(reminder), 2);
    managementService.executeJob(managementService.createJobQuery().jobDefinitionId(failing.getSeedJobDefinitionId()).singleResult().getId());
    String execution = managementService.createJobQuery().jobDefinitionId(failing.getBatchJobDefinitionId()).singleResult().getId();
    managementService.deleteJob(reminder);
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        managementService.executeJob(execution);
      } catch (RuntimeException expected) {
        // the job fails; its retries go down, then an incident
      }
    }
    var incident = runtimeService.createIncidentQuery().configuration(execution).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getProcessInstanceId()).isNull();

    try {
      for (Caller who : Caller.values()) {
        refused(as(user(who), HttpMethod.GET, "/incident/" + incident.getId(), null));
        assertThat(as(user(who), HttpMethod.GET, "/incident?firstResult=0&maxResults=2000", null).getBody()).doesNotContain(incident.getId());
        assertThat(as(user(who), HttpMethod.GET, "/incident/count?incidentId=" + incident.getId(), null).getBody()).isEqualTo("{\"count\":0}");
      }
      assertThat(asAdministrator(HttpMethod.GET, "/incident/" + incident.getId(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      managementService.deleteBatch(failing.getId(), true);
      runtimeService.deleteProcessInstance(instance, "probe");
    }
  }

  @Test
  void shouldLetTheAdministratorReadRescheduleAndSuspendThem() {
    String job = cleanupJob();
    String before = state(job);

    assertThat(asAdministrator(HttpMethod.GET, "/job/" + job, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asAdministrator(HttpMethod.PUT, "/job/" + job + "/priority", "{\"priority\":5}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(asAdministrator(HttpMethod.PUT, "/job/" + job + "/suspended", "{\"suspended\":true}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(managementService.createJobQuery().jobId(job).singleResult().isSuspended()).isTrue();

    String seedDefinition = batch.getSeedJobDefinitionId();
    assertThat(asAdministrator(HttpMethod.PUT, "/job-definition/" + seedDefinition + "/jobPriority", "{\"priority\":3}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // as it was
    asAdministrator(HttpMethod.PUT, "/job/" + job + "/suspended", "{\"suspended\":false}");
    asAdministrator(HttpMethod.PUT, "/job/" + job + "/priority", "{\"priority\":0}");
    managementService.clearOverridingJobPriorityForJobDefinition(seedDefinition);
    assertThat(state(job)).isEqualTo(before);
  }
}

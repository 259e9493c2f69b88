package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.rollout.rollout.CascadeIT.BATCH_BODY;
import static vn.rollout.rollout.CascadeIT.CASCADE_BODY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.process.ResolutionRolloutProcess.Variables;
import vn.rollout.support.RolloutTest;

/**
 * The study cascade in batches ({@code rollout.cascade.batch-size}, here 2), as registration starts it
 * (the programme cascade runs on the same machinery): the cascade's first job creates
 * one instance per batch, each batch creates its subordinates' start jobs in a job of its own, and every
 * subordinate gets exactly one rollout, also when the organisation changes in between, a batch runs
 * again or one start fails.
 */
class CascadeBatchesIT extends RolloutTest {

  @Autowired SubordinateCommittees subordinateCommittees;
  @Autowired Rollouts rollouts;

  private int configuredBatchSize;

  @BeforeEach
  void smallBatches() {
    configuredBatchSize = subordinateCommittees.batchSize();
    subordinateCommittees.batchSize(2);
  }

  @AfterEach
  void configuredBatches() {
    subordinateCommittees.batchSize(configuredBatchSize);
  }

  @Test
  void shouldStartEverySubordinateExactlyOnceBatchByBatch() {
    String city = city();
    String broken = organisation.committee("phuong", "Đảng ủy phường chưa có Văn phòng", "ĐU", city);
    List<String> wards = new ArrayList<>(List.of(ward(city), ward(city), ward(city), ward(city), broken));
    List<String> ordered = wards.stream().sorted().toList();
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);

    managementService.executeJob(cascade(cityRollout).activityId(CASCADE_BODY).singleResult().getId());

    assertThat(cascade(cityRollout).activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_ROLLOUTS).count())
        .as("the cascade's first job creates only the batches").isZero();
    List<Job> batches = cascade(cityRollout).activityId(BATCH_BODY).list();
    assertThat(batches).as("five subordinates in batches of two").hasSize(3);
    assertThat(batches).as("each batch in a job of its own").extracting(job -> ((JobEntity) job).isExclusive()).containsOnly(true);
    assertThat(batches).extracting(this::batchOf).containsExactlyInAnyOrder(
        "[, " + ordered.get(2) + ")", "[" + ordered.get(2) + ", " + ordered.get(4) + ")", "[" + ordered.get(4) + ", )");

    // the organisation changes before the batches' jobs run: a ward is added
    String added = ward(city);
    wards.add(added);
    batches.forEach(job -> managementService.executeJob(job.getId()));

    List<Job> starts = starts(cityRollout).list();
    assertThat(starts).extracting(this::subordinateOf).as("every subordinate of today once, the added one too")
        .containsExactlyInAnyOrderElementsOf(wards);
    assertThat(starts).as("each in the batch of its code")
        .allSatisfy(job -> assertThat(SubordinateBatch.parse(batchOf(job)).contains(subordinateOf(job))).isTrue());
    assertThat(starts).as("subordinates start in parallel").extracting(job -> ((JobEntity) job).isExclusive()).containsOnly(false);

    startEachWithRetries(starts);

    assertThat(rolloutsOf(resolutionId, wards)).as("all but the broken ward started").isEqualTo(wards.size() - 1);
    assertThat(rollouts.find(resolutionId, broken)).isEmpty();
    List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(cityRollout.getId()).list();
    assertThat(incidents).as("the broken ward's failure is an incident for it alone").hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo(ResolutionRolloutProcess.TASK_START_SUBORDINATE_ROLLOUTS);
    assertThat(incidents.get(0).getIncidentMessage()).contains(broken);
    Job failed = managementService.createJobQuery().jobId(incidents.get(0).getConfiguration()).singleResult();
    assertThat(subordinateOf(failed)).isEqualTo(broken);

    runEndJobs(cityRollout);
    assertThat(cityRollout).as("the other batches are done; the broken ward's batch waits for it")
        .isWaitingAt(ResolutionRolloutProcess.TASK_START_SUBORDINATE_ROLLOUTS);
    assertThat(runtimeService.getActivityInstance(cityRollout.getId())
        .getActivityInstances(ResolutionRolloutProcess.SUB_PROCESS_START_SUBORDINATE_BATCH)).hasSize(1);

    organisation.organ(broken, Organ.OFFICE);
    managementService.setJobRetries(failed.getId(), 1);
    managementService.executeJob(failed.getId());
    runEndJobs(cityRollout);

    assertThat(cityRollout).hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_BATCH_STARTED,
        ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cityRollout.getId())
        .activityId(BATCH_BODY).count()).as("three batches").isEqualTo(3);
    assertExactlyOneRolloutEach(resolutionId, wards);
    assertThat(task(rollout(resolutionId + "/" + broken), ResolutionRolloutProcess.TASK_ORGANISE_STUDY))
        .hasCandidateGroup(group(broken, Organ.OFFICE));
  }

  @Test
  void shouldStartNoSecondRolloutWhenABatchRunsAgain() {
    String city = city();
    List<String> wards = Stream.of(ward(city), ward(city), ward(city)).sorted().toList();
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    managementService.executeJob(cascade(cityRollout).activityId(CASCADE_BODY).singleResult().getId());
    String firstBatch = "[, " + wards.get(2) + ")";
    Job batch = cascade(cityRollout).activityId(BATCH_BODY).list().stream()
        .filter(job -> batchOf(job).equals(firstBatch)).findFirst().orElseThrow();
    managementService.executeJob(batch.getId());
    startEachWithRetries(starts(cityRollout).list());
    assertThat(rolloutsOf(resolutionId, wards)).isEqualTo(2);

    // the first batch runs again, before its instances ended (as "start before" in Cockpit's
    // modification would do it, or a batch job that ran twice)
    ActivityInstance firstBatchInstance = Arrays.stream(runtimeService.getActivityInstance(cityRollout.getId())
            .getActivityInstances(ResolutionRolloutProcess.SUB_PROCESS_START_SUBORDINATE_ROLLOUTS))
        .filter(instance -> firstBatch.equals(runtimeService.getVariable(instance.getExecutionIds()[0], Variables.SUBORDINATE_BATCH)))
        .findFirst().orElseThrow();
    runtimeService.createProcessInstanceModification(cityRollout.getId())
        .startBeforeActivity(BATCH_BODY, firstBatchInstance.getId())
        .execute();
    Job again = cascade(cityRollout).activityId(BATCH_BODY).list().stream()
        .filter(job -> batchOf(job).equals(firstBatch)).findFirst().orElseThrow();
    managementService.executeJob(again.getId());
    List<Job> startsAgain = starts(cityRollout).list();
    assertThat(startsAgain).extracting(this::subordinateOf).containsExactlyInAnyOrderElementsOf(wards.subList(0, 2));
    startEachWithRetries(startsAgain);

    runAsyncJobs(cityRollout);

    assertThat(cityRollout).hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED);
    assertExactlyOneRolloutEach(resolutionId, wards);
  }

  private void assertExactlyOneRolloutEach(long resolutionId, List<String> wards) {
    assertThat(rolloutsOf(resolutionId, wards)).isEqualTo(wards.size());
    for (String ward : wards) {
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ResolutionRolloutProcess.KEY)
          .processInstanceBusinessKey(ResolutionRolloutProcess.businessKey(resolutionId, ward)).count()).as(ward).isOne();
    }
  }

  private void startEachWithRetries(List<Job> starts) {
    for (Job job : starts) {
      for (int attempt = 0; attempt < 3 && managementService.createJobQuery().jobId(job.getId()).withRetriesLeft().count() > 0; attempt++) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException expectedForABrokenWard) {
          // the job's retries go down; after the last an incident is created
        }
      }
    }
  }

  private void runEndJobs(ProcessInstance rollout) {
    cascade(rollout).activityId(ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUT_STARTED).list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  private long rolloutsOf(long resolutionId, List<String> committees) {
    return jdbc.sql("SELECT COUNT(*) FROM rollout WHERE resolution_id = :r AND committee_code IN (:c)")
        .param("r", resolutionId).param("c", committees).query(Long.class).single();
  }

  private String batchOf(Job job) {
    return (String) runtimeService.getVariable(job.getExecutionId(), Variables.SUBORDINATE_BATCH);
  }

  private String subordinateOf(Job job) {
    return (String) runtimeService.getVariable(job.getExecutionId(), Variables.SUBORDINATE_CODE);
  }

  private JobQuery starts(ProcessInstance rollout) {
    return cascade(rollout).activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_ROLLOUTS).withRetriesLeft();
  }

  private JobQuery cascade(ProcessInstance rollout) {
    return managementService.createJobQuery().processInstanceId(rollout.getId()).messages();
  }
}

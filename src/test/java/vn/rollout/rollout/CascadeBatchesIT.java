package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.rollout.rollout.CascadeIT.CASCADE_BODY;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
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
 * (the programme cascade runs on the same machinery): the cascade's first job creates one instance per
 * batch, each batch writes its subordinates' rollouts in a job of its own (batches in parallel, each
 * followed by an exclusive end job), each subordinate's
 * start goes on in a job of its own rollout, and every subordinate gets exactly one rollout, also when
 * the organisation changes in between, a batch runs again or one start fails.
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

    assertThat(rolloutsOf(resolutionId, wards)).as("the cascade's first job creates only the batches").isZero();
    List<Job> batches = batches(cityRollout).list();
    assertThat(batches).as("five subordinates in batches of two").hasSize(3);
    assertThat(batches).as("each batch in a job of its own, in parallel").extracting(job -> ((JobEntity) job).isExclusive())
        .containsOnly(false);
    assertThat(batches).extracting(this::batchOf).containsExactlyInAnyOrder(
        "[, " + ordered.get(2) + ")", "[" + ordered.get(2) + ", " + ordered.get(4) + ")", "[" + ordered.get(4) + ", )");

    // the organisation changes before the batches' jobs run: a ward is added
    String added = ward(city);
    wards.add(added);
    List<String> failedFirst = new ArrayList<>();
    for (Job batch : batches) {
      String range = batchOf(batch);
      try {
        managementService.executeJob(batch.getId());
      } catch (RuntimeException expectedForTheBrokenWardsBatch) {
        failedFirst.add(range);
        assertThat(expectedForTheBrokenWardsBatch).hasMessageContaining(broken);
        // the job executor's retry: the batch's rollouts written, each start in a job of its own rollout
        managementService.executeJob(batch.getId());
      }
    }
    assertThat(failedFirst).as("only the broken ward's batch failed, rolled back whole").hasSize(1);
    SubordinateBatch retried = SubordinateBatch.parse(failedFirst.get(0));
    assertThat(retried.contains(broken)).isTrue();
    List<String> startedAtOnce = wards.stream().filter(ward -> !retried.contains(ward)).toList();
    List<String> startedInOwnJobs = wards.stream().filter(retried::contains).toList();
    assertThat(startedInOwnJobs).as("the broken ward and its batch's other wards").contains(broken).hasSizeGreaterThan(1);
    List<Job> ends = cascade(cityRollout).list();
    assertThat(ends).as("no job per subordinate in the city's rollout: one exclusive end per batch")
        .hasSize(3).extracting(job -> ((JobEntity) job).isExclusive()).containsOnly(true);
    ends.forEach(job -> managementService.executeJob(job.getId()));

    assertThat(cityRollout).as("the city waits for none of its subordinates' starts")
        .hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_BATCH_STARTED, ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cityRollout.getId())
        .activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_BATCH).count()).as("three batches").isEqualTo(3);
    assertExactlyOneRolloutEach(resolutionId, wards);
    for (String ward : startedAtOnce) {
      assertThat(task(rollout(resolutionId + "/" + ward), ResolutionRolloutProcess.TASK_ORGANISE_STUDY))
          .as("%s started by its batch's first attempt, up to its study", ward).isNotNull();
    }

    List<Job> starts = managementService.createJobQuery().messages().activityId(ResolutionRolloutProcess.START_EVENT).list();
    assertThat(starts).extracting(job -> runtimeService.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
            .singleResult().getBusinessKey())
        .as("the failed batch's subordinates, each in a job of its own rollout; no other")
        .containsExactlyInAnyOrderElementsOf(startedInOwnJobs.stream().map(ward -> ResolutionRolloutProcess.businessKey(resolutionId, ward)).toList());

    startEachWithRetries(starts);

    List<Incident> incidents = runtimeService.createIncidentQuery().list();
    assertThat(incidents).as("the broken ward's failure is an incident for it alone").hasSize(1);
    assertThat(incidents.get(0).getProcessInstanceId()).isEqualTo(rollout(resolutionId + "/" + broken).getId());
    assertThat(incidents.get(0).getActivityId()).isEqualTo(ResolutionRolloutProcess.START_EVENT);
    assertThat(incidents.get(0).getIncidentMessage()).contains(broken);
    for (String ward : wards) {
      assertThat(task(rollout(resolutionId + "/" + ward), ResolutionRolloutProcess.TASK_ORGANISE_STUDY) == null)
          .as("no study of %s yet", ward).isEqualTo(ward.equals(broken));
    }

    organisation.organ(broken, Organ.OFFICE);
    Job failed = managementService.createJobQuery().jobId(incidents.get(0).getConfiguration()).singleResult();
    managementService.setJobRetries(failed.getId(), 1);
    managementService.executeJob(failed.getId());

    assertExactlyOneRolloutEach(resolutionId, wards);
    assertThat(task(rollout(resolutionId + "/" + broken), ResolutionRolloutProcess.TASK_ORGANISE_STUDY))
        .hasCandidateGroup(group(broken, Organ.OFFICE));
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  void shouldStartNoSecondRolloutWhenABatchRunsAgain() {
    String city = city();
    List<String> wards = Stream.of(ward(city), ward(city), ward(city)).sorted().toList();
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    managementService.executeJob(cascade(cityRollout).activityId(CASCADE_BODY).singleResult().getId());
    String firstBatch = "[, " + wards.get(2) + ")";
    Job batch = batches(cityRollout).list().stream()
        .filter(job -> batchOf(job).equals(firstBatch)).findFirst().orElseThrow();
    managementService.executeJob(batch.getId());
    cascade(cityRollout).activityId(ResolutionRolloutProcess.END_SUBORDINATE_BATCH_STARTED).list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(managementService.createJobQuery().messages().activityId(ResolutionRolloutProcess.START_EVENT).count())
        .as("started at once by the batch").isZero();
    assertThat(rolloutsOf(resolutionId, wards)).isEqualTo(2);

    // the first batch runs again (as "start before" in Cockpit's modification would do it, or a batch
    // job that ran twice), beside the second batch still waiting
    runtimeService.createProcessInstanceModification(cityRollout.getId())
        .startBeforeActivity(ResolutionRolloutProcess.TASK_START_SUBORDINATE_BATCH)
        .setVariableLocal(Variables.SUBORDINATE_BATCH, firstBatch)
        .execute();
    List<Job> again = batches(cityRollout).list().stream().filter(job -> batchOf(job).equals(firstBatch)).toList();
    assertThat(again).hasSize(1);
    managementService.executeJob(again.get(0).getId());
    assertThat(managementService.createJobQuery().messages().activityId(ResolutionRolloutProcess.START_EVENT).count())
        .as("no second start of the first batch's wards").isZero();

    runAsyncJobs(cityRollout);
    startEachWithRetries(managementService.createJobQuery().messages().activityId(ResolutionRolloutProcess.START_EVENT).list());

    assertThat(cityRollout).hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED);
    assertExactlyOneRolloutEach(resolutionId, wards);
    for (String ward : wards) {
      assertThat(task(rollout(resolutionId + "/" + ward), ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).as(ward).isNotNull();
    }
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

  private long rolloutsOf(long resolutionId, List<String> committees) {
    return jdbc.sql("SELECT COUNT(*) FROM rollout WHERE resolution_id = :r AND committee_code IN (:c)")
        .param("r", resolutionId).param("c", committees).query(Long.class).single();
  }

  private String batchOf(Job job) {
    return (String) runtimeService.getVariable(job.getExecutionId(), Variables.SUBORDINATE_BATCH);
  }

  private JobQuery batches(ProcessInstance rollout) {
    return cascade(rollout).activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_BATCH);
  }

  private JobQuery cascade(ProcessInstance rollout) {
    return managementService.createJobQuery().processInstanceId(rollout.getId()).messages();
  }
}

package vn.rollout.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.Programmes;
import vn.rollout.support.RolloutTest;

/**
 * The two cascades. The study cascade: when the resolution reaches a committee (its rollout starts), it
 * reaches every direct subordinate, so on registration the whole tree studies at once. The programme
 * cascade: when a committee issues its programme, each direct subordinate is handed it, and only then,
 * its own study done, drafts its own. Both run on the same machinery: the cascade's body creates one
 * instance per batch of subordinates; each batch reaches its subordinates in one job of the superior's
 * rollout (batches in parallel, each counted done by an exclusive end job): the study cascade's first
 * attempt starts them up to their first task; a retried batch leaves each start to a job of the
 * subordinate's own rollout, as the programme cascade leaves the end of each wait for the programme. The
 * superior waits for none of them. Exactly one rollout per committee,
 * whatever is retried. Batches of more than one: {@link CascadeBatchesIT}.
 */
class CascadeIT extends RolloutTest {

  @Autowired Rollouts rollouts;
  @Autowired Programmes programmes;

  @Test
  void shouldStartEveryCommitteesStudyOnRegistrationWhileEachProgrammeWaitsForItsSuperiors() {
    String city = city();
    String hai = ward(city);
    String thanh = ward(city);
    List<String> cells = List.of(cell(hai), cell(hai), cell(thanh), cell(thanh));
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);

    assertThat(cityRollout).as("registration completes at once; the study cascade waits in a job")
        .isWaitingAt(CASCADE_BODY, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    runAsyncJobs(cityRollout);
    assertThat(cityRollout).hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED);
    for (String ward : List.of(hai, thanh)) {
      ProcessInstance wardRollout = rollout(resolutionId + "/" + ward);
      assertThat(rollouts.find(resolutionId, ward).orElseThrow().parentProgrammeId()).isNull();
      runAsyncJobs(wardRollout);
      assertThat(wardRollout).hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED);
    }
    assertThat(rolloutsOf(resolutionId)).as("the whole tree, before any programme").isEqualTo(1 + 2 + 4);

    // every committee studies; every programme but the city's waits for its superior's
    for (String committee : List.of(city, hai, thanh, cells.get(0), cells.get(1), cells.get(2), cells.get(3))) {
      assertThat(task(rollout(resolutionId + "/" + committee), ResolutionRolloutProcess.TASK_ORGANISE_STUDY))
          .as("study of %s", committee).isNotNull();
    }
    for (String cell : cells) {
      ProcessInstance cellRollout = rollout(resolutionId + "/" + cell);
      assertThat(task(cellRollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY))
          .as("a cell has no propaganda board: its office studies").hasCandidateGroup(group(cell, Organ.OFFICE));
      assertThat(cellRollout).as("a cell has no subordinates").hasPassed(ResolutionRolloutProcess.END_NO_SUBORDINATES_TO_STUDY);
    }
    ProcessInstance haiRollout = rollout(resolutionId + "/" + hai);
    completeStudy(haiRollout);
    assertThat(haiRollout).as("studied, the ward waits for the city's programme")
        .isWaitingAt(ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED, ResolutionRolloutProcess.GATEWAY_PROGRAMME_MAY_START);
    assertThat(task(haiRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME)).isNull();

    approveProgramme(cityRollout, city);
    assertThat(cityRollout).as("approval completes at once; the programme cascade waits in a job")
        .isWaitingAt(PROGRAMME_CASCADE_BODY);
    runOwnAsyncJobs(cityRollout);
    assertThat(cityRollout).hasPassed(ResolutionRolloutProcess.END_PROGRAMME_PASSED_DOWN);

    long cityProgramme = programmes.find(resolutionId, city).orElseThrow().id();
    for (String ward : List.of(hai, thanh)) {
      ProcessInstance wardRollout = rollout(resolutionId + "/" + ward);
      assertThat(rollouts.find(resolutionId, ward).orElseThrow().parentProgrammeId()).isEqualTo(cityProgramme);
      assertThat(wardRollout).hasPassed(ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED);
      assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME))
          .as("the ward goes on in a job of its own rollout, not in the city's").isNull();
      runAsyncJobs(wardRollout);
      if (ward.equals(thanh)) {
        assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME))
            .as("handed the programme, a ward still studying drafts once its study is done").isNull();
        completeStudy(wardRollout);
      }
      assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME)).hasCandidateGroup(group(ward, Organ.OFFICE));
      assertThat(formVariable(task(wardRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME), "parentProgrammeSymbol"))
          .as("the city's programme is shown for reference").isEqualTo("01-CTr/TU");
      submitDraft(wardRollout, concreteItem(ward));
      assertThat(task(wardRollout, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME))
          .hasCandidateGroup(group(ward, Organ.STANDING_COMMITTEE));
      decide(wardRollout, "APPROVE", null);
      runAsyncJobs(wardRollout);
    }

    for (String cell : cells) {
      ProcessInstance cellRollout = rollout(resolutionId + "/" + cell);
      runAsyncJobs(cellRollout);
      completeStudy(cellRollout);
      submitDraft(cellRollout, concreteItem(cell));
      assertThat(task(cellRollout, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME))
          .as("a cell has no standing committee: its office approves").hasCandidateGroup(group(cell, Organ.OFFICE));
      decide(cellRollout, "APPROVE", null);
      runAsyncJobs(cellRollout);
      assertThat(cellRollout).as("a cell has no one to pass its programme to")
          .hasPassed(ResolutionRolloutProcess.END_NO_SUBORDINATES_TO_RECEIVE_PROGRAMME);
    }

    assertThat(rolloutsOf(resolutionId)).isEqualTo(1 + 2 + 4);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ResolutionRolloutProcess.KEY)
        .variableValueEquals(ResolutionRolloutProcess.Variables.RESOLUTION_ID, resolutionId).count()).isEqualTo(7);
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT committee_code) FROM rollout WHERE resolution_id = :r")
        .param("r", resolutionId).query(Long.class).single()).isEqualTo(7);
  }

  @Test
  void shouldStartTheRolloutOfACommitteeAddedSinceTheStudyCascadeWhenTheProgrammeIsPassedDown() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    runAsyncJobs(cityRollout);
    String added = ward(city);
    assertThat(rollouts.find(resolutionId, added)).as("added after the resolution reached the city's wards").isEmpty();

    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);

    long cityProgramme = programmes.find(resolutionId, city).orElseThrow().id();
    Rollout late = rollouts.find(resolutionId, added).orElseThrow();
    assertThat(late.parentProgrammeId()).isEqualTo(cityProgramme);
    ProcessInstance lateRollout = rollout(resolutionId + "/" + added);
    runAsyncJobs(lateRollout);
    assertThat(lateRollout).as("started with its superior's programme: nothing to wait for but its own study")
        .hasPassed(ResolutionRolloutProcess.GATEWAY_PARENT_PROGRAMME_KNOWN).hasNotPassed(ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED)
        .isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    completeStudy(lateRollout);
    assertThat(task(lateRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME)).isNotNull();
    assertThat(rollouts.find(resolutionId, ward).orElseThrow().parentProgrammeId()).isEqualTo(cityProgramme);
  }

  @Test
  void shouldStartNoSecondRolloutWhenACascadeJobRunsAgain() {
    String city = city();
    String hai = ward(city);
    String thanh = ward(city);
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    Job body = cascade(cityRollout).activityId(CASCADE_BODY).singleResult();
    managementService.executeJob(body.getId());
    assertThat(rolloutsOf(resolutionId)).as("the cascade's body only creates the batches").isOne();
    Job batch = cascade(cityRollout).activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_BATCH).singleResult();
    assertThat(((JobEntity) batch).isExclusive()).as("two subordinates: one batch, in a job beside any other batch's").isFalse();
    assertThat(runtimeService.getVariable(batch.getExecutionId(), ResolutionRolloutProcess.Variables.SUBORDINATE_BATCH))
        .isEqualTo("[, )");

    // A start of the same subordinate that got through before (an earlier attempt, another node):
    Rollout earlier = rollouts.start(resolutionId, hai, null);
    managementService.executeJob(batch.getId());
    Job batchEnd = cascade(cityRollout).singleResult();
    assertThat(batchEnd.getExecutionId()).as("no job per subordinate in the city's rollout: the batch's end, exclusive")
        .isEqualTo(batch.getExecutionId());
    assertThat(((JobEntity) batchEnd).isExclusive()).isTrue();
    managementService.executeJob(batchEnd.getId());
    assertThat(cityRollout).as("the city waits for none of its subordinates' starts")
        .hasPassed(ResolutionRolloutProcess.END_SUBORDINATE_ROLLOUTS_STARTED);
    assertThat(rollout(resolutionId + "/" + thanh)).as("started by the batch, up to its study, without a job of its own")
        .isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    assertThat(cascade(rollout(resolutionId + "/" + thanh)).activityId(ResolutionRolloutProcess.START_EVENT).count()).isZero();
    // the batch's job again (another node whose lock expired): nothing new
    rollouts.reachBatch(resolutionId, city, "[, )", null, true);

    assertThat(rollouts.find(resolutionId, hai).orElseThrow()).isEqualTo(earlier);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(resolutionId + "/" + hai)
        .processDefinitionKey(ResolutionRolloutProcess.KEY).count()).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(resolutionId + "/" + thanh)
        .processDefinitionKey(ResolutionRolloutProcess.KEY).count()).isOne();
    assertThat(rollouts.start(resolutionId, thanh, null).processInstanceId())
        .isEqualTo(rollout(resolutionId + "/" + thanh).getId());
    assertThat(cascade(rollout(resolutionId + "/" + thanh)).activityId(ResolutionRolloutProcess.START_EVENT).count()).isZero();
    assertThat(rolloutsOf(resolutionId)).isEqualTo(3);

    // the programme cascade hands each ward the programme once, however often it runs
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    long cityProgramme = programmes.find(resolutionId, city).orElseThrow().id();
    assertThat(rollouts.reach(resolutionId, hai, cityProgramme)).isEqualTo(rollouts.find(resolutionId, hai).orElseThrow());
    rollouts.reachBatch(resolutionId, city, "[, )", cityProgramme, true);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(rollout(resolutionId + "/" + hai).getId())
        .activityId(ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED).finished().count()).isOne();
    assertThat(rolloutsOf(resolutionId)).isEqualTo(3);
  }

  @Test
  void shouldHandTheProgrammeToASubordinateWhoseStartWaitedInAnIncident() {
    String city = city();
    String broken = organisation.committee("phuong", "Đảng ủy phường chưa có Văn phòng", "ĐU", city);
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    runBatchFailingOnce(cityRollout, broken);
    ProcessInstance wardRollout = rollout(resolutionId + "/" + broken);
    assertThat(wardRollout).as("written by the city's retried batch, the ward's start waits in a job of its own rollout")
        .isWaitingAt(ResolutionRolloutProcess.START_EVENT);
    failUntilIncident(cascade(wardRollout).singleResult());
    assertThat(runtimeService.createIncidentQuery().processInstanceId(wardRollout.getId()).count()).isOne();

    // the city's programme is passed down while the ward's start waits: no subscription to end yet
    approveProgramme(cityRollout, city);
    runOwnAsyncJobs(cityRollout);
    long cityProgramme = programmes.find(resolutionId, city).orElseThrow().id();
    assertThat(rollouts.find(resolutionId, broken).orElseThrow().parentProgrammeId()).isEqualTo(cityProgramme);

    organisation.organ(broken, Organ.OFFICE);
    Job failed = cascade(wardRollout).singleResult();
    managementService.setJobRetries(failed.getId(), 1);
    managementService.executeJob(failed.getId());

    assertThat(wardRollout).as("its start read the programme from the rollout's row: nothing to wait for")
        .hasPassed(ResolutionRolloutProcess.GATEWAY_PARENT_PROGRAMME_KNOWN)
        .hasNotPassed(ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED)
        .isWaitingAt(ResolutionRolloutProcess.TASK_ORGANISE_STUDY);
    completeStudy(wardRollout);
    assertThat(formVariable(task(wardRollout, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME), "parentProgrammeSymbol"))
        .isEqualTo("01-CTr/TU");
  }

  @Test
  void shouldHandTheProgrammeToARolloutRestartedFromCockpit() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    runAsyncJobs(cityRollout);
    ProcessInstance cancelled = rollout(resolutionId + "/" + ward);

    // the secretariat cancels the ward's rollout, then restarts its wait for the programme in Cockpit: a
    // new instance with the same business key, while the rollout's row still names the cancelled one
    cancel(cancelled);
    ProcessInstance restarted = restart(cancelled, ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED);
    assertThat(restarted.getId()).isNotEqualTo(rollouts.find(resolutionId, ward).orElseThrow().processInstanceId());

    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    runAsyncJobs(restarted);

    assertThat(restarted).as("handed the city's programme by its business key")
        .hasPassed(ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED);
  }

  @Test
  void shouldRestartARolloutInsideItsStudyFromCockpitWithItsVariables() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    runAsyncJobs(cityRollout);
    ProcessInstance cancelled = rollout(resolutionId + "/" + ward);
    long rolloutId = rollouts.find(resolutionId, ward).orElseThrow().id();

    // the secretariat cancels the ward's rollout, then restarts it in Cockpit where it stood: at the wait for
    // the city's programme and at the study, a step inside a phase; Camunda gives its last variables to the
    // last instruction, whose scope is the study's
    cancel(cancelled);
    ProcessInstance restarted = restart(cancelled,
        ResolutionRolloutProcess.EVENT_PARENT_PROGRAMME_ISSUED, ResolutionRolloutProcess.TASK_ORGANISE_STUDY);

    assertThat(runtimeService.getVariablesLocal(restarted.getId())).as("the rollout's ids on the instance, not the study's scope")
        .containsEntry(ResolutionRolloutProcess.Variables.ROLLOUT_ID, rolloutId)
        .containsEntry(ResolutionRolloutProcess.Variables.COMMITTEE_CODE, ward)
        .containsKey(ResolutionRolloutProcess.Variables.LEVEL);
    assertThat(phase(ward)).isEqualTo("STUDY");
    completeStudy(restarted);
    approveProgramme(cityRollout, city);
    runAsyncJobs(cityRollout);
    runAsyncJobs(restarted);
    assertThat(task(restarted, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME)).as("its study done and the city's programme handed over")
        .isNotNull();
    assertThat(phase(ward)).as("the ids outlived the study").isEqualTo("PROGRAMME");
  }

  @Test
  void shouldRefuseARestartWithoutTheRolloutsVariables() {
    String city = city();
    String ward = ward(city);
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    runAsyncJobs(cityRollout);
    ProcessInstance cancelled = rollout(resolutionId + "/" + ward);
    cancel(cancelled);

    // the cancelled instance's variables gone from its history (deleted by hand, say): nothing to restore
    historyService.createHistoricVariableInstanceQuery().processInstanceId(cancelled.getId()).list()
        .forEach(variable -> historyService.deleteHistoricVariableInstance(variable.getId()));
    assertThatThrownBy(() -> restart(cancelled, ResolutionRolloutProcess.TASK_ORGANISE_STUDY))
        .hasMessageContaining("has no variable 'rolloutId', nor had the instance it restarts (" + cancelled.getId() + ")");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(resolutionId + "/" + ward).count())
        .as("nothing restarted").isZero();
  }

  /** The secretariat cancels a rollout in Cockpit. */
  private void cancel(ProcessInstance rollout) {
    runtimeService.deleteProcessInstance(rollout.getId(), "cancelled by mistake");
  }

  /** The secretariat restarts a cancelled rollout in Cockpit before these steps, with its last variables. */
  private ProcessInstance restart(ProcessInstance cancelled, String... activities) {
    var restart = runtimeService.restartProcessInstances(cancelled.getProcessDefinitionId());
    for (String activity : activities) {
      restart = restart.startBeforeActivity(activity);
    }
    restart.processInstanceIds(cancelled.getId()).execute();
    return rollout(cancelled.getBusinessKey());
  }

  @Test
  void shouldLetTheDatabaseRefuseASecondRolloutOfACommittee() {
    String city = city();
    ProcessInstance cityRollout = register(city);

    assertThatThrownBy(() -> jdbc.sql("""
            INSERT INTO rollout (resolution_id, committee_code, started_at) VALUES (:r, :c, CURRENT_TIMESTAMP)""")
        .param("r", resolutionId(cityRollout)).param("c", city).update())
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void shouldTurnOneSubordinatesFailureIntoAnIncidentForItAloneThatCanBeRetried() {
    String city = city();
    String ready = ward(city);
    String broken = organisation.committee("phuong", "Đảng ủy phường chưa có Văn phòng", "ĐU", city);
    ProcessInstance cityRollout = register(city);
    long resolutionId = resolutionId(cityRollout);
    runBatchFailingOnce(cityRollout, broken);
    assertThat(rolloutsOf(resolutionId)).as("the retried batch writes both wards' rollouts").isEqualTo(3);

    for (String ward : List.of(ready, broken)) {
      failUntilIncident(cascade(rollout(resolutionId + "/" + ward)).singleResult());
    }

    ProcessInstance brokenRollout = rollout(resolutionId + "/" + broken);
    assertThat(task(rollout(resolutionId + "/" + ready), ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).isNotNull();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(cityRollout.getId()).count())
        .as("nothing in the city's rollout").isZero();
    List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(brokenRollout.getId()).list();
    assertThat(incidents).as("an incident of the broken ward's own rollout").hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo(ResolutionRolloutProcess.START_EVENT);
    assertThat(incidents.get(0).getIncidentMessage()).contains(broken);
    assertThat(runtimeService.createIncidentQuery().count()).isOne();

    organisation.organ(broken, Organ.OFFICE);
    Job failed = managementService.createJobQuery().jobId(incidents.get(0).getConfiguration()).singleResult();
    managementService.setJobRetries(failed.getId(), 1);
    managementService.executeJob(failed.getId());

    assertThat(task(brokenRollout, ResolutionRolloutProcess.TASK_ORGANISE_STUDY)).hasCandidateGroup(group(broken, Organ.OFFICE));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(brokenRollout.getId()).count()).isZero();
    assertThat(rolloutsOf(resolutionId)).isEqualTo(3);
  }

  /**
   * Runs the city's cascade whose one batch holds a ward that cannot start: the batch's first attempt,
   * which starts its wards at once, fails whole; its retry writes each ward's rollout, whose start waits in
   * a job of its own.
   */
  private void runBatchFailingOnce(ProcessInstance cityRollout, String broken) {
    managementService.executeJob(cascade(cityRollout).activityId(CASCADE_BODY).singleResult().getId());
    Job batch = cascade(cityRollout).activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_BATCH).singleResult();
    assertThatThrownBy(() -> managementService.executeJob(batch.getId())).hasMessageContaining(broken);
    assertThat(rolloutsOf(resolutionId(cityRollout))).as("the first attempt rolled back whole").isOne();
    runOwnAsyncJobs(cityRollout);
  }

  /** Runs a job as the job executor would, up to its three attempts; a failing one ends in an incident. */
  private void failUntilIncident(Job job) {
    for (int attempt = 0; attempt < 3 && managementService.createJobQuery().jobId(job.getId()).withRetriesLeft().count() > 0; attempt++) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expectedForABrokenWard) {
        // the job's retries go down; after the last an incident is created
      }
    }
  }

  private long rolloutsOf(long resolutionId) {
    return jdbc.sql("SELECT COUNT(*) FROM rollout WHERE resolution_id = :r").param("r", resolutionId).query(Long.class).single();
  }

  /** The study cascade's multi-instance body. */
  static final String CASCADE_BODY = ResolutionRolloutProcess.SUB_PROCESS_START_SUBORDINATE_ROLLOUTS + "#multiInstanceBody";
  /** The programme cascade's multi-instance body; beside it, execution's own asynchronous start of the items. */
  static final String PROGRAMME_CASCADE_BODY = ResolutionRolloutProcess.SUB_PROCESS_PASS_PROGRAMME_DOWN + "#multiInstanceBody";

  private org.camunda.bpm.engine.runtime.JobQuery cascade(ProcessInstance rollout) {
    return managementService.createJobQuery().processInstanceId(rollout.getId()).messages();
  }
}

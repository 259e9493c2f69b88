package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * On PostgreSQL the job acquisition is indexed (db/postgres/V3_7) and every job has a due date, so that
 * the acquisition asks for a range of that index alone (BENCHMARKS.md, "Job acquisition: indexed").
 */
class JobAcquisitionIT extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void shouldIndexTheJobAcquisitionOnPostgres() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "on H2 the engine makes its own schema");

    assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = 'act_ru_job'").query(String.class).list())
        .contains("act_idx_job_duedate", "act_idx_job_locked");
    assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'act_idx_job_locked'")
        .query(String.class).single()).containsIgnoringCase("WHERE (lock_owner_ IS NOT NULL)");
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
  }

  @Test
  void shouldGiveAnAsynchronousContinuationADueDateThatTheAcquisitionFinds() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "ensure-job-due-date-not-null is set by the postgres profile");
    var deployment = repositoryService.createDeployment()
        .addModelInstance("async-probe.bpmn", Bpmn.createExecutableProcess("AsyncProbe").camundaHistoryTimeToLive(1)
            .startEvent().camundaAsyncAfter()
            .endEvent()
            .done())
        .deploy();
    try {
      Instant before = Instant.now().minusSeconds(1);
      String instance = runtimeService.startProcessInstanceByKey("AsyncProbe").getId();

      Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      assertThat(job.getDuedate()).isBetween(java.util.Date.from(before), java.util.Date.from(Instant.now().plusSeconds(1)));
      // what the acquisition asks once every job has a due date: due, unlocked, with retries left
      assertThat(jdbc.sql("""
              SELECT count(*) FROM ACT_RU_JOB WHERE ID_ = :id AND RETRIES_ > 0 AND DUEDATE_ <= :now
                 AND (LOCK_OWNER_ IS NULL OR LOCK_EXP_TIME_ < :now)""")
          .param("id", job.getId())
          .param("now", java.sql.Timestamp.from(Instant.now().plus(Duration.ofSeconds(1))))
          .query(Long.class).single()).isOne();

      managementService.executeJob(job.getId());
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }
}

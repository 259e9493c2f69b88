package vn.rollout.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.RolloutApplication;
import vn.rollout.organisation.Organ;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.resolution.RegisterResolution;
import vn.rollout.resolution.ResolutionRegistration;
import vn.rollout.support.NodeProcess;
import vn.rollout.support.OrganisationFixture;
import vn.rollout.support.TestDatabase;

/**
 * A city registers a resolution, the cascade to its wards (the study cascade, started with the city's
 * rollout) is under way on a node (the packaged jar in a JVM of its own), and the node is killed hard
 * ({@code kill -9}). Another node starts on the same database: the cascade completes, and every ward has
 * exactly one rollout, whatever the dead node had half done.
 */
class NodeKilledDuringCascadeIT {

  static final int WARDS = 150;

  @Test
  void shouldCompleteTheCascadeWithOneRolloutPerCommitteeAfterANodeIsKilled() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "nodes share a PostgreSQL database");
    String url = TestDatabase.freshPostgresDatabase("cascade_kill");
    // jobs a dead node had locked come back after 10 s instead of 2 minutes (so a job gives way to
    // requests for at most 5 s, half of that); batches of 10 wards, so that the kill lands between
    // batches' jobs and between the wards' own start jobs
    String[] node = {"--camunda.bpm.job-execution.lock-time-in-millis=10000", "--rollout.job-execution.max-job-delay=5s",
        "--camunda.bpm.job-execution.max-wait=1000", "--rollout.cascade.batch-size=10"};

    NodeProcess first = NodeProcess.start("cascade-a", url, node);
    try (ConfigurableApplicationContext driver = driver(url)) {
      JdbcClient jdbc = JdbcClient.create(driver.getBean(DataSource.class));
      ProcessEngine engine = driver.getBean(ProcessEngine.class);
      OrganisationFixture organisation = new OrganisationFixture(jdbc);
      String city = organisation.committee("tu", "Thành ủy Đà Nẵng", "TU", null, Organ.values());
      for (int i = 0; i < WARDS; i++) {
        organisation.committee("phuong", "Đảng ủy phường số " + (i + 1), "ĐU", city,
            Organ.OFFICE, Organ.STANDING_COMMITTEE, Organ.PROPAGANDA);
      }

      String businessKey = driver.getBean(ResolutionRegistration.class).register(new RegisterResolution("05-NQ/TU",
          "Nghị quyết về chuyển đổi số trong công tác xây dựng Đảng", city,
          LocalDate.of(2026, 10, 1), LocalDate.of(2031, 9, 30), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31),
          null, null, LocalDate.of(2031, 8, 31)), null).businessKey();
      ProcessInstance root = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ResolutionRolloutProcess.KEY).processInstanceBusinessKey(businessKey).singleResult();

      // the node has started some of the wards' rollouts, not all of them
      await().atMost(Duration.ofMinutes(3)).until(() -> rollouts(jdbc) > 10);
      first.kill();
      long atKill = rollouts(jdbc);
      assertThat(atKill).as("killed in the middle of the cascade").isLessThan(1 + WARDS);

      try (NodeProcess second = NodeProcess.start("cascade-b", url, node)) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
            .until(() -> rollouts(jdbc) == 1 + WARDS && cascadeJobs(engine, root) == 0 && studies(jdbc) == 1 + WARDS);

        assertThat(jdbc.sql("SELECT count(DISTINCT committee_code) FROM rollout").query(Long.class).single())
            .isEqualTo(1 + WARDS);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ResolutionRolloutProcess.KEY).count()).isEqualTo(1 + WARDS);
        assertThat(jdbc.sql("SELECT count(*) FROM rollout r WHERE (SELECT count(*) FROM act_ru_execution e"
                + " WHERE e.proc_inst_id_ = r.process_instance_id AND e.id_ = e.proc_inst_id_) <> 1")
            .query(Long.class).single()).as("rollouts without exactly one instance").isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().activityId(ResolutionRolloutProcess.START_EVENT).count())
            .as("every ward's start ran").isZero();
      }
    } finally {
      first.close();
    }
  }

  private static long rollouts(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM rollout").query(Long.class).single();
  }

  private static long cascadeJobs(ProcessEngine engine, ProcessInstance root) {
    return engine.getManagementService().createJobQuery().processInstanceId(root.getId())
        .activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_BATCH).count();
  }

  /** The study tasks: one per rollout whose start job has run. */
  private static long studies(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = :key")
        .param("key", ResolutionRolloutProcess.TASK_ORGANISE_STUDY).query(Long.class).single();
  }

  /** An engine in this JVM on the same database that only drives the process: no job executor, no webapps. */
  private static ConfigurableApplicationContext driver(String url) {
    return new SpringApplicationBuilder(RolloutApplication.class).profiles("test", "postgres").run(
        "--ROLLOUT_DB_URL=" + url, "--ROLLOUT_DB_USER=postgres", "--ROLLOUT_DB_PASSWORD=postgres",
        "--ROLLOUT_ADMIN_PASSWORD=" + TestDatabase.ADMIN_PASSWORD, "--server.port=0",
        "--camunda.bpm.process-engine-name=driver", "--camunda.bpm.webapp.enabled=false");
  }
}

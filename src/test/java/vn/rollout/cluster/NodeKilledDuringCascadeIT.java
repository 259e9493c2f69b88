package vn.rollout.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.rollout.process.ResolutionRolloutProcess.FormFields;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.RolloutApplication;
import vn.rollout.organisation.Organ;
import vn.rollout.process.JsonVariables;
import vn.rollout.process.ResolutionRolloutProcess;
import vn.rollout.programme.DraftItem;
import vn.rollout.resolution.RegisterResolution;
import vn.rollout.resolution.ResolutionRegistration;
import vn.rollout.support.NodeProcess;
import vn.rollout.support.OrganisationFixture;
import vn.rollout.support.TestDatabase;

/**
 * A city approves its programme, the cascade to its wards is under way on a node (the packaged jar
 * in a JVM of its own), and the node is killed hard ({@code kill -9}). Another node starts on the same
 * database: the cascade completes, and every ward has exactly one rollout, whatever the dead node had
 * half done.
 */
class NodeKilledDuringCascadeIT {

  static final int WARDS = 150;

  @Test
  void shouldCompleteTheCascadeWithOneRolloutPerCommitteeAfterANodeIsKilled() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "nodes share a PostgreSQL database");
    String url = TestDatabase.freshPostgresDatabase("cascade_kill");
    // jobs a dead node had locked come back after 10 s instead of 2 minutes
    String[] node = {"--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--camunda.bpm.job-execution.max-wait=1000"};

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
      approveProgramme(engine, root, city);

      // the node has started some of the wards' rollouts, not all of them
      await().atMost(Duration.ofMinutes(3)).until(() -> rollouts(jdbc) > 10);
      first.kill();
      long atKill = rollouts(jdbc);
      assertThat(atKill).as("killed in the middle of the cascade").isLessThan(1 + WARDS);

      try (NodeProcess second = NodeProcess.start("cascade-b", url, node)) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
            .until(() -> rollouts(jdbc) == 1 + WARDS && cascadeJobs(engine, root) == 0);

        assertThat(jdbc.sql("SELECT count(DISTINCT committee_code) FROM rollout").query(Long.class).single())
            .isEqualTo(1 + WARDS);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ResolutionRolloutProcess.KEY).count()).isEqualTo(1 + WARDS);
        assertThat(jdbc.sql("SELECT count(*) FROM rollout r WHERE (SELECT count(*) FROM act_ru_execution e"
                + " WHERE e.proc_inst_id_ = r.process_instance_id AND e.id_ = e.proc_inst_id_) <> 1")
            .query(Long.class).single()).as("rollouts without exactly one instance").isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
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
        .activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_ROLLOUTS).count();
  }

  /** The city's study, a concrete programme and its approval, submitted as Tasklist would. */
  private static void approveProgramme(ProcessEngine engine, ProcessInstance root, String city) {
    FormService forms = engine.getFormService();
    forms.submitTaskForm(task(engine, root, ResolutionRolloutProcess.TASK_ORGANISE_STUDY).getId(), Map.of(
        FormFields.SESSIONS, JsonVariables.json(List.of(Map.of("date", "2026-12-10", "audience", "KEY_OFFICIALS",
            "format", "IN_PERSON", "invited", 120, "attended", 118))),
        FormFields.MAKE_UP_SESSION, false,
        FormFields.STUDY_NOTES, "Quán triệt đầy đủ."));
    String office = city + "." + Organ.OFFICE.key();
    forms.submitTaskForm(task(engine, root, ResolutionRolloutProcess.TASK_DRAFT_PROGRAMME).getId(), Map.of(
        FormFields.ITEMS, JsonVariables.json(List.of(new DraftItem(
            "Hoàn thành số hóa 100% hồ sơ đảng viên trên địa bàn thành phố", office, List.of(), false, 12_000_000_000L,
            "20 cán bộ", "2027-01-01", "2027-12-31",
            "Cơ sở dữ liệu đảng viên với 100% hồ sơ được số hóa, kết nối với Trung ương", null, null)))));
    forms.submitTaskForm(task(engine, root, ResolutionRolloutProcess.TASK_APPROVE_PROGRAMME).getId(),
        Map.of(FormFields.DECISION, FormFields.DECISION_APPROVE));
  }

  private static Task task(ProcessEngine engine, ProcessInstance instance, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activityId).singleResult();
  }

  /** An engine in this JVM on the same database that only drives the process: no job executor, no webapps. */
  private static ConfigurableApplicationContext driver(String url) {
    return new SpringApplicationBuilder(RolloutApplication.class).profiles("test", "postgres").run(
        "--ROLLOUT_DB_URL=" + url, "--ROLLOUT_DB_USER=postgres", "--ROLLOUT_DB_PASSWORD=postgres",
        "--ROLLOUT_ADMIN_PASSWORD=" + TestDatabase.ADMIN_PASSWORD, "--server.port=0",
        "--camunda.bpm.process-engine-name=driver", "--camunda.bpm.webapp.enabled=false");
  }
}

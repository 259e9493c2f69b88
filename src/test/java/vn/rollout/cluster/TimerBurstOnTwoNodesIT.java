package vn.rollout.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.support.TestDatabase;

/**
 * Two nodes on one database, a burst of 2,000 timers due at the same instant: each fires exactly
 * once, counted by its effect (a row written in the job's own transaction), and both nodes share
 * the work.
 */
class TimerBurstOnTwoNodesIT {

  static final int TIMERS = 2_000;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldFireEveryTimerOfABurstExactlyOnceAcrossTwoNodes() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "a cluster shares a PostgreSQL database");
    String url = TestDatabase.freshPostgresDatabase("burst");

    try (TwoNodes nodes = new TwoNodes(url, BurstEffect.class)) {
      JdbcClient jdbc = JdbcClient.create(nodes.a().getBean(DataSource.class));
      jdbc.sql("CREATE TABLE burst_effect (process_instance_id VARCHAR(64) NOT NULL, node VARCHAR(16) NOT NULL)").update();
      ProcessEngine engine = nodes.a().getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment()
          .addModelInstance("burst.bpmn", Bpmn.createExecutableProcess("TimerBurst")
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .intermediateCatchEvent("Timer_Deadline").timerWithDate("${deadline}")
              .serviceTask("Task_RecordEffect").camundaDelegateExpression("${recordBurstEffect}")
              .endEvent()
              .done())
          .deploy();

      Date deadline = Date.from(java.time.Instant.now().plus(Duration.ofDays(1)));
      for (int i = 0; i < TIMERS; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("TimerBurst", Map.of("deadline", deadline));
      }
      assertThat(jdbc.sql("SELECT count(*) FROM burst_effect").query(Long.class).single()).isZero();

      // the deadline has come; the clock keeps running, so that the locks of failed jobs expire
      ClockUtil.offset(deadline.getTime() + 1_000 - System.currentTimeMillis());

      await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
          engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("TimerBurst").count() == 0);

      assertThat(jdbc.sql("SELECT count(*) FROM burst_effect").query(Long.class).single()).isEqualTo(TIMERS);
      assertThat(jdbc.sql("SELECT count(DISTINCT process_instance_id) FROM burst_effect").query(Long.class).single())
          .isEqualTo(TIMERS);
      assertThat(jdbc.sql("SELECT DISTINCT node FROM burst_effect").query(String.class).list())
          .containsExactlyInAnyOrder("node-a", "node-b");
      assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("TimerBurst").count()).isZero();
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class BurstEffect {
    @Bean
    JavaDelegate recordBurstEffect(DataSource dataSource, @Value("${rollout.test.node}") String node) {
      JdbcClient jdbc = JdbcClient.create(dataSource);
      return execution -> jdbc.sql("INSERT INTO burst_effect (process_instance_id, node) VALUES (?, ?)")
          .params(execution.getProcessInstanceId(), node)
          .update();
    }
  }
}

package vn.rollout.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.rollout.RolloutApplication;
import vn.rollout.support.TestDatabase;

/**
 * PostgreSQL stops in the middle of a burst of timers and comes back: the running application
 * recovers without a restart, the jobs that failed run again, every timer has its effect once, and
 * no incident is left behind.
 */
class DatabaseRestartIT {

  static final int TIMERS = 600;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRecoverFromADatabaseRestartUnderLoad() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "restarts a PostgreSQL server");
    Path dataDirectory = Files.createTempDirectory("restart-pg");
    EmbeddedPostgres postgres = server(dataDirectory, 0);
    String url = postgres.getJdbcUrl("postgres", "postgres");
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RolloutApplication.class,
        TimerBurstOnTwoNodesIT.BurstEffect.class).profiles("test", "postgres").run(
            "--ROLLOUT_DB_URL=" + url,
            "--ROLLOUT_DB_USER=postgres",
            "--ROLLOUT_DB_PASSWORD=postgres",
            "--ROLLOUT_ADMIN_PASSWORD=" + TestDatabase.ADMIN_PASSWORD,
            "--server.port=0",
            "--rollout.test.node=single",
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.process-engine-name=restart",
            "--camunda.bpm.webapp.enabled=false",
            // a job whose node lost its database is taken up again sooner than in production (and gives
            // way to requests for at most half that lock time)
            "--camunda.bpm.job-execution.lock-time-in-millis=10000",
            "--rollout.job-execution.max-job-delay=5s",
            "--spring.datasource.hikari.connection-timeout=2000")) {
      JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
      jdbc.sql("CREATE TABLE burst_effect (process_instance_id VARCHAR(64) NOT NULL, node VARCHAR(16) NOT NULL)").update();
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment()
          .addModelInstance("burst.bpmn", Bpmn.createExecutableProcess("TimerBurst")
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .intermediateCatchEvent("Timer_Deadline").timerWithDate("${deadline}")
              .serviceTask("Task_RecordEffect").camundaDelegateExpression("${recordBurstEffect}")
              .endEvent()
              .done())
          .deploy();
      Date deadline = Date.from(Instant.now().plus(Duration.ofDays(1)));
      for (int i = 0; i < TIMERS; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("TimerBurst", Map.of("deadline", deadline));
      }

      // the deadline has come; the clock keeps running, so that the locks of failed jobs expire
      ClockUtil.offset(deadline.getTime() + 1_000 - System.currentTimeMillis());
      await().atMost(Duration.ofMinutes(2)).until(() -> effects(jdbc) >= 50);

      long effectsBeforeOutage = effects(jdbc);
      int port = postgres.getPort();
      postgres.close();
      assertThat(reachable(url)).isFalse();
      // the outage lasts while the job executor keeps trying
      await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> !reachable(url));
      postgres = server(dataDirectory, port);
      assertThat(reachable(url)).isTrue();

      // the pool's connections died with the server: a query may fail until the pool has new ones
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
          engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("TimerBurst").count() == 0);

      assertThat(effectsBeforeOutage).as("the outage fell in the middle of the burst").isLessThan(TIMERS);
      assertThat(effects(jdbc)).isEqualTo(TIMERS);
      assertThat(jdbc.sql("SELECT count(DISTINCT process_instance_id) FROM burst_effect").query(Long.class).single())
          .isEqualTo(TIMERS);
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    } finally {
      postgres.close();
      FileSystemUtils.deleteRecursively(dataDirectory);
    }
  }

  private static long effects(JdbcClient jdbc) {
    return jdbc.sql("SELECT count(*) FROM burst_effect").query(Long.class).single();
  }

  private static boolean reachable(String url) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  /** A server on this data directory, kept when it stops; port 0 for any free port. */
  private static EmbeddedPostgres server(Path dataDirectory, int port) throws IOException {
    var builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false);
    return (port == 0 ? builder : builder.setPort(port)).start();
  }


}

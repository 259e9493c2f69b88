package vn.rollout.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.rollout.RolloutApplication;
import vn.rollout.support.TestDatabase;

/** A node told to stop lets the job it is running finish and commit, instead of interrupting it. */
class GracefulShutdownIT {

  static final CountDownLatch STARTED = new CountDownLatch(1);

  @Test
  void shouldFinishARunningJobWhenTheNodeStops() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "checks the database after the node is gone");
    String url = TestDatabase.freshPostgresDatabase("shutdown");
    ConfigurableApplicationContext node = new SpringApplicationBuilder(RolloutApplication.class, SlowJob.class)
        .profiles("test", "postgres")
        .run("--ROLLOUT_DB_URL=" + url, "--ROLLOUT_DB_USER=postgres", "--ROLLOUT_DB_PASSWORD=postgres",
            "--ROLLOUT_ADMIN_PASSWORD=" + TestDatabase.ADMIN_PASSWORD, "--server.port=0",
            "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--camunda.bpm.process-engine-name=shutdown", "--camunda.bpm.webapp.enabled=false");
    JdbcClient jdbc = JdbcClient.create(node.getBean(DataSource.class));
    jdbc.sql("CREATE TABLE slow_effect (process_instance_id VARCHAR(64) NOT NULL)").update();
    ProcessEngine engine = node.getBean(ProcessEngine.class);
    engine.getRepositoryService().createDeployment()
        .addModelInstance("slow.bpmn", Bpmn.createExecutableProcess("SlowJob").camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_Slow").camundaAsyncBefore().camundaDelegateExpression("${slowDelegate}")
            .endEvent().done())
        .deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("SlowJob").getId();
    await().atMost(Duration.ofSeconds(30)).until(() -> STARTED.getCount() == 0);

    node.close();

    JdbcClient after = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));
    assertThat(after.sql("SELECT count(*) FROM slow_effect WHERE process_instance_id = ?").param(instance)
        .query(Long.class).single()).isOne();
    assertThat(after.sql("SELECT count(*) FROM act_ru_job WHERE process_instance_id_ = ?").param(instance).query(Long.class).single()).isZero();
  }

  @Configuration(proxyBeanMethods = false)
  static class SlowJob {
    @Bean
    JavaDelegate slowDelegate(DataSource dataSource) {
      JdbcClient jdbc = JdbcClient.create(dataSource);
      return execution -> {
        STARTED.countDown();
        // long enough that the node is told to stop while this runs
        new CountDownLatch(1).await(3, TimeUnit.SECONDS);
        jdbc.sql("INSERT INTO slow_effect (process_instance_id) VALUES (?)").param(execution.getProcessInstanceId()).update();
      };
    }
  }
}

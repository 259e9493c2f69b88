package vn.rollout.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/** Health probes, Prometheus metrics and the schema's origin, as the README's Production section documents them. */
class OperationsIT extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldAnswerLivenessAndReadinessProbes() {
    var liveness = http.getForEntity("/actuator/health/liveness", String.class);
    var readiness = http.getForEntity("/actuator/health/readiness", String.class);
    var readinessInDetail = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).getForEntity("/actuator/health/readiness", String.class);

    assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(liveness.getBody()).contains("\"status\":\"UP\"");
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(readiness.getBody()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(readinessInDetail.getBody()).contains("\"db\"").contains("\"processEngine\"");
  }

  @Test
  void shouldExposeCamundasMetricsToPrometheus() {
    var deployment = repositoryService.createDeployment()
        .addModelInstance("metrics.bpmn", Bpmn.createExecutableProcess("MetricsProbe")
            .camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy();
    try {
      runtimeService.startProcessInstanceByKey("MetricsProbe");
      managementService.reportDbMetricsNow();

      assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      String scrape = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).getForObject("/actuator/prometheus", String.class);

      assertThat(scrape).contains("camunda_jobs_successful_total").contains("camunda_jobs_failed_total");
      assertThat(value(scrape, "camunda_process_instances_started_total")).isGreaterThanOrEqualTo(1.0);
      assertThat(value(scrape, "camunda_activity_instances_started_total")).isGreaterThanOrEqualTo(2.0);
      assertThat(value(scrape, "rollout_rollouts_started"))
          .isEqualTo(jdbc.sql("SELECT count(*) FROM rollout").query(Long.class).single().doubleValue());
      assertThat(scrape).contains("rollout_items_overdue ");
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void shouldTakeTheEnginesTablesFromFlywayOnPostgres() {
    var versions = jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"")
        .query(String.class).list();

    if (TestDatabase.isPostgres()) {
      assertThat(versions).first().isEqualTo("0.724");
      assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'act_ru_job'")
          .query(Long.class).single()).isOne();
    } else {
      assertThat(versions).doesNotContain("0.724");
    }
  }

  private static double value(String scrape, String name) {
    return scrape.lines()
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in the scrape"));
  }
}

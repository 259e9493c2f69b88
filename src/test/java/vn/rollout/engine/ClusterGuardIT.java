package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.rollout.RolloutApplication;

/** A node that could not run safely beside another on the same database refuses to start. */
class ClusterGuardIT {

  @Test
  void shouldRefuseToStartWithoutUuidIds() {
    assertThatThrownBy(() -> start("camunda.bpm.id-generator=simple"))
        .hasStackTraceContaining("must use the UUID id generator");
  }

  @Test
  void shouldRefuseToStartUnlessTheDatabaseRunsReadCommitted() {
    assertThatThrownBy(() -> start("spring.datasource.hikari.transaction-isolation=TRANSACTION_SERIALIZABLE"))
        .hasStackTraceContaining("READ_COMMITTED");
  }

  private static void start(String property) {
    // command-line arguments: they override application.yaml (default properties would not)
    new SpringApplicationBuilder(RolloutApplication.class)
        .profiles("test")
        .run("--" + property,
            "--spring.datasource.url=jdbc:h2:mem:guard" + System.nanoTime(),
            "--server.port=0",
            "--camunda.bpm.process-engine-name=guard",
            "--camunda.bpm.webapp.enabled=false")
        .close();
  }
}

package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.rollout.RolloutApplication;
import vn.rollout.support.TestDatabase;

/**
 * The application refuses to start without an administrator password of its own, or with a setting
 * the security model relies on switched off. Each start has its own context, engine name and database,
 * without the webapps (they keep their engine in static state, which belongs to the shared context).
 */
class StartupGuardsIT {

  @Test
  void shouldRefuseToStartTheProductionProfileWithoutAnAdminPassword() {
    assertThatThrownBy(() -> start(List.of("test", "postgres"), "ROLLOUT_DB_URL=jdbc:postgresql://localhost:1/none",
        "ROLLOUT_DB_USER=x", "ROLLOUT_DB_PASSWORD=x"))
        .hasStackTraceContaining("Refusing to start: the administrator 'admin' needs a password of its own")
        .hasStackTraceContaining("ROLLOUT_ADMIN_PASSWORD");
  }

  @Test
  void shouldRefuseTheUserNameAsAdminPassword() {
    assertThatThrownBy(() -> start(List.of("test"), "camunda.bpm.admin-user.password=Admin"))
        .hasStackTraceContaining("needs a password of its own");
  }

  @Test
  void shouldRefuseToStartAnEngineThatEvaluatesExpressionsInAdhocQueries() {
    assertThatThrownBy(() -> start(List.of("test"),
        "camunda.bpm.generic-properties.properties.enable-expressions-in-adhoc-queries=true",
        "camunda.bpm.generic-properties.properties.enable-xxe-processing=true"))
        .hasStackTraceContaining("Refusing to start an engine without")
        .hasStackTraceContaining("no expressions in ad-hoc queries")
        .hasStackTraceContaining("no XML external entities");
  }

  private static void start(List<String> profiles, String... properties) {
    List<String> all = new ArrayList<>(List.of(properties));
    all.add("spring.datasource.url=jdbc:h2:mem:guard" + System.nanoTime());
    all.add("server.port=0");
    all.add("camunda.bpm.webapp.enabled=false");
    all.add("camunda.bpm.process-engine-name=guard" + System.nanoTime());
    if (profiles.contains("postgres")) {
      // a real production database, so that only the missing password can stop the start
      all.removeIf(p -> p.startsWith("ROLLOUT_DB_URL") || p.startsWith("spring.datasource.url"));
      all.add("ROLLOUT_DB_URL=" + TestDatabase.freshPostgresDatabase("guard"));
      all.add("ROLLOUT_DB_USER=postgres");
      all.add("ROLLOUT_DB_PASSWORD=postgres");
    }
    // command-line arguments, which override application.yaml
    new SpringApplicationBuilder(RolloutApplication.class)
        .profiles(profiles.toArray(String[]::new))
        .run(all.stream().map(property -> "--" + property).toArray(String[]::new))
        .close();
  }
}

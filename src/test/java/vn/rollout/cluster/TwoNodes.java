package vn.rollout.cluster;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.rollout.RolloutApplication;
import vn.rollout.support.TestDatabase;

/**
 * Two nodes of the product in one JVM: two Spring contexts, each with its own engine and job
 * executor, on one PostgreSQL database, configured like production (the {@code postgres} profile).
 * Without Camunda's webapps: they keep their engine in static state, which belongs to the test JVM's
 * own application context.
 */
final class TwoNodes implements AutoCloseable {

  private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  TwoNodes(String jdbcUrl, Class<?>... extraSources) {
    for (String node : List.of("node-a", "node-b")) {
      Object[] sources = new Object[extraSources.length + 1];
      sources[0] = RolloutApplication.class;
      System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
      nodes.add(new SpringApplicationBuilder().sources(toClasses(sources)).profiles("test", "postgres").run(
          "--ROLLOUT_DB_URL=" + jdbcUrl,
          "--ROLLOUT_DB_USER=postgres",
          "--ROLLOUT_DB_PASSWORD=postgres",
          "--ROLLOUT_ADMIN_PASSWORD=" + TestDatabase.ADMIN_PASSWORD,
          "--server.port=0",
          "--spring.application.name=" + node,
          "--rollout.test.node=" + node,
          "--camunda.bpm.job-execution.enabled=true",
          "--camunda.bpm.webapp.enabled=false",
          // idle nodes look for due jobs every second, so both are awake when the burst falls due
          "--camunda.bpm.job-execution.wait-time-in-millis=500",
          "--camunda.bpm.job-execution.max-wait=1000",
          // an engine name of its own: the engine registry is static, and the test JVM's own
          // application context owns "default"
          "--camunda.bpm.process-engine-name=" + node.replace("-", "")));
    }
  }

  ConfigurableApplicationContext a() {
    return nodes.get(0);
  }

  ConfigurableApplicationContext b() {
    return nodes.get(1);
  }

  private static Class<?>[] toClasses(Object[] sources) {
    Class<?>[] classes = new Class<?>[sources.length];
    for (int i = 0; i < sources.length; i++) {
      classes[i] = (Class<?>) sources[i];
    }
    return classes;
  }

  @Override
  public void close() {
    nodes.forEach(ConfigurableApplicationContext::close);
  }
}

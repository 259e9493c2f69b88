package vn.rollout.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database an integration test's application context runs on, chosen by the system property
 * {@code it.database} that Failsafe sets: {@code h2} (in memory) or {@code postgres} (a real
 * PostgreSQL server that the build starts itself, one per test JVM). Every application context gets
 * a database of its own, so that cached contexts never see each other's data.
 */
public final class TestDatabase {

  /** The administrator's password in every test, the demo one. */
  public static final String ADMIN_PASSWORD = "TrienKhai@2026";

  private static final AtomicInteger CONTEXTS = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  /** {@code test}, plus the production {@code postgres} profile when the tests run on PostgreSQL. */
  public static final class Profiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return isPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
    }
  }

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty("it.database", "h2"));
  }

  public static void register(DynamicPropertyRegistry registry) {
    String name = "rollout_" + CONTEXTS.incrementAndGet();
    if (isPostgres()) {
      EmbeddedPostgres server = server();
      createDatabase(server, name);
      // The variables the production profile reads from the environment.
      registry.add("ROLLOUT_DB_URL", () -> server.getJdbcUrl("postgres", name));
      registry.add("ROLLOUT_DB_USER", () -> "postgres");
      registry.add("ROLLOUT_DB_PASSWORD", () -> "postgres");
      registry.add("ROLLOUT_ADMIN_PASSWORD", () -> ADMIN_PASSWORD);
    } else {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
      registry.add("spring.datasource.username", () -> "sa");
      registry.add("spring.datasource.password", () -> "");
    }
  }

  /** A new, empty database on the shared PostgreSQL server, for tests that start application contexts themselves. */
  public static String freshPostgresDatabase(String prefix) {
    String name = prefix + "_" + CONTEXTS.incrementAndGet();
    createDatabase(server(), name);
    return server().getJdbcUrl("postgres", name);
  }

  /** The one PostgreSQL server of this JVM, started on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (Boolean.getBoolean("it.pgStatements")) {
          // the benchmark's statement profile (-Dbench.statements): PostgreSQL's own per-statement counters
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        postgres = builder.start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      // Stopped after Spring has closed every application context, so none loses its database mid-shutdown.
      SpringApplication.getShutdownHandlers().add(TestDatabase::stop);
    }
    return postgres;
  }

  private static void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
    }
  }

  private static void createDatabase(EmbeddedPostgres server, String name) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test database " + name, e);
    }
  }
}

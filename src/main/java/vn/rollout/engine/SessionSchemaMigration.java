package vn.rollout.engine;

import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * The tables of Spring Session JDBC, which keeps the webapps' sessions in the shared database so
 * that a user stays logged in when the proxy sends the next request to another node. Spring
 * Session's own schema script for the database at hand, run once by Flyway.
 */
@Component
class SessionSchemaMigration implements JavaMigration {

  static final String SCRIPT = "org/springframework/session/jdbc/schema-%s.sql";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("0.800");
  }

  @Override
  public String getDescription() {
    return "Spring Session JDBC schema";
  }

  @Override
  public Integer getChecksum() {
    return 800;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    String platform = product.contains("postgres") ? "postgresql" : product;
    new ResourceDatabasePopulator(new ClassPathResource(SCRIPT.formatted(platform)))
        .execute(new SingleConnectionDataSource(context.getConnection(), true));
  }
}

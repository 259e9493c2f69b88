package vn.rollout.engine;

import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the engine's tables are a versioned migration like every other table: Camunda's own
 * create scripts for 7.24, read from the engine jar, run by Flyway, with the engine's automatic
 * schema update off ({@code application-postgres.yaml}). An engine upgrade adds a migration that runs
 * Camunda's upgrade scripts ({@code org/camunda/bpm/engine/db/upgrade/postgres_engine_7.24_to_7.25.sql}).
 * On H2, the demo database, the engine still creates its own schema.
 */
@Component
@Profile("postgres")
class CamundaSchemaMigration implements JavaMigration {

  static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.%s.sql";
  static final List<String> PARTS =
      List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  @Override
  public Integer getChecksum() {
    return 724_0;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("0.724");
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public String getDescription() {
    return "Camunda 7.24 schema";
  }

  @Override
  public void migrate(Context context) {
    var populator = new ResourceDatabasePopulator();
    PARTS.forEach(part -> populator.addScript(new ClassPathResource(SCRIPTS.formatted(part))));
    populator.execute(new SingleConnectionDataSource(context.getConnection(), true));
  }
}

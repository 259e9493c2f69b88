package vn.rollout.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Tells Spring Boot that the process engine uses the database, so that Flyway has migrated it
 * before the engine starts: on PostgreSQL Flyway creates the engine's own tables (the engine's
 * schema update is off there), and on every database the product's tables exist before the first
 * job or delegate runs.
 */
class EngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class, ProcessEngineConfigurationImpl.class);
  }
}

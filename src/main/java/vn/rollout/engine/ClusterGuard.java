package vn.rollout.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.spring.boot.starter.configuration.id.PrefixedUuidGenerator;
import org.springframework.stereotype.Component;

/**
 * Refuses to start an engine that could not run safely next to another node on the same database:
 * ids must be UUIDs (the database id generator hands out blocks that two nodes can clash on), and
 * the engine's own check that the database runs READ_COMMITTED must stay on (Camunda fails the start
 * itself when the isolation level is anything else).
 */
@Component
class ClusterGuard extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    IdGenerator ids = configuration.getIdGenerator();
    if (!(ids instanceof StrongUuidGenerator || ids instanceof PrefixedUuidGenerator)) {
      throw new IllegalStateException("Refusing to start: the engine must use the UUID id generator "
          + "(camunda.bpm.id-generator: strong), not " + ids.getClass().getSimpleName());
    }
    if (configuration.getSkipIsolationLevelCheck()) {
      throw new IllegalStateException("Refusing to start: the engine's check that the database runs READ_COMMITTED "
          + "must stay on (skipIsolationLevelCheck=false)");
    }
  }
}

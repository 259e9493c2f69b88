package vn.rollout.security;

import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;

/**
 * The engine's job definition manager: a job definition of no process definition (a batch's) is the
 * administrators' to suspend, activate, prioritise or retry, which Camunda otherwise lets anyone do
 * ({@link StandaloneJobs}).
 */
final class GuardedJobDefinitionManager extends JobDefinitionManager {

  @Override
  public JobDefinitionEntity findById(String jobDefinitionId) {
    JobDefinitionEntity definition = super.findById(jobDefinitionId);
    if (definition != null && definition.getProcessDefinitionId() == null) {
      StandaloneJobs.requireAdministrator("định nghĩa công việc tự động (job definition)");
    }
    return definition;
  }
}

package vn.rollout.rollout;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.management.JobDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The job that starts one subordinate's rollout in the cascade, registered with the engine as a custom
 * job handler. {@link QueueSubordinateStartsDelegate} queues one per subordinate of a batch. Each runs
 * in a transaction of its own, beside the others (not exclusive), so the job executor starts
 * subordinates in parallel; nothing waits for it in the superior's model, so there is no per-subordinate
 * execution, variable or end job to keep. It is attached to the superior's rollout, under the job
 * definition of the cascade's task (the engine keeps a job's activity only through its definition): a
 * subordinate that cannot start (no organ to give its first task to) ends, after the engine's retries,
 * as an incident at that task in Cockpit, whose message names it, and is retried from there.
 */
@Component
public class SubordinateStartJobHandler extends AbstractProcessEnginePlugin
    implements JobHandler<SubordinateStartJobHandler.SubordinateStart> {

  public static final String TYPE = "rollout-start-subordinate";

  /** Which subordinate to start, under which resolution, with which programme as its parent. */
  public record SubordinateStart(long resolutionId, long parentProgrammeId, String committeeCode)
      implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      return resolutionId + ":" + parentProgrammeId + ":" + committeeCode;
    }

    static SubordinateStart parse(String canonical) {
      String[] parts = canonical.split(":", 3);
      return new SubordinateStart(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
    }
  }

  // looked up when a job runs: Rollouts needs the engine this plugin configures
  private final ObjectProvider<Rollouts> rollouts;

  SubordinateStartJobHandler(ObjectProvider<Rollouts> rollouts) {
    this.rollouts = rollouts;
  }

  /**
   * Queues the start, in the caller's transaction, on the superior's rollout under the given job
   * definition (the one of the activity that queues it).
   */
  static void queue(CommandContext commandContext, ExecutionEntity superior, JobDefinition definition,
      SubordinateStart start) {
    ExecutionEntity instance = superior.getProcessInstance();
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(start);
    job.setExclusive(false);
    job.setExecution(instance);
    job.setJobDefinition(definition);
    job.setProcessDefinitionId(instance.getProcessDefinitionId());
    job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
    job.setDeploymentId(instance.getProcessDefinition().getDeploymentId());
    job.setTenantId(instance.getTenantId());
    commandContext.getJobManager().send(job);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomJobHandlers());
    handlers.add(this);
    configuration.setCustomJobHandlers(handlers);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(SubordinateStart start, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    rollouts.getObject().start(start.resolutionId(), start.committeeCode(), start.parentProgrammeId());
  }

  @Override
  public SubordinateStart newConfiguration(String canonicalString) {
    return SubordinateStart.parse(canonicalString);
  }

  @Override
  public void onDelete(SubordinateStart start, JobEntity job) {
    // nothing of the subordinate exists before its job has run
  }
}

package vn.rollout.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job that lost a race on its process instance (an {@link OptimisticLockingException}: an official
 * completed a task of the same instance, or another job moved it, while the job ran) runs again at once,
 * instead of after its model's retry interval ({@code R3/PT5M}: five minutes in which, say, a ward that
 * finished its study while its superior's programme reached it would not see its drafting task).
 *
 * <p>Camunda already keeps such a job's retries (it does not count a conflict as a failure) but records
 * the conflict as the job's exception and moves its due date by the retry interval. Here the job is only
 * unlocked: its due date, retries and exception stay as they were, and the job executor is told at once.
 * The conflict still appears in the job's history (Cockpit's job log), as every failure does. A job that
 * conflicts more than {@link #MAX_IMMEDIATE_RETRIES} times on this node is handed to the engine's own
 * handling, so a conflict that repeats backs off and shows in Cockpit as the job's exception.
 *
 * <p>Camunda's extension point for this is the engine's {@link FailedJobCommandFactory}; every other
 * failure is handled by the engine's own command, unchanged.
 */
@Component
class ConflictRetry extends AbstractProcessEnginePlugin {

  /** Immediate retries of one job on one node before the engine's own retry interval applies. */
  static final int MAX_IMMEDIATE_RETRIES = 5;
  private static final int REMEMBERED_JOBS = 10_000;

  private final Map<String, Integer> conflicts = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > REMEMBERED_JOBS;
    }
  };

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory engines = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, failure) ->
        isConflict(failure) && immediateRetryLeft(jobId) ? new RetryAtOnce(jobId, failure) : engines.getCommand(jobId, failure));
  }

  static boolean isConflict(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private boolean immediateRetryLeft(String jobId) {
    synchronized (conflicts) {
      int count = conflicts.merge(jobId, 1, Integer::sum);
      if (count > MAX_IMMEDIATE_RETRIES) {
        conflicts.remove(jobId);
        return false;
      }
      return true;
    }
  }

  /** Unlocks the job and wakes the job executor once the transaction commits; nothing else changes. */
  private static final class RetryAtOnce extends JobRetryCmd {

    RetryAtOnce(String jobId, Throwable failure) {
      super(jobId, failure);
    }

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job != null) {
        job.unlock();
        notifyAcquisition(commandContext);
      }
      return null;
    }
  }
}

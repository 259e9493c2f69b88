package vn.rollout.rollout;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Which attempt of a cascade's batch job is running. The first starts the batch's new subordinates at once,
 * in its own transaction, up to their first tasks; if it failed (one subordinate that cannot start rolls the
 * whole batch back), every later attempt only writes each subordinate's rollout and leaves its start to a job
 * of the subordinate's own instance, where a failure is an incident of that subordinate alone.
 *
 * <p>Read from the job the engine is running ({@code CommandContext#getCurrentJob}, set for the job
 * executor and {@code ManagementService#executeJob} alike): a job that failed keeps its exception until it
 * succeeds, also when Cockpit retries it. A job whose node died holds no exception and starts at once again.
 * Camunda has no public API for this; the engine's own job handling reads the same fields.
 */
final class BatchAttempt {

  private BatchAttempt() {
  }

  /** {@code true} unless the running job has failed before; also outside a job. */
  static boolean startsAtOnce() {
    CommandContext context = Context.getCommandContext();
    JobEntity job = context == null ? null : context.getCurrentJob();
    return job == null || (job.getExceptionMessage() == null && job.getExceptionByteArrayId() == null);
  }
}

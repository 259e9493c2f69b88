package vn.rollout.rollout;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.rollout.process.ResolutionRolloutProcess;

/**
 * The jobs of a rollout's cascade, as the job executor would find them: the body's, one per batch, and
 * one per subordinate ({@link SubordinateStartJobHandler}); batches' and subordinates' jobs share the
 * cascade's task as their activity.
 */
final class CascadeJobs {

  /** The cascade's multi-instance body. */
  static final String CASCADE_BODY = ResolutionRolloutProcess.SUB_PROCESS_START_SUBORDINATE_ROLLOUTS + "#multiInstanceBody";

  private final ManagementService management;

  CascadeJobs(ManagementService management) {
    this.management = management;
  }

  Job body(ProcessInstance rollout) {
    return management.createJobQuery().processInstanceId(rollout.getId()).activityId(CASCADE_BODY).singleResult();
  }

  /** The batches' jobs, each to queue its subordinates' starts. */
  List<Job> batches(ProcessInstance rollout) {
    return atTheTask(rollout).stream().filter(job -> !isStart(job)).toList();
  }

  /** The subordinates' start jobs with retries left. */
  List<Job> starts(ProcessInstance rollout) {
    return atTheTask(rollout).stream().filter(CascadeJobs::isStart).filter(job -> job.getRetries() > 0).toList();
  }

  static boolean isStart(Job job) {
    return SubordinateStartJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType());
  }

  static String subordinateOf(Job job) {
    return SubordinateStartJobHandler.SubordinateStart.parse(((JobEntity) job).getJobHandlerConfigurationRaw())
        .committeeCode();
  }

  static boolean isExclusive(Job job) {
    return ((JobEntity) job).isExclusive();
  }

  /** Runs each job until it succeeds or has no retry left (a failure ends as an incident). */
  void runEachWithRetries(List<Job> jobs) {
    for (Job job : jobs) {
      for (int attempt = 0; attempt < 3 && management.createJobQuery().jobId(job.getId()).withRetriesLeft().count() > 0; attempt++) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expectedForABrokenWard) {
          // the job's retries go down; after the last an incident is created
        }
      }
    }
  }

  private List<Job> atTheTask(ProcessInstance rollout) {
    return management.createJobQuery().processInstanceId(rollout.getId()).messages()
        .activityId(ResolutionRolloutProcess.TASK_START_SUBORDINATE_ROLLOUTS).list();
  }
}

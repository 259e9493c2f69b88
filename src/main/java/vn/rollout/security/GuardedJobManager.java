package vn.rollout.security;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The engine's job manager: a job created without a process instance or definition is filed under
 * {@value StandaloneJobs#ADMINISTRATION_KEY}, so that Camunda's own job permissions leave it to
 * administrators ({@link StandaloneJobs}); a job of no process instance looked up by id in a signed-in
 * user's command is the administrators' (some commands check its type first and would answer with it);
 * and the history clean-up's jobs, which Camunda hands to anyone who asks
 * ({@code GET /history/cleanup/jobs}), are the administrators' to list.
 */
final class GuardedJobManager extends JobManager {

  static final String JOBS = "công việc tự động (job)";

  @Override
  public void insertJob(JobEntity job) {
    if (job.getProcessInstanceId() == null && job.getProcessDefinitionKey() == null) {
      job.setProcessDefinitionKey(StandaloneJobs.ADMINISTRATION_KEY);
    }
    super.insertJob(job);
  }

  @Override
  public JobEntity findJobById(String jobId) {
    JobEntity job = super.findJobById(jobId);
    if (job != null && job.getProcessInstanceId() == null) {
      StandaloneJobs.requireAdministrator(JOBS);
    }
    return job;
  }

  @Override
  public List<Job> findJobsByHandlerType(String handlerType) {
    StandaloneJobs.requireAdministrator(JOBS);
    return super.findJobsByHandlerType(handlerType);
  }
}

package vn.rollout.security;

import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine's management service, with one check moved forward. Camunda 7.24 checks the right to run
 * a job ({@code POST /job/{id}/execute}) inside the job's own execution, so a refusal counts as a failure
 * of the job: its retries go down and, after three calls, it stops for good with an incident. Anyone
 * signed in could so stop any committee's reminders and deadlines. Here the same checks run first, in a
 * command of their own: a refused caller changes nothing.
 */
final class JobExecutionGuard extends ManagementServiceImpl {

  JobExecutionGuard(ProcessEngineConfigurationImpl configuration) {
    super(configuration);
  }

  @Override
  public void executeJob(String jobId) {
    commandExecutor.execute(context -> {
      JobEntity job = context.getJobManager().findJobById(jobId);
      if (job != null) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkUpdateJob(job);
        }
      }
      return null;
    });
    super.executeJob(jobId);
  }
}

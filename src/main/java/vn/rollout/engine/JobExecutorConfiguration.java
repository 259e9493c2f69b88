package vn.rollout.engine;

import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor's threads, as the starter makes them (pool and queue from
 * {@code camunda.bpm.job-execution.*}), except at shutdown: the starter's pool interrupts running
 * jobs, this one lets the jobs it has taken finish (up to {@code spring.lifecycle.timeout-per-shutdown-phase}),
 * while the engine, closing, has stopped acquiring new ones.
 */
@Configuration(proxyBeanMethods = false)
class JobExecutorConfiguration {

  @Bean(name = JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER)
  @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
  static TaskExecutor camundaTaskExecutor(CamundaBpmProperties properties,
      org.springframework.core.env.Environment environment) {
    var jobExecution = properties.getJobExecution();
    var executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("job-");
    executor.setCorePoolSize(jobExecution.getCorePoolSize());
    executor.setMaxPoolSize(jobExecution.getMaxPoolSize());
    executor.setQueueCapacity(jobExecution.getQueueCapacity());
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds((int) environment
        .getProperty("spring.lifecycle.timeout-per-shutdown-phase", java.time.Duration.class, java.time.Duration.ofSeconds(30))
        .toSeconds());
    return executor;
  }
}

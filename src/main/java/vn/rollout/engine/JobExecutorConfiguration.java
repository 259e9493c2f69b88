package vn.rollout.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The job executor's threads, as the starter makes them (pool and queue from
 * {@code camunda.bpm.job-execution.*}), except that
 * <ul>
 *   <li>at shutdown the starter's pool interrupts running jobs; this one lets the jobs it has taken finish
 *       (up to {@code spring.lifecycle.timeout-per-shutdown-phase}), while the engine, closing, has stopped
 *       acquiring new ones;</li>
 *   <li>officials' requests come first ({@link RequestsFirst}): while the node serves a request on the
 *       REST APIs or the webapps' API (and {@code rollout.job-execution.serving-linger} after it), at most
 *       {@code rollout.job-execution.jobs-while-serving-requests} jobs start, the others wait at most
 *       {@code rollout.job-execution.max-job-delay}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JobExecutorConfiguration {

  /** The long poll of external task workers: it waits on purpose, it is not an official waiting. */
  static final String LONG_POLL = "/engine-rest/external-task/fetchAndLock";

  @Bean
  static RequestsFirst requestsFirst(
      @Value("${rollout.job-execution.jobs-while-serving-requests:1}") int jobsWhileServing,
      @Value("${rollout.job-execution.serving-linger:500ms}") Duration linger,
      @Value("${rollout.job-execution.max-job-delay:30s}") Duration maxDelay,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis) {
    // a job waits with its lock held: one that waited too long could be taken again by another node
    if (maxDelay.toMillis() * 2 > lockTimeMillis) {
      throw new IllegalArgumentException("rollout.job-execution.max-job-delay (" + maxDelay + ") must be at most half "
          + "the job lock time (camunda.bpm.job-execution.lock-time-in-millis, " + lockTimeMillis + " ms): a job waits "
          + "with its lock held, and its run must still end before the lock expires");
    }
    return new RequestsFirst(jobsWhileServing, linger, maxDelay);
  }

  @Bean(name = JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER)
  @ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true", matchIfMissing = true)
  static TaskExecutor camundaTaskExecutor(CamundaBpmProperties properties, Environment environment,
      RequestsFirst requestsFirst) {
    var jobExecution = properties.getJobExecution();
    var executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("job-");
    executor.setCorePoolSize(jobExecution.getCorePoolSize());
    executor.setMaxPoolSize(jobExecution.getMaxPoolSize());
    executor.setQueueCapacity(jobExecution.getQueueCapacity());
    executor.setTaskDecorator(requestsFirst);
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds((int) environment
        .getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class, Duration.ofSeconds(30))
        .toSeconds());
    return executor;
  }

  /**
   * Counts the requests being served for {@link RequestsFirst}: the engine's and the product's REST APIs, the
   * webapps'. On a node without a job executor nothing waits for the count.
   */
  @Bean
  static FilterRegistrationBean<OncePerRequestFilter> requestsBeingServed(RequestsFirst requestsFirst,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (isLongPoll(request)) {
          chain.doFilter(request, response);
          return;
        }
        requestsFirst.requestStarted();
        try {
          chain.doFilter(request, response);
        } finally {
          requestsFirst.requestEnded();
        }
      }
    });
    registration.setName("requests-before-jobs");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", applicationPath + "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Whether the request is the long poll, however its path is written: the path within the application
   * (without a context path), which the servlet container has already decoded and stripped of path
   * parameters ({@code ;x=y}) and of repeated slashes, less a trailing slash.
   */
  static boolean isLongPoll(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return LONG_POLL.equals(path);
  }
}

package vn.rollout.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Camunda's own metrics for Prometheus: the engine counts activity instances and job executions
 * and writes the counts to its metrics table (every minute here, see {@link MetricsReportingInterval});
 * these counters read the totals of the whole cluster from there at each scrape.
 */
@Component
class CamundaMetrics implements MeterBinder {

  static final Map<String, String> COUNTERS = Map.of(
      Metrics.ACTIVTY_INSTANCE_START, "camunda.activity.instances.started",
      Metrics.ROOT_PROCESS_INSTANCE_START, "camunda.process.instances.started",
      Metrics.JOB_SUCCESSFUL, "camunda.jobs.successful",
      Metrics.JOB_FAILED, "camunda.jobs.failed",
      Metrics.JOB_ACQUISITION_ATTEMPT, "camunda.job.acquisition.attempts",
      Metrics.JOB_ACQUIRED_SUCCESS, "camunda.jobs.acquired");

  private final ManagementService managementService;

  CamundaMetrics(ManagementService managementService) {
    this.managementService = managementService;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    COUNTERS.forEach((camundaName, meterName) ->
        FunctionCounter.builder(meterName, managementService, service -> service.createMetricsQuery().name(camundaName).sum())
            .description("Camunda metric " + camundaName + ", all nodes")
            .register(registry));
  }
}

package vn.rollout.monitoring;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The engine writes its metric counts to the database every 15 minutes by default; monitoring wants them sooner. */
@Component
class MetricsReportingInterval extends AbstractProcessEnginePlugin {

  private final int seconds;

  MetricsReportingInterval(@Value("${rollout.metrics.reporting-interval-seconds:60}") int seconds) {
    this.seconds = seconds;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDbMetricsReporter() != null) {
      configuration.getDbMetricsReporter().setReportingIntervalInSeconds(seconds);
    }
  }
}

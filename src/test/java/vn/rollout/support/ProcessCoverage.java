package vn.rollout.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Records which flow nodes and sequence flows every integration test passes, per database run, in
 * {@code target/process-test-coverage/<h2|postgres>/}; {@code vn.rollout.process.ProcessCoverageGate}
 * reads them after both runs and fails the build below the threshold.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
class ProcessCoverage {

  static final String REPORTS = "target/process-test-coverage/";

  @Bean
  @Primary
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.builder()
        .reportDirectory(REPORTS + (TestDatabase.isPostgres() ? "postgres" : "h2"))
        .build();
  }
}

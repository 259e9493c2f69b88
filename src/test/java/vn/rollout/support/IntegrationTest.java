package vn.rollout.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test ({@code *IT}): the whole application on a random port, on the
 * database that {@link TestDatabase} chooses (H2 or PostgreSQL, one Failsafe run each). The job
 * executor is off (see {@code application-test.yaml}): tests move the engine clock and run jobs
 * themselves, so nothing fires behind their back. Every test records the process coverage it reaches
 * ({@link ProcessCoverage}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.context.ActiveProfiles("test")
@Import(ProcessCoverage.class)
public abstract class IntegrationTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }
}

package vn.rollout.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test ({@code *IT}): the whole application on a random port, on the
 * database that {@link TestDatabase} chooses (H2 with the demo profile's settings, or PostgreSQL
 * with the production {@code postgres} profile; one Failsafe run each). The job
 * executor is off (see {@code application-test.yaml}): tests move the engine clock and run jobs
 * themselves, so nothing fires behind their back. Every test records the process coverage it reaches
 * ({@link ProcessCoverage}).
 *
 * <p>Every IT must share this one application context: no {@code @MockBean}, no extra properties or
 * annotations that change the context. Camunda keeps the engine named "default" in static state
 * (the REST API and the webapps find it there), so a second cached context would take it over and
 * the first context's REST calls would reach the second one's database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@Import(ProcessCoverage.class)
public abstract class IntegrationTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
    TestMail.register(registry);
  }
}

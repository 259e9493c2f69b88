package vn.rollout.engine;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Sets the JVM's default time zone before anything else starts, so that the engine's timers
 * (a date such as {@code 2028-04-20T23:59:59} without an offset), the database's timestamps and
 * every date shown to an official are Vietnam's, whatever the host's zone is.
 *
 * <p>It runs as an {@link EnvironmentPostProcessor} rather than in {@code main} so that tests, which
 * never call {@code main}, get the same zone.
 */
class VietnamTimeZone implements EnvironmentPostProcessor {

  static final String PROPERTY = "rollout.time-zone";
  static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    // ZoneId.of rejects an unknown zone instead of silently falling back to GMT.
    TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(environment.getProperty(PROPERTY, DEFAULT_ZONE))));
  }
}

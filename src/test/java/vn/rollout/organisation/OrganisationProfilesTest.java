package vn.rollout.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;

/** The demo organisation and its password belong to the default profile only. */
class OrganisationProfilesTest {

  @Configuration(proxyBeanMethods = false)
  static class NothingToStart {}

  @Test
  void shouldImportTheDemoOrganisationWithItsPasswordInTheDefaultProfile() {
    Environment environment = environment();

    String location = environment.getProperty("rollout.organisation.import-location");
    assertThat(location).isEqualTo("classpath:demo/organisation/");
    assertThat(environment.getProperty("rollout.organisation.initial-password")).isEqualTo("TrienKhai@2026");
    for (String file : new String[] {"committees.csv", "units.csv", "officials.csv"}) {
      assertThat(new DefaultResourceLoader().getResource(location + file).exists()).as(file).isTrue();
    }
  }

  @Test
  void shouldImportNothingAndSetNoPasswordInThePostgresProfile() {
    Environment environment = environment("postgres");

    assertThat(environment.getProperty("rollout.organisation.import-location")).isNull();
    assertThat(environment.getProperty("rollout.organisation.initial-password")).isNull();
  }

  private static Environment environment(String... profiles) {
    try (var context = new SpringApplicationBuilder(NothingToStart.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .profiles(profiles)
        .run()) {
      return context.getEnvironment();
    }
  }
}

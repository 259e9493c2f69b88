package vn.rollout.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rollout.organisation.*}: where the organisation is imported from at start-up, and the
 * password that a newly imported official gets. Both are unset unless a profile sets them: the demo
 * (default) profile sets both, production sets neither.
 *
 * @param importLocation a Spring resource location of a folder holding {@code committees.csv},
 *     {@code units.csv} and {@code officials.csv}, e.g. {@code classpath:demo/organisation/}
 * @param initialPassword the password of every official created by an import; without it officials
 *     are created without a password (an administrator sets it, or a single sign-on provides it)
 */
@ConfigurationProperties("rollout.organisation")
record OrganisationProperties(String importLocation, String initialPassword) {

  boolean importsAtStartUp() {
    return importLocation != null && !importLocation.isBlank();
  }

  boolean setsInitialPassword() {
    return initialPassword != null && !initialPassword.isEmpty();
  }
}

package vn.rollout.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run on the build machines, so this reads docker-compose.yml and the Dockerfile and
 * checks them against what the application reads.
 */
class DockerComposeTest {

  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");

  @Test
  void shouldGiveTheAppExactlyTheVariablesThePostgresProfileReads() throws IOException {
    Map<String, Object> app = service("app");
    @SuppressWarnings("unchecked")
    Map<String, Object> environment = (Map<String, Object>) app.get("environment");

    Set<String> given = new TreeSet<>(environment.keySet());
    assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
    given.remove("SPRING_PROFILES_ACTIVE");

    assertThat(given).isEqualTo(placeholders(Files.readString(Path.of("src/main/resources/application-postgres.yaml"))));
  }

  @Test
  void shouldStartTheAppOnlyOnceTheDatabaseIsHealthy() throws IOException {
    Map<String, Object> postgres = service("postgres");
    assertThat(String.valueOf(postgres.get("image"))).startsWith("postgres:16");
    assertThat(postgres).containsKey("healthcheck");
    assertThat(String.valueOf(postgres.get("volumes"))).contains("postgres-data:/var/lib/postgresql/data");
    assertThat(String.valueOf(service("app").get("depends_on"))).contains("postgres={condition=service_healthy}");
  }

  @Test
  void shouldCheckTheAppsHealthOnTheAppsPort() throws IOException {
    String port = "8080";
    assertThat(Files.readString(Path.of("src/main/resources/application.yaml"))).contains("port: " + port);

    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile).contains("EXPOSE " + port).contains("http://localhost:" + port + "/actuator/health");
    assertThat(dockerfile).containsPattern("(?m)^USER (?!root)\\S+");
    assertThat(String.valueOf(service("app").get("ports"))).contains(port + ":" + port);
    assertThat(String.valueOf(service("app").get("healthcheck"))).contains("http://localhost:" + port + "/actuator/health");
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(reader);
      Map<String, Object> services = (Map<String, Object>) compose.get("services");
      assertThat(services).containsKey(name);
      return (Map<String, Object>) services.get(name);
    }
  }
}

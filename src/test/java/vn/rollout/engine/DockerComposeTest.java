package vn.rollout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run on the build machines, so this reads docker-compose.yml and the Dockerfile and
 * checks them against what the application reads.
 */
class DockerComposeTest {

  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");
  static final List<String> NODES = List.of("app-1", "app-2");
  static final String PORT = "8080";

  @Test
  void shouldRunTwoNodesBehindAProxyWithAMailCatcher() throws IOException {
    assertThat(services().keySet()).containsExactlyInAnyOrder("postgres", "app-1", "app-2", "nginx", "mailpit");
    for (String name : services().keySet()) {
      assertThat(service(name)).as(name).containsKey("healthcheck");
    }
  }

  @Test
  void shouldGiveEachNodeExactlyTheVariablesThePostgresProfileReads() throws IOException {
    Set<String> read = placeholders(Files.readString(Path.of("src/main/resources/application-postgres.yaml")));
    for (String node : NODES) {
      @SuppressWarnings("unchecked")
      Map<String, Object> environment = (Map<String, Object>) service(node).get("environment");
      Set<String> given = new TreeSet<>(environment.keySet());
      assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(node).isEqualTo("postgres");
      given.remove("SPRING_PROFILES_ACTIVE");

      assertThat(given).as(node).isEqualTo(read);
    }
  }

  @Test
  void shouldStartTheNodesOnlyOnceTheDatabaseIsHealthy() throws IOException {
    Map<String, Object> postgres = service("postgres");
    assertThat(String.valueOf(postgres.get("image"))).startsWith("postgres:16");
    assertThat(String.valueOf(postgres.get("volumes"))).contains("postgres-data:/var/lib/postgresql/data");
    for (String node : NODES) {
      assertThat(String.valueOf(service(node).get("depends_on"))).as(node).contains("postgres={condition=service_healthy}");
    }
    assertThat(String.valueOf(service("nginx").get("depends_on")))
        .contains("app-1={condition=service_healthy}").contains("app-2={condition=service_healthy}");
  }

  @Test
  void shouldProxyToBothNodesOnTheirPort() throws IOException {
    String nginx = String.valueOf(compose().get("configs"));
    for (String node : NODES) {
      assertThat(nginx).contains("server " + node + ":" + PORT);
    }
    assertThat(String.valueOf(service("nginx").get("ports"))).contains(PORT + ":80");
  }

  /** SECURITY.md, "Bounded work": the proxy's limits per address and per account, and its timeouts for slow clients. */
  @Test
  void shouldLimitWhatOneClientOrOneAccountMayCostAtTheProxy() throws IOException {
    String nginx = String.valueOf(compose().get("configs"));
    assertThat(nginx)
        .contains("limit_req_zone $$binary_remote_addr zone=per_address")
        .contains("limit_req_zone $$http_authorization zone=per_rest_account")
        .contains("limit_req_zone $$cookie_SESSION zone=per_session")
        .contains("limit_req zone=per_address").contains("limit_req zone=per_rest_account").contains("limit_req zone=per_session")
        .contains("limit_conn connections_per_address").contains("limit_req_status 429")
        .contains("client_header_timeout").contains("client_body_timeout").contains("client_max_body_size 60m");
  }

  @Test
  void shouldCheckTheAppsHealthOnTheAppsPort() throws IOException {
    assertThat(Files.readString(Path.of("src/main/resources/application.yaml"))).contains("port: " + PORT);

    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile).contains("EXPOSE " + PORT).contains("http://localhost:" + PORT + "/actuator/health");
    assertThat(dockerfile).containsPattern("(?m)^USER (?!root)\\S+");
    for (String node : NODES) {
      assertThat(String.valueOf(service(node).get("healthcheck")))
          .as(node).contains("http://localhost:" + PORT + "/actuator/health/readiness");
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static Map<String, Object> service(String name) throws IOException {
    assertThat(services()).containsKey(name);
    @SuppressWarnings("unchecked")
    Map<String, Object> service = (Map<String, Object>) services().get(name);
    return service;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> services() throws IOException {
    return (Map<String, Object>) compose().get("services");
  }

  private static Map<String, Object> compose() throws IOException {
    // compose files use YAML anchors and merge keys (x-app); SnakeYAML resolves them
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      return new Yaml(options).load(reader);
    }
  }
}

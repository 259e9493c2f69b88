package vn.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

class ApplicationIT extends IntegrationTest {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "TrienKhai@2026";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Test
  void shouldRefuseTheRestApiWithoutCredentials() {
    ResponseEntity<String> engineRest = http.getForEntity("/engine-rest/process-definition", String.class);
    ResponseEntity<String> productApi = http.getForEntity("/api/organisation/committees", String.class);

    assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineRest.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(productApi.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseAWrongPassword() {
    // Its own user: after a failed login the engine delays that user's next attempt.
    var identity = engine.getIdentityService();
    var user = identity.newUser("wrong-password-test");
    user.setPassword("Dung@Mat-khau-1");
    identity.saveUser(user);
    try {
      ResponseEntity<String> wrong = http.withBasicAuth("wrong-password-test", "Sai@Mat-khau-1")
          .getForEntity("/engine-rest/process-definition", String.class);

      assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      identity.deleteUser("wrong-password-test");
    }
  }

  @Test
  void shouldServeTheRestApiToAnAuthenticatedUser() {
    // paged, as every client must (query-max-results-limit, SECURITY.md)
    ResponseEntity<String> answer = http.withBasicAuth(ADMIN, ADMIN_PASSWORD)
        .getForEntity("/engine-rest/process-definition?firstResult=0&maxResults=100", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).contains("\"key\":\"");
  }

  @Test
  void shouldCheckAuthorizations() {
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
  }

  @Test
  void shouldReportTheEngineAndTheDatabaseInHealth() {
    ResponseEntity<String> health = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).getForEntity("/actuator/health", String.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"processEngine\"");
  }

  @Test
  void shouldRedirectTheRootToTheWelcomePage() {
    ResponseEntity<String> root = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW).getForEntity("/", String.class);

    assertThat(root.getStatusCode().is3xxRedirection()).isTrue();
    assertThat(root.getHeaders().getLocation()).hasPath("/camunda/app/");
  }

  @Test
  void shouldServeTheTasklistLoginPage() {
    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);

    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).contains("<html");
  }
}

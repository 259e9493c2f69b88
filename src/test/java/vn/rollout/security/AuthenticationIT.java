package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/** Nothing but health and the webapps' login is reachable without signing in; failed logins slow the next ones down and lock for good after ten. */
class AuthenticationIT extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
      "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/admin/default/"})
  void shouldLeaveHealthAndTheLoginPagesOpen(String path) {
    assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /engine-rest/task", "GET /engine-rest/process-definition", "POST /engine-rest/deployment/create",
      "GET /engine-rest/user", "POST /api/programmes/check", "GET /api/anything", "GET /actuator/prometheus"})
  void shouldAskForCredentialsEverywhereElse(String call) {
    String[] parts = call.split(" ");
    ResponseEntity<String> answer = http.exchange(parts[1], HttpMethod.valueOf(parts[0]), HttpEntity.EMPTY, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/beans", "/h2-console", "/h2-console/login.jsp"})
  void shouldExposeNoOtherActuatorEndpointAndNoH2Console(String path) {
    ResponseEntity<String> answer = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).getForEntity(path, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldServeThePrometheusScrapeToASignedInUser() {
    ResponseEntity<String> scrape = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD).getForEntity("/actuator/prometheus", String.class);

    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scrape.getBody()).contains("# TYPE");
  }

  @Test
  void shouldMakeTheNextLoginWaitAfterAFailedOne() {
    String user = new SecurityFixture(jdbc, identityService, authorizationService).user("dang-nhap-sai");
    Date now = new Date();
    ClockUtil.setCurrentTime(now);

    assertThat(login(user, "Sai@Mat-khau-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    // the right password, at once: still refused for login-delay-base = 3 seconds
    assertThat(login(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    ClockUtil.setCurrentTime(new Date(now.getTime() + 2_000));
    assertThat(login(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    ClockUtil.setCurrentTime(new Date(now.getTime() + 3_500));
    assertThat(login(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldLockAUserAfterTenFailedLoginsUntilAnAdministratorUnlocks() {
    String user = new SecurityFixture(jdbc, identityService, authorizationService).user("bi-khoa");
    long time = System.currentTimeMillis();
    for (int attempt = 1; attempt <= 10; attempt++) {
      ClockUtil.setCurrentTime(new Date(time));
      assertThat(identityService.checkPassword(user, "Sai@Mat-khau-" + attempt)).isFalse();
      time += 301_000; // past the longest delay, login-delay-max-time = 300 seconds
    }
    ClockUtil.setCurrentTime(new Date(time + 86_400_000L));

    assertThat(login(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

    identityService.unlockUser(user);
    assertThat(login(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  HttpStatus login(String user, String password) {
    return HttpStatus.valueOf(http.withBasicAuth(user, password)
        .getForEntity("/engine-rest/process-definition?firstResult=0&maxResults=1", String.class).getStatusCode().value());
  }
}

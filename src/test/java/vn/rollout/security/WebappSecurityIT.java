package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * The web side: Camunda's CSRF protection on the webapps, the closed Admin setup endpoint
 * (CVE-2026-77226), security headers, the session cookie, and the upload limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebappSecurityIT extends IntegrationTest {

  static final String PROCESS = "SecurityWebappProbe";

  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @LocalServerPort int port;

  String official;
  String deploymentId;

  /** Once per class, but inside the first test: the coverage recorder only records within a test. */
  private boolean prepared;

  @BeforeEach
  void anOfficialWithATask() {
    if (prepared) {
      return;
    }
    prepared = true;
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String ward = fixture.committee("sec-web", "Đảng ủy phường Web", null, Organ.OFFICE);
    official = fixture.user("can-bo-web", TaskGroups.organ(ward, Organ.OFFICE));
    fixture.grantUser(official, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    deploymentId = repositoryService.createDeployment()
        .addModelInstance("webapp-probe.bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Claim").name("Nhận việc thử").camundaCandidateGroups("${group}").endEvent().done())
        .deploy().getId();
    runtimeService.startProcessInstanceByKey(PROCESS, Map.of("group", TaskGroups.organ(ward, Organ.OFFICE)));
  }

  @AfterAll
  void cleanUp() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void shouldRefuseAStateChangingWebappCallWithoutTheCsrfToken() {
    var tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", official, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);
    String task = taskService.createTaskQuery().processDefinitionKey(PROCESS).singleResult().getId();
    String claim = "/camunda/api/engine/engine/default/task/" + task + "/claim";

    var withoutToken = tasklist.postJson(claim, "{\"userId\":\"" + official + "\"}", false);

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue(WebappSession.CSRF_HEADER)).contains("Required");
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

    // the refusal ended the session; logged in again, the same call with the token works
    assertThat(tasklist.login("tasklist", official, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);
    var withToken = tasklist.postJson(claim, "{\"userId\":\"" + official + "\"}", true);

    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(official);
    taskService.setAssignee(task, null);
  }

  @Test
  void shouldKeepTheAdminSetupClosedEvenWithTheAdminGroupEmptied() {
    List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream()
        .map(User::getId).toList();
    admins.forEach(admin -> identityService.deleteMembership(admin, Groups.CAMUNDA_ADMIN));
    try {
      // the condition under which Camunda 7.24 would hand out an administrator
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
      var browser = new WebappSession(port);
      browser.get("/camunda/app/admin/default/");
      assertThat(browser.csrfToken()).isNotBlank();

      var setup = browser.postJson("/camunda/api/admin/setup/default/user/create", """
          {"profile": {"id": "ke-xam-nhap", "firstName": "Kẻ", "lastName": "Xâm nhập", "email": "x@example.com"},
           "credentials": {"password": "Xam-nhap@2026"}}""", true);
      var variant = browser.postJson("/camunda/api/admin/setup;x=y/default/user/create", "{}", true);

      assertThat(setup.statusCode()).isEqualTo(403);
      assertThat(variant.statusCode()).isIn(403, 404);
      assertThat(identityService.createUserQuery().userId("ke-xam-nhap").count()).isZero();
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();
    } finally {
      admins.forEach(admin -> identityService.createMembership(admin, Groups.CAMUNDA_ADMIN));
    }
  }

  @Test
  void shouldSendAContentSecurityPolicyThatLetsTheWebappsOwnScriptsRun() {
    var page = new WebappSession(port).get("/camunda/app/tasklist/default/");

    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'").contains("default-src 'self'");
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
    assertThat(nonce.find()).isTrue();
    // every script of the page carries the policy's nonce; config.js and lib/rollout/ load through them ('strict-dynamic')
    assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"").doesNotContain("$CSP_NONCE");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(new WebappSession(port).get("/camunda/app/tasklist/scripts/config.js").statusCode()).isEqualTo(200);
    assertThat(new WebappSession(port).get("/camunda/lib/rollout/vietnamese.js").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldSendStrictTransportSecurityOnlyOverTls() {
    var plain = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
    var proxied = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).header("X-Forwarded-Proto", "https").GET());

    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(proxied.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
  }

  @Test
  void shouldSetTheSessionCookieHttpOnlySameSiteAndSecureBehindTls() {
    var plain = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
    var proxied = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).header("X-Forwarded-Proto", "https").GET());

    String plainCookie = sessionCookie(plain);
    String proxiedCookie = sessionCookie(proxied);
    assertThat(plainCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    assertThat(proxiedCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure");
  }

  @Test
  void shouldSetTheCsrfCookieSecureBehindTlsOnly() {
    var plain = new WebappSession(port);
    var proxied = new WebappSession(port, "https");

    String plainCookie = csrfCookie(plain.get("/camunda/app/tasklist/default/"));
    String proxiedCookie = csrfCookie(proxied.get("/camunda/app/tasklist/default/"));

    assertThat(plainCookie).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
    assertThat(proxiedCookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase(";Secure");
  }

  static String csrfCookie(HttpResponse<String> response) {
    return response.headers().allValues("set-cookie").stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no CSRF cookie in " + response.headers().map()));
  }

  @Test
  void shouldShowHealthDetailsOnlyToAdministratorsAndTheMonitoringGroup() {
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String monitoring = fixture.user("giam-sat", SecurityGroups.MONITORING);
    String mistaken = fixture.user("sai-mat-khau", Groups.CAMUNDA_ADMIN);

    for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
      String anonymous = send(HttpRequest.newBuilder(uri(path)).GET()).body();
      String wrongPassword = send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(mistaken, "Sai@Mat-khau-1")).GET()).body();
      String asOfficial = send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(official, SecurityFixture.PASSWORD)).GET()).body();

      for (String statusOnly : List.of(anonymous, wrongPassword, asOfficial)) {
        assertThat(statusOnly).as(path).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details")
            .doesNotContain("\"db\"");
      }
    }
    String byAdministrator = send(HttpRequest.newBuilder(uri("/actuator/health"))
        .header("Authorization", basic("admin", TestDatabase.ADMIN_PASSWORD)).GET()).body();
    String byMonitoring = send(HttpRequest.newBuilder(uri("/actuator/health"))
        .header("Authorization", basic(monitoring, SecurityFixture.PASSWORD)).GET()).body();
    assertThat(byAdministrator).contains("\"db\"").contains("\"processEngine\"").contains("\"diskSpace\"");
    assertThat(byMonitoring).contains("\"db\"").contains("\"processEngine\"");
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The session cookie: Spring Session's {@code SESSION} (sessions shared by the nodes), Tomcat's {@code JSESSIONID} without it. */
  static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("set-cookie").stream()
        .filter(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
  }

  @Test
  void shouldProtectTheRestApisAnswersToo() {
    for (String path : List.of("/engine-rest/engine", "/api/programmes/check", "/actuator/health")) {
      var answer = send(HttpRequest.newBuilder(uri(path)).GET());

      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).get().asString()
          .contains("default-src 'none'").contains("frame-ancestors 'none'");
    }
  }

  @Test
  void shouldRefuseADeploymentUploadAboveTheLimitWith413() throws IOException {
    String answer = rawPost("/engine-rest/deployment/create", "multipart/form-data; boundary=grenze", 70_000_000L);

    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"status\":413").contains("larger than allowed");
    assertThat(repositoryService.createDeploymentQuery().count()).isPositive();
  }

  @Test
  void shouldRefuseACsvImportAboveTheLimitWith413AsApiError() throws IOException {
    String answer = rawPost("/api/organisation/import", "multipart/form-data; boundary=grenze", 70_000_000L);

    assertThat(answer).startsWith("HTTP/1.1 413").contains("\"status\":413").contains("\"message\":");
  }

  /** A request that announces a body larger than allowed and sends none: the answer must not wait for it. */
  String rawPost(String path, String contentType, long contentLength) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String credentials = Base64.getEncoder().encodeToString(("admin:" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
          + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return readAnswer(socket.getInputStream());
    }
  }

  static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read; (read = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, read);
        String text = answer.toString(StandardCharsets.UTF_8);
        if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      // what arrived is the answer
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

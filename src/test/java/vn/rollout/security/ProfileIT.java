package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.organisation.Organ;
import vn.rollout.organisation.TaskGroups;
import vn.rollout.support.IntegrationTest;
import vn.rollout.support.TestDatabase;

/**
 * An official's own profile and password, through the REST API and through Tasklist's profile page
 * (the webapps' REST mount, with the session and its CSRF token): a password against the policy is a
 * 400 that names the policy's rules, never a 500; names with markup and addresses that are not email
 * addresses are refused as the organisation import refuses them; nothing changes when refused. A
 * decision definition an official may not read is not found (404), not a server error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileIT extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @LocalServerPort int port;

  String official;

  @BeforeAll
  void anOfficial() {
    var fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    String ward = fixture.committee("sec-ho-so", "Đảng ủy phường Hồ Sơ", null, Organ.OFFICE);
    official = fixture.user("can-bo-ho-so", TaskGroups.organ(ward, Organ.OFFICE));
    fixture.grantUser(official, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }

  ResponseEntity<String> put(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(official, SecurityFixture.PASSWORD)
        .exchange("/engine-rest" + path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
  }

  User stored() {
    return identityService.createUserQuery().userId(official).singleResult();
  }

  @ParameterizedTest
  @CsvSource({"ngan", "chuaco-chuhoa-1!", "KHONGCOTHUONG-1!", "KhongCoSoNao!!", "KhongCoKyTu12", "XinChao-Cán bộ1"})
  void shouldRefuseAPasswordAgainstThePolicyWith400NamingItsRules(String password) {
    ResponseEntity<String> refused = put("/user/" + official + "/credentials",
        "{\"password\":\"" + password + "\",\"authenticatedUserPassword\":\"" + SecurityFixture.PASSWORD + "\"}");

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Mật khẩu mới chưa đạt quy định").contains("ít nhất 10 ký tự")
        .contains("chữ hoa").contains("chữ số").contains("ký tự đặc biệt");
    assertThat(identityService.checkPassword(official, SecurityFixture.PASSWORD)).isTrue();
  }

  @Test
  void shouldRefuseItThroughTasklistsProfilePageToo() {
    var tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", official, SecurityFixture.PASSWORD).statusCode()).isEqualTo(200);

    var refused = tasklist.putJson("/camunda/api/engine/engine/default/user/" + official + "/credentials",
        "{\"password\":\"ngan\",\"authenticatedUserPassword\":\"" + SecurityFixture.PASSWORD + "\"}", true);
    var markup = tasklist.putJson("/camunda/api/engine/engine/default/user/" + official + "/profile",
        "{\"id\":\"" + official + "\",\"firstName\":\"<b>Cán bộ</b>\",\"lastName\":\"Hồ Sơ\",\"email\":\"hoso@rollout.vn\"}", true);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("ít nhất 10 ký tự");
    assertThat(markup.statusCode()).as(markup.body()).isEqualTo(400);
    assertThat(markup.body()).contains("firstName").doesNotContain("<b>");
    assertThat(stored().getFirstName()).isEqualTo("Cán bộ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<img src=x onerror=alert(1)>|Hồ Sơ|hoso@rollout.vn|firstName",
      "Cán bộ|<script>alert(1)</script>|hoso@rollout.vn|lastName",
      "Cán bộ|Hồ Sơ|khong-phai-email|email",
      "Cán bộ|Hồ Sơ|a@b|email",
      "Cán bộ|Hồ Sơ|\"><svg onload=alert(1)>@rollout.vn|email",
      "' '|Hồ Sơ|hoso@rollout.vn|firstName"})
  void shouldRefuseAProfileTheImportWouldRefuse(String firstName, String lastName, String email, String field) {
    String before = stored().getFirstName() + "|" + stored().getLastName() + "|" + stored().getEmail();

    ResponseEntity<String> refused = put("/user/" + official + "/profile", "{\"id\":\"" + official + "\",\"firstName\":\""
        + firstName.replace("\"", "\\\"") + "\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email.replace("\"", "\\\"") + "\"}");

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(field).doesNotContain("<img").doesNotContain("<script").doesNotContain("<svg");
    assertThat(stored().getFirstName() + "|" + stored().getLastName() + "|" + stored().getEmail()).isEqualTo(before);
  }

  @Test
  void shouldSaveAGoodProfileAndPassword() {
    ResponseEntity<String> profile = put("/user/" + official + "/profile",
        "{\"id\":\"" + official + "\",\"firstName\":\"Nguyễn Thị\",\"lastName\":\"Hồ\",\"email\":\"nguyen.thi.ho@danang.dcs.vn\"}");
    ResponseEntity<String> password = put("/user/" + official + "/credentials",
        "{\"password\":\"Hoc-Tap@2027\",\"authenticatedUserPassword\":\"" + SecurityFixture.PASSWORD + "\"}");

    assertThat(profile.getStatusCode()).as(profile.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(password.getStatusCode()).as(password.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(stored().getFirstName()).isEqualTo("Nguyễn Thị");
    assertThat(identityService.checkPassword(official, "Hoc-Tap@2027")).isTrue();
    // as it was, for the other tests
    User user = stored();
    user.setFirstName("Cán bộ");
    user.setPassword(SecurityFixture.PASSWORD);
    identityService.saveUser(user);
  }

  @Test
  void shouldNotFindADecisionDefinitionAnOfficialMayNotRead() {
    String decision = http.withBasicAuth("admin", TestDatabase.ADMIN_PASSWORD)
        .getForObject("/engine-rest/decision-definition/key/InspectionFocus", String.class);
    String id = decision.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    for (String path : new String[] {"", "/xml", "/diagram"}) {
      ResponseEntity<String> answer = http.withBasicAuth(official, SecurityFixture.PASSWORD)
          .getForEntity("/engine-rest/decision-definition/" + id + path, String.class);
      assertThat(answer.getStatusCode()).as(path + answer.getBody()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    }
  }
}

package vn.rollout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.rollout.support.IntegrationTest;

/**
 * HTTP Basic callers are remembered ({@link RecentBasicCallers}), and never past what the engine would
 * answer now: a changed password, a changed membership, a wrong password (the login delay) all apply to
 * the next call. The probe is a group's right: reading another user's profile needs READ on that user,
 * granted here to a group only.
 */
class RecentBasicCallersIT extends IntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RecentBasicCallers recentCallers;

  SecurityFixture fixture;
  String group;
  String profile;

  @BeforeEach
  void setUp() {
    fixture = new SecurityFixture(jdbc, identityService, authorizationService);
    group = SecurityFixture.unique("doc-ho-so");
    fixture.group(group, "Đọc hồ sơ");
    String other = fixture.user("duoc-doc");
    fixture.grantGroup(group, Resources.USER, other, Permissions.READ);
    profile = "/engine-rest/user/" + other + "/profile";
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shouldRememberACallerAndForgetWhenAMembershipChangesThroughTheEngine() {
    String user = fixture.user("nho-nhom", group);
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);

    // written without the engine (as another node's import would): this node still answers from memory
    jdbc.sql("DELETE FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = :user").param("user", user).update();
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);

    jdbc.sql("INSERT INTO ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) VALUES (:user, :group)")
        .param("user", user).param("group", group).update();
    identityService.deleteMembership(user, group);
    // without the group's right the other user is not found for this caller
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.NOT_FOUND);

    identityService.createMembership(user, group);
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldRefuseTheOldPasswordAtOnceWhenItIsChanged() {
    String user = fixture.user("doi-mat-khau", group);
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);

    User saved = identityService.createUserQuery().userId(user).singleResult();
    saved.setPassword("Mat-khau@Moi-2026");
    identityService.saveUser(saved);

    assertThat(call(user, "Mat-khau@Moi-2026")).isEqualTo(HttpStatus.OK);
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldAnswerAWrongPasswordFromTheEngineAndMakeTheRightOneWaitTheLoginDelay() {
    String user = fixture.user("go-sai", group);
    Date now = new Date();
    ClockUtil.setCurrentTime(now);
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);

    assertThat(call(user, "Sai@Mat-khau-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
    // remembered a moment ago, but login-delay-base = 3 seconds applies to the next call
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    ClockUtil.setCurrentTime(new Date(now.getTime() + 3_500));
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void shouldForgetACallerWhenAWrongPasswordComesThroughTheWebappsLogin() {
    String user = fixture.user("dang-nhap-web", group);
    Date now = new Date();
    ClockUtil.setCurrentTime(now);
    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.OK);

    // the webapps' login checks the password with the same identity service
    assertThat(identityService.checkPassword(user, "Sai@Mat-khau-1")).isFalse();

    assertThat(call(user, SecurityFixture.PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldReadTheCredentialsAsUtf8() {
    String user = fixture.user("co-dau", group);
    User saved = identityService.createUserQuery().userId(user).singleResult();
    saved.setPassword("Mật-khẩu@Đúng-2026");
    identityService.saveUser(saved);

    assertThat(call(user, "Mật-khẩu@Đúng-2026")).isEqualTo(HttpStatus.OK);
    assertThat(call(user, "Mat-khau@Dung-2026")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseMalformedCredentialsWithAChallengeAndRememberNothing() {
    long before = recentCallers.size();
    for (String header : new String[] {"Basic", "Basic ", "Basic !!!%%%", "Bearer abc",
        "Basic " + encode("khong-co-dau-hai-cham"), "Basic " + encode(":" + SecurityFixture.PASSWORD)}) {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.AUTHORIZATION, header);
      var answer = http.exchange(profile, HttpMethod.GET, new HttpEntity<>(headers), String.class);

      assertThat(answer.getStatusCode()).as(header).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(header).startsWith("Basic");
    }
    assertThat(recentCallers.size()).isLessThanOrEqualTo(before);
  }

  HttpStatus call(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.AUTHORIZATION, "Basic " + encode(user + ":" + password));
    return HttpStatus.valueOf(http.exchange(profile, HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode().value());
  }

  static String encode(String credentials) {
    return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}

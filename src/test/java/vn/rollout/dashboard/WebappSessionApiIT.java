package vn.rollout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.rollout.organisation.Organ;
import vn.rollout.support.RolloutTest;
import vn.rollout.support.TestDatabase;

/**
 * The Cockpit dashboard calls {@code /api} with the browser's webapp session: a user signed in to
 * Cockpit reads the status without HTTP Basic; nothing is changed that way.
 */
class WebappSessionApiIT extends RolloutTest {

  static final String LOGIN = "/camunda/api/admin/auth/user/default/login/cockpit";
  static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";

  @LocalServerPort int port;
  @Autowired JdbcTemplate template;

  @Test
  void shouldReadTheStatusWithTheCockpitSessionButChangeNothingWithIt() throws Exception {
    String province = organisation.committee("tinh", "Tỉnh ủy Thử nghiệm", "TU", null, Organ.values());
    long resolution = new StatusFixture(jdbc, template).resolution(province, "TU");
    String status = "/api/resolutions/" + resolution + "/status?committee=" + province;
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    assertThat(browser.send(get(WHO_AM_I), HttpResponse.BodyHandlers.ofString()).statusCode()).isNotEqualTo(200);
    assertThat(browser.send(get(status), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("no session yet").isEqualTo(401);

    // Cockpit's login: the session's CSRF token comes as a cookie and goes back as a header
    String csrfToken = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url(LOGIN))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
            + URLEncoder.encode(TestDatabase.ADMIN_PASSWORD, StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> read = browser.send(get(status), HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(read.body()).contains("\"committee\":\"" + province + "\"", "Chưa triển khai");

    long before = jdbc.sql("SELECT COUNT(*) FROM resolution").query(Long.class).single();
    HttpResponse<String> write = browser.send(HttpRequest.newBuilder(url("/api/resolutions"))
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("{\"symbol\":\"90-NQ/TU\",\"title\":\"Thử\",\"issuingCommittee\":\""
            + province + "\",\"termFrom\":\"2025-10-01\",\"termTo\":\"2030-09-30\",\"studyDue\":\"2026-01-31\","
            + "\"programmeDue\":\"2026-03-31\",\"finalReportCutoff\":\"2030-08-31\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).as("a change needs HTTP Basic, not the session").isEqualTo(401);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM resolution").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void shouldServeTheDashboardPluginToCockpit() throws Exception {
    HttpClient browser = HttpClient.newHttpClient();
    HttpResponse<String> config = browser.send(get("/camunda/app/cockpit/scripts/config.js"), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> plugin = browser.send(get("/camunda/app/cockpit/scripts/rollout-dashboard/plugin.js"),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(config.body()).contains("customScripts: ['scripts/rollout-dashboard/plugin.js']");
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(plugin.body()).contains("pluginPoint: 'cockpit.navigation'", "pluginPoint: 'cockpit.route'",
        "pluginPoint: 'cockpit.processInstance.runtime.tab'", "const TITLE = 'Triển khai nghị quyết'", "Tải bảng Excel");
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(url(path)).GET().build();
  }
}

package vn.rollout.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.rollout.support.NodeProcess;
import vn.rollout.support.TestDatabase;

/** A user logged in to the webapps on one node is still logged in when the proxy sends them to another. */
class SessionAcrossNodesIT {

  static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
  static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";

  @Test
  void shouldKeepAWebappSessionWhenTheNextRequestReachesAnotherNode() throws Exception {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "nodes share a PostgreSQL database");
    String url = TestDatabase.freshPostgresDatabase("sessions");
    try (NodeProcess a = NodeProcess.start("node-a", url); NodeProcess b = NodeProcess.start("node-b", url)) {
      CookieManager cookies = new CookieManager();
      HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

      HttpResponse<String> before = browser.send(get(b.url(WHO_AM_I)), HttpResponse.BodyHandlers.ofString());
      assertThat(before.statusCode()).isNotEqualTo(200);

      // the webapps' CSRF protection: the first request's session got a token, as a cookie; send it back as a header
      String csrfToken = cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .findFirst().orElseThrow().getValue();
      HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(a.url(LOGIN)))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
              + URLEncoder.encode(TestDatabase.ADMIN_PASSWORD, StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

      // the same cookies, sent to the other node (both listen on localhost, so the cookie applies)
      HttpResponse<String> onB = browser.send(get(b.url(WHO_AM_I)), HttpResponse.BodyHandlers.ofString());
      assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
      assertThat(onB.body()).contains("\"userId\":\"admin\"");
    }
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }
}
